"""Build the application once: settings → engine → migrations → unit-of-work factory → services.

The CLI and the web app both call :func:`bootstrap`; nothing here runs at import time."""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Iterator, MutableMapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from backstrong.settings import Settings

if TYPE_CHECKING:
    from threading import Lock

    from sqlalchemy import Engine

    from backstrong.adapters.db.unit_of_work import SqlUnitOfWork
    from backstrong.domain.exercises.library import ExerciseLibrary
    from backstrong.domain.exercises.model import Exercise
    from backstrong.services.accounts.service import AccountsService
    from backstrong.services.backup.service import BackupService
    from backstrong.services.body.service import BodyService
    from backstrong.services.clock import Clock
    from backstrong.services.exercises.service import ExercisesService
    from backstrong.services.form.service import FormService
    from backstrong.services.nutrition.service import NutritionService
    from backstrong.services.offline.service import OfflineService
    from backstrong.services.ports.open_food_facts import ProductLookup
    from backstrong.services.programs.service import ProgramsService
    from backstrong.services.training.service import TrainingService

log = logging.getLogger("backstrong")
API_TOKEN_CACHE_SECONDS = 10
K = TypeVar("K")
V = TypeVar("V")


class _LockedCache(MutableMapping[K, V]):
    """A thread-safe view of a cachetools cache (request handlers run in a thread pool)."""

    def __init__(self, inner: MutableMapping[K, V], lock: Lock) -> None:
        self._inner, self._lock = inner, lock

    def __getitem__(self, key: K) -> V:
        with self._lock:
            return self._inner[key]

    def __setitem__(self, key: K, value: V) -> None:
        with self._lock:
            self._inner[key] = value

    def __delitem__(self, key: K) -> None:
        with self._lock:
            del self._inner[key]

    def __iter__(self) -> Iterator[K]:
        with self._lock:
            return iter(list(self._inner))

    def __len__(self) -> int:
        with self._lock:
            return len(self._inner)

    def clear(self) -> None:
        with self._lock:
            self._inner.clear()


