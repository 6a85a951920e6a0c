"""SQLAlchemy unit of work: one session and one transaction per use case."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from backstrong.adapters.db.accounts.invites import SqlInviteRepository, SqlRateHitRepository
from backstrong.adapters.db.accounts.repositories import (
    SqlApiTokenRepository,
    SqlLoginFailureRepository,
    SqlUserRepository,
    SqlWebSessionRepository,
)
from backstrong.adapters.db.body.repositories import SqlWeightEntryRepository
from backstrong.adapters.db.exercises.repositories import SqlCustomExerciseRepository
from backstrong.adapters.db.form.repositories import SqlFormCheckRepository
from backstrong.adapters.db.nutrition.open_food_facts_repository import SqlOpenFoodFactsProducts
from backstrong.adapters.db.nutrition.recipe_repository import SqlRecipeRepository
from backstrong.adapters.db.nutrition.repositories import (
    SqlCustomFoodRepository,
    SqlDiaryDayRepository,
    SqlDiaryEntryRepository,
    SqlNutritionProfileRepository,
)
from backstrong.adapters.db.programs.repositories import (
    SqlProgramRepository,
    SqlRedFlagScreeningRepository,
)
from backstrong.adapters.db.training.pending import SqlPendingImports
from backstrong.adapters.db.training.repositories import SqlTrainingRepository
from backstrong.services.errors import Busy
from backstrong.services.unit_of_work import UnitOfWork

# What the databases say when a change could not take its locks in time: SQLite's SQLITE_BUSY and
# SQLITE_LOCKED primary result codes; PostgreSQL's serialization_failure, deadlock_detected and
# lock_not_available SQLSTATEs. Codes, not message text.
_SQLITE_BUSY_CODES = frozenset({5, 6})
_POSTGRES_BUSY_STATES = frozenset({"40001", "40P01", "55P03"})


def is_busy(exc: BaseException | None) -> bool:
    """True when the database refused a change only because others held it up: sending the same
    request again may well succeed."""
    if not isinstance(exc, DBAPIError):
        return False
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _SQLITE_BUSY_CODES
    return getattr(exc.orig, "sqlstate", None) in _POSTGRES_BUSY_STATES


class SqlUnitOfWork(UnitOfWork):
    """The port's repositories (declared there, checked here by subclassing it) over one
    SQLAlchemy session."""

    session: Session

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory
        self._depth = 0

    def __enter__(self) -> Self:
        if self._depth == 0:
            self.session = self._factory()
            self._attach(self.session)
        self._depth += 1
        return self

    def _attach(self, s: Session) -> None:
        self.users = SqlUserRepository(s)
        self.api_tokens = SqlApiTokenRepository(s)
        self.web_sessions = SqlWebSessionRepository(s)
        self.login_failures = SqlLoginFailureRepository(s)
        self.invites = SqlInviteRepository(s)
        self.rate_hits = SqlRateHitRepository(s)
        self.custom_exercises = SqlCustomExerciseRepository(s)
        self.training = SqlTrainingRepository(s)
        self.pending_imports = SqlPendingImports(s)
        self.programs = SqlProgramRepository(s)
        self.red_flag_screenings = SqlRedFlagScreeningRepository(s)
        self.nutrition_profiles = SqlNutritionProfileRepository(s)
        self.custom_foods = SqlCustomFoodRepository(s)
        self.recipes = SqlRecipeRepository(s)
        self.diary_entries = SqlDiaryEntryRepository(s)
        self.diary_days = SqlDiaryDayRepository(s)
        self.weight_entries = SqlWeightEntryRepository(s)
        self.open_food_facts_products = SqlOpenFoodFactsProducts(s)
        self.form_checks = SqlFormCheckRepository(s)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._depth -= 1
        if self._depth == 0:
            # anything not committed explicitly is thrown away: closing hands the connection
            # back to the pool, which rolls it back (an explicit rollback first only costs time)
            self.session.close()
        if is_busy(exc):
            raise Busy() from exc

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
