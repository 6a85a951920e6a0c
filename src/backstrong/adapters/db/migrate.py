"""Apply, inspect and generate Alembic migrations programmatically (no alembic.ini needed)."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from backstrong.adapters.db import tables  # noqa: F401
from backstrong.adapters.db.orm import Base


def _config(connection: Any) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("backstrong.adapters.db") / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_config(None)).get_current_head()


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def drift(engine: Engine) -> list[Any]:
    """Differences between the migrated schema and the ORM metadata (empty = no drift)."""
    from alembic.autogenerate import compare_metadata

    with engine.connect() as connection:
        ctx = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(ctx, Base.metadata))


def revision(engine: Engine, message: str) -> None:
    with engine.begin() as connection:
        command.revision(_config(connection), message=message, autogenerate=True)
