"""The unit of work: one transaction per use case, with the repositories it needs, and the two
use cases every feature has in the same shape: read one of the person's rows or say it is not
there, delete one or say it is not there.

Services depend on these protocols only; ``adapters.db`` implements them and ``tests/fakes.py``
has in-memory fakes."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Protocol, Self, TypeVar

from backstrong.services.errors import NotFound
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

T = TypeVar("T")


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


def fetch_or_raise(uow: UnitOfWork, read: Callable[[UnitOfWork], T | None], missing: NotFound) -> T:
    """What ``read`` finds in a transaction of its own (nothing is written); ``missing`` is
    raised, after the transaction, when it finds nothing."""
    with uow:
        found = read(uow)
    if found is None:
        raise missing
    return found


def delete_or_raise(
    uow: UnitOfWork, delete: Callable[[UnitOfWork], bool], missing: NotFound
) -> None:
    """Commit what ``delete`` removes; when it finds nothing to remove, ``missing`` is raised and
    nothing is written."""
    with uow:
        if not delete(uow):
            raise missing
        uow.commit()
