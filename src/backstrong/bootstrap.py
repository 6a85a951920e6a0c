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
    from backstrong.adapters.security.passwords import Argon2PasswordHasher
    from backstrong.domain.accounts import User
    from backstrong.domain.exercises.library import ExerciseLibrary
    from backstrong.domain.nutrition.food_search import FoodIndex
    from backstrong.services.clock import Clock
    from backstrong.services.nutrition.service import FoodShelf
    from backstrong.services.ports.open_food_facts import ProductLookup
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
    def training(self) -> TrainingService:
        """The training log: sets, sessions, the guided workout (with the active program's
        session), analytics behind their cache, imports."""
        from backstrong.services.programs.todays_session import program_session_for
        from backstrong.services.training.service import TrainingService

        return TrainingService(
            self.uow,
            self.clock,
            self.bundled_exercises,
            libraries=self.exercise_libraries,
            stats=self.training_stats,
            prescribe=lambda user, library, day: program_session_for(
                self.uow(), user, library, day
            ),
        )

    @cached_property
    def password_hasher(self) -> Argon2PasswordHasher:
        from backstrong.adapters.security.passwords import Argon2PasswordHasher

        return Argon2PasswordHasher(fast=self.fast_password_hashing)

    @cached_property
    def api_token_cache(self) -> MutableMapping[str, User]:
        """Recently resolved API tokens, so authenticated API calls skip the database. A revoked
        token stops working at once in this process and within API_TOKEN_CACHE_SECONDS in others."""
        from threading import Lock

        from cachetools import TTLCache

        return _LockedCache(TTLCache(maxsize=10_000, ttl=API_TOKEN_CACHE_SECONDS), Lock())

    @cached_property
    def bundled_exercises(self) -> ExerciseLibrary:
        from backstrong.adapters.files.exercise_library.loader import load_bundled_library

        return load_bundled_library()

    @cached_property
    def exercise_libraries(self) -> MutableMapping[int, tuple[tuple[int, int], ExerciseLibrary]]:
        """Each person's merged library, rebuilt when their own exercises change."""
        from threading import Lock

        from cachetools import LRUCache

        return _LockedCache(LRUCache(maxsize=256), Lock())

    @cached_property
    def bundled_foods(self) -> FoodShelf:
        """The bundled everyday foods and their search index (built once)."""
        from backstrong.adapters.files.foods.loader import load_bundled_foods
        from backstrong.services.nutrition.service import FoodShelf

        return FoodShelf.of(load_bundled_foods())

    @cached_property
    def food_indexes(self) -> MutableMapping[int, tuple[tuple[int, int], FoodIndex]]:
        """Each person's food search index (bundled + their own), rebuilt when theirs change."""
        from threading import Lock

        from cachetools import LRUCache

        return _LockedCache(LRUCache(maxsize=64), Lock())

    @cached_property
    def open_food_facts(self) -> ProductLookup:
        """Barcode look-ups at Open Food Facts (online; tests put a fake here)."""
        from backstrong.adapters.http.open_food_facts import OpenFoodFactsClient

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


def bootstrap(settings: Settings | None = None, *, migrate: bool | None = None) -> Container:
    container = Container(settings or Settings())
    should_migrate = container.settings.migrate_on_start if migrate is None else migrate
    if should_migrate:
        container.migrate()
    return container
