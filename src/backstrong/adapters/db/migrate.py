"""Apply, inspect and generate Alembic migrations programmatically (no alembic.ini needed).

Alembic is imported only when a migration must run: checking that a database is current is a
plain query against ``alembic_version``, so every CLI call does not pay alembic's import time."""

from __future__ import annotations

from importlib.resources import files
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision of each branch in migrations/versions (feature areas may branch off the
# same parent; `upgrade` applies every head). A test checks this against Alembic's own view.
HEAD_REVISIONS = frozenset(
    {
        "0009_account_control",
        "0015_profile_life_stage",
        "0009_education_seen",
        "0009_form_checks",
        "0012_diary_recipes",
        "0014_week_records",
    }
)


def _config(connection: Any) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("backstrong.adapters.db") / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = "heads") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(_config(connection), revision)


def current_revisions(engine: Engine) -> frozenset[str]:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return frozenset()
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
        return frozenset(rows)


def head_revisions() -> frozenset[str]:
    """Alembic's own idea of the newest revisions (slow: reads every migration script)."""
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(_config(None)).get_heads())


def is_up_to_date(engine: Engine) -> bool:
    return current_revisions(engine) == HEAD_REVISIONS


def drift(engine: Engine) -> list[Any]:
    """Differences between the migrated schema and the ORM metadata (empty = no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from backstrong.adapters.db import tables  # noqa: F401
    from backstrong.adapters.db.orm import Base

    with engine.connect() as connection:
        ctx = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(ctx, Base.metadata))


def revision(engine: Engine, message: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.revision(_config(connection), message=message, autogenerate=True)
