"""In-memory fakes of the service ports, so service tests run in milliseconds (no I/O)."""

from __future__ import annotations

from tests import fakes_form, fakes_nutrition, fakes_programs, fakes_training
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

__all__ = ["FakeHasher", "FakeUnitOfWork", "accounts_over"]


class FakeUnitOfWork:
    def __init__(self) -> None:
        self.users = FakeUsers()
        self.api_tokens = FakeTokens(self.users)
        self.web_sessions = FakeSessions(self.users)
        self.login_failures = FakeFailures()
        self.invites = FakeInvites()
        self.rate_hits = FakeRateHits()
        self.nutrition_profiles = fakes_nutrition.FakeNutritionProfiles()
        self.custom_foods = fakes_nutrition.FakeCustomFoods()
        self.recipes = fakes_nutrition.FakeRecipes()
        self.diary_entries = fakes_nutrition.FakeDiaryEntries()
        self.diary_days = fakes_nutrition.FakeDiaryDays()
        self.weight_entries = fakes_nutrition.FakeWeightEntries()
        self.open_food_facts_products = fakes_nutrition.FakeOpenFoodFactsProducts()
        self.training = fakes_training.FakeTraining()
        self.pending_imports = fakes_training.FakePendingImports()
        self.programs = fakes_programs.FakePrograms()
        self.red_flag_screenings = fakes_programs.FakeScreenings()
        self.form_checks = fakes_form.FakeFormChecks()
        self.commits = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def commit(self):
        self.commits += 1

    def rollback(self):
        pass
