"""Build the application once: settings → engine → migrations → unit-of-work factory → services.

The CLI and the web app both call :func:`bootstrap`; nothing here runs at import time."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from backstrong.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from backstrong.adapters.db.unit_of_work import SqlUnitOfWork
    from backstrong.adapters.security.passwords import Argon2PasswordHasher

log = logging.getLogger("backstrong")


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
    def password_hasher(self) -> Argon2PasswordHasher:
        from backstrong.adapters.security.passwords import Argon2PasswordHasher

        return Argon2PasswordHasher(fast=self.fast_password_hashing)

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
