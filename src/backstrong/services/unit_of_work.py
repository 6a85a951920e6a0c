"""The unit of work: one transaction per use case, with the repositories it needs.

Services depend on these protocols only; ``adapters.db`` implements them and ``tests/fakes.py``
has in-memory fakes."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Protocol, Self

from backstrong.services.ports.accounts import (
    ApiTokenRepository,
    InviteRepository,
    LoginFailureRepository,
    RateHitRepository,
    UserRepository,
    WebSessionRepository,
)
from backstrong.services.ports.body import WeightEntryRepository
from backstrong.services.ports.exercises import CustomExerciseRepository
from backstrong.services.ports.form import FormCheckRepository
from backstrong.services.ports.nutrition import (
    CustomFoodRepository,
    DiaryDayRepository,
    DiaryEntryRepository,
    NutritionProfileRepository,
    RecipeRepository,
)
from backstrong.services.ports.open_food_facts import OpenFoodFactsProducts
from backstrong.services.ports.programs import ProgramRepository, RedFlagScreeningRepository
from backstrong.services.ports.training import PendingImportRepository, TrainingRepository


class UnitOfWork(Protocol):
    users: UserRepository
    api_tokens: ApiTokenRepository
    web_sessions: WebSessionRepository
    login_failures: LoginFailureRepository
    invites: InviteRepository
    rate_hits: RateHitRepository
    custom_exercises: CustomExerciseRepository
    training: TrainingRepository
    pending_imports: PendingImportRepository
    programs: ProgramRepository
    red_flag_screenings: RedFlagScreeningRepository
    nutrition_profiles: NutritionProfileRepository
    custom_foods: CustomFoodRepository
    recipes: RecipeRepository
    diary_entries: DiaryEntryRepository
    diary_days: DiaryDayRepository
    weight_entries: WeightEntryRepository
    open_food_facts_products: OpenFoodFactsProducts
    form_checks: FormCheckRepository

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


UowFactory = Callable[[], UnitOfWork]
