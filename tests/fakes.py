"""In-memory fakes of the service ports, so service tests run in milliseconds (no I/O)."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from backstrong.services.unit_of_work import UnitOfWork
from tests.fakes_accounts import (
    FakeFailures,
    FakeHasher,
    FakeInvites,
    FakeRateHits,
    FakeSessions,
    FakeTokens,
    FakeUsers,
    accounts_over,
)
from tests.fakes_form import FakeFormChecks
from tests.fakes_nutrition import (
    FakeCustomFoods,
    FakeDiaryDays,
    FakeDiaryEntries,
    FakeNutritionProfiles,
    FakeOpenFoodFactsProducts,
    FakeRecipes,
    FakeWeightEntries,
)
from tests.fakes_programs import FakePrograms, FakeScreenings
from tests.fakes_training import FakeCustomExercises, FakePendingImports, FakeTraining

__all__ = ["FakeHasher", "FakeUnitOfWork", "accounts_over"]


class FakeUnitOfWork(UnitOfWork):
    """Every repository the unit of work names, in memory; ``commits`` counts the commits. Each
    attribute is declared as its fake, so a test can look at the rows it holds."""

    users: FakeUsers
    api_tokens: FakeTokens
    web_sessions: FakeSessions
    login_failures: FakeFailures
    invites: FakeInvites
    rate_hits: FakeRateHits
    custom_exercises: FakeCustomExercises
    training: FakeTraining
    pending_imports: FakePendingImports
    programs: FakePrograms
    red_flag_screenings: FakeScreenings
    nutrition_profiles: FakeNutritionProfiles
    custom_foods: FakeCustomFoods
    recipes: FakeRecipes
    diary_entries: FakeDiaryEntries
    diary_days: FakeDiaryDays
    weight_entries: FakeWeightEntries
    open_food_facts_products: FakeOpenFoodFactsProducts
    form_checks: FakeFormChecks

    def __init__(self) -> None:
        self.users = FakeUsers()
        self.api_tokens = FakeTokens(self.users)
        self.web_sessions = FakeSessions(self.users)
        self.login_failures = FakeFailures()
        self.invites = FakeInvites()
        self.rate_hits = FakeRateHits()
        self.custom_exercises = FakeCustomExercises()
        self.nutrition_profiles = FakeNutritionProfiles()
        self.custom_foods = FakeCustomFoods()
        self.recipes = FakeRecipes()
        self.diary_entries = FakeDiaryEntries()
        self.diary_days = FakeDiaryDays()
        self.weight_entries = FakeWeightEntries()
        self.open_food_facts_products = FakeOpenFoodFactsProducts()
        self.training = FakeTraining()
        self.pending_imports = FakePendingImports()
        self.programs = FakePrograms()
        self.red_flag_screenings = FakeScreenings()
        self.form_checks = FakeFormChecks()
        self.commits = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None

    def commit(self) -> None:
        self.commits += 1

    def rollback(self) -> None:
        pass