@dataclass
class Container:
    """Everything a use case needs, built lazily and once per process."""

    settings: Settings
    fast_password_hashing: bool = False
    _migrated: bool = field(default=False, init=False)

    @cached_property
    def engine(self) -> Engine:
        from backstrong.adapters.db.engine import make_engine

        return make_engine(self.settings.resolved_database_url)

    @cached_property
    def _session_factory(self) -> Callable[[], object]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(bind=self.engine, expire_on_commit=False)

    def uow(self) -> SqlUnitOfWork:
        """A fresh unit of work (one per use case; never share one between threads)."""
        from backstrong.adapters.db.unit_of_work import SqlUnitOfWork

        return SqlUnitOfWork(self._session_factory)  # type: ignore[arg-type]

    @cached_property
    def clock(self) -> Clock:
        """The current moment and each person's own today (tests replace it)."""
        from backstrong.services.clock import Clock

        return Clock()

    # Feature services, built once (each feature's package in services/ has its service class).

    @cached_property
    def exercises(self) -> ExercisesService:
        """The exercise library as each person sees it, with its per-person cache."""
        from backstrong.adapters.files.exercise_library.loader import bundled_library_key
        from backstrong.adapters.files.exercises.on_disk import ExerciseFilesOnDisk
        from backstrong.services.exercises.service import ExercisesService

        return ExercisesService(
            self.uow,
            self.bundled_exercises,
            self.exercise_libraries,
            ExerciseFilesOnDisk(),
            _draw_exercise_figure,
            bundled_library_key(),
        )

    @cached_property
    def programs(self) -> ProgramsService:
        from backstrong.adapters.files.programs.documents import PlanFiles
        from backstrong.services.programs.service import ProgramsService

        return ProgramsService(self.uow, self.clock, self.exercises.library_for, PlanFiles())

    @cached_property
    def training(self) -> TrainingService:
        """The training log: sets, sessions, the guided workout (with the active program's
        session), analytics behind their cache, imports."""
        from backstrong.adapters.db.training.stamps import SqlLogStamps
        from backstrong.adapters.files.training.formats import read_training_file
        from backstrong.services.training.service import TrainingService

        return TrainingService(
            self.uow,
            self.clock,
            self.bundled_exercises,
            libraries=self.exercise_libraries,
            stats=self.training_stats,
            prescribe=lambda user, library, day, position: self.programs.program_session(
                user, library, day, position
            ),
            foresee=lambda user, library: self.programs.next_times(user, library),
            read_file=read_training_file,
            stamps=SqlLogStamps(self.engine),
        )

    @cached_property
    def offline(self) -> OfflineService:
        """The pages and pictures a phone keeps for the gym (the active plan's)."""
        from backstrong.services.offline.service import OfflineService

        return OfflineService(self.programs)

    @cached_property
    def nutrition(self) -> NutritionService:
        """The calculator, profiles, foods (the bundled shelf and each person's food index behind
        it), the diary, barcode look-ups and training energy."""
        from threading import Lock

        from cachetools import LRUCache

        from backstrong.adapters.files.foods.loader import load_bundled_foods
        from backstrong.adapters.files.nutrition.diary_files import read_diary
        from backstrong.adapters.files.nutrition.usda import import_usda
        from backstrong.services.nutrition.service import NutritionService

        return NutritionService(
            self.uow,
            self.clock,
            bundled_foods=load_bundled_foods,
            food_indexes=_LockedCache(LRUCache(maxsize=64), Lock()),
            products=self.open_food_facts,
            exercises=self.exercises,
            read_food_file=import_usda,
            read_diary_file=read_diary,
        )

    @cached_property
    def body(self) -> BodyService:
        """Weigh-ins, trend, expenditure, projections and goal plans."""
        from backstrong.adapters.files.body.weigh_in_files import read_weigh_ins
        from backstrong.services.body.service import BodyService

        return BodyService(self.uow, self.clock, self.nutrition, read_weigh_ins)

    @cached_property
    def form(self) -> FormService:
        """Form checks from pose landmarks: analyse, keep, reference reps, trends."""
        from backstrong.services.form.service import FormService

        return FormService(self.uow, self.clock)

    @cached_property
    def accounts(self) -> AccountsService:
        """Sign-up, logins, web sessions, API tokens and each person's settings. Recently resolved
        API tokens are cached so authenticated API calls skip the database: a revoked token stops
        working at once in this process and within API_TOKEN_CACHE_SECONDS in others."""
        from threading import Lock

        from cachetools import TTLCache

        from backstrong.adapters.security.passwords import Argon2PasswordHasher
        from backstrong.adapters.security.strength import ZxcvbnJudge
        from backstrong.domain.accounts import SignupMode
        from backstrong.services.accounts.service import AccountsService

        signup = self.settings.signup

        return AccountsService(
            self.uow,
            self.clock,
            Argon2PasswordHasher(fast=self.fast_password_hashing),
            _LockedCache(TTLCache(maxsize=10_000, ttl=API_TOKEN_CACHE_SECONDS), Lock()),
            failures_per_minute=self.settings.login_failures_per_minute,
            session_days=self.settings.session_days,
            judge=ZxcvbnJudge(),
            signup=SignupMode(signup) if signup else None,
        )

    @cached_property
    def backup(self) -> BackupService:
        """A person's whole data as one JSON document, and its restore into an empty account."""
        from backstrong.adapters.files.foods.loader import load_bundled_foods
        from backstrong.services.backup.references import BundledIds
        from backstrong.services.backup.service import BackupService

        def bundled() -> BundledIds:
            foods = frozenset(food.id for food in load_bundled_foods())
            return BundledIds(frozenset(self.bundled_exercises.ids), foods)

        return BackupService(self.uow, bundled=bundled)

    @cached_property
    def bundled_exercises(self) -> ExerciseLibrary:
        from backstrong.adapters.files.exercise_library.loader import load_bundled_library

        return load_bundled_library()

    @cached_property
    def exercise_libraries(self) -> MutableMapping[int, tuple[tuple[int, int], ExerciseLibrary]]:
        """Each person's merged library, rebuilt when their own exercises change (behind
        ``exercises``; training's import still takes it until it is rewired)."""
        from threading import Lock

        from cachetools import LRUCache

        return _LockedCache(LRUCache(maxsize=256), Lock())

    @cached_property
    def open_food_facts(self) -> ProductLookup:
        """Barcode look-ups at Open Food Facts (online unless BACKSTRONG_OPEN_FOOD_FACTS=off;
        tests put a fake here)."""
        from backstrong.adapters.http.open_food_facts import OfflineLookups, OpenFoodFactsClient

        if self.settings.open_food_facts == "off":
            return OfflineLookups()
        return OpenFoodFactsClient()

    @cached_property
    def training_stats(self) -> MutableMapping[Hashable, tuple[Hashable, object]]:
        """Training analytics per person and question, checked against their log's revision."""
        from threading import Lock

        from cachetools import LRUCache

        return _LockedCache(LRUCache(maxsize=64), Lock())

    def migrate(self) -> None:
        """Bring the database schema up to date (idempotent; cheap when already current)."""
        if self._migrated:
            return
        from backstrong.adapters.db import migrate

        if not migrate.is_up_to_date(self.engine):
            log.info("applying database migrations")
            migrate.upgrade(self.engine)
        self._migrated = True


def _draw_exercise_figure(exercise: Exercise) -> str:
    """The SVG stick figure; the drawing code is imported on first use (most calls draw none)."""
    from backstrong.adapters.render.figure_svg import render_exercise_figure

    return render_exercise_figure(exercise)


@dataclass(frozen=True)
class DatabaseState:
    """What `backstrong db current` shows: where the database is and how far it is migrated."""

    database_url: str  # password hidden
    revision: list[str]
    head: list[str]


def database_state(container: Container) -> DatabaseState:
    from sqlalchemy.engine import make_url

    from backstrong.adapters.db import migrate

    url = make_url(container.settings.resolved_database_url)
    return DatabaseState(
        url.render_as_string(hide_password=True),
        sorted(migrate.current_revisions(container.engine)),
        sorted(migrate.head_revisions()),
    )


def upgrade_database(container: Container) -> tuple[list[str], list[str]]:
    """Apply every pending migration; the revisions before and after."""
    from backstrong.adapters.db import migrate

    before = sorted(migrate.current_revisions(container.engine))
    migrate.upgrade(container.engine)
    return before, sorted(migrate.current_revisions(container.engine))


def bootstrap(settings: Settings | None = None, *, migrate: bool | None = None) -> Container:
    container = Container(settings or Settings())
    should_migrate = container.settings.migrate_on_start if migrate is None else migrate
    if should_migrate:
        container.migrate()
    return container
