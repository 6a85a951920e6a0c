"""The migrations build the same schema as when their DDL was pinned, on both backends, and
every one of them can be undone.

Applied migrations are edited only to give repeated scaffolding one home
(``migrations/scaffold.py``); the snapshot in ``migrated_schema.json`` was recorded from the
migrations as they stood before, so such an edit cannot change what they create. The snapshot is
of the schema at ``PINNED_REVISIONS``: a later migration leaves it alone (the drift test checks
the head against the ORM). To pin newer revisions, list them and record the snapshot again with
``BACKSTRONG_RECORD_MIGRATED_SCHEMA=1`` on this module, then read its diff."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, text

from backstrong.adapters.db import migrate
from backstrong.adapters.db.engine import make_engine
from tests.conftest import throwaway_postgres

SNAPSHOT = Path(__file__).with_name("migrated_schema.json")
RECORD = os.environ.get("BACKSTRONG_RECORD_MIGRATED_SCHEMA") == "1"
PINNED_REVISIONS = (  # the heads when the snapshot was recorded
    "0009_account_control",
    "0009_diary_weight_indexes",
    "0009_education_seen",
    "0009_form_checks",
    "0012_diary_recipes",
    "0013_store_unique_days",
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An engine on a database no migration has touched yet."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
        yield engine
        engine.dispose()
        return
    with throwaway_postgres("backstrong_ddl") as url:
        engine = make_engine(url)
        yield engine
        engine.dispose()


def _table(inspector: Any, name: str) -> dict[str, Any]:
    columns = [
        {
            "name": c["name"],
            "type": str(c["type"]),
            "nullable": c["nullable"],
            "default": c.get("default"),
        }
        for c in inspector.get_columns(name)
    ]
    return {
        "columns": columns,
        "primary_key": inspector.get_pk_constraint(name),
        "foreign_keys": sorted(inspector.get_foreign_keys(name), key=repr),
        "indexes": sorted(inspector.get_indexes(name), key=repr),
        "unique_constraints": sorted(inspector.get_unique_constraints(name), key=repr),
    }


def _backend_ddl(engine: Engine) -> list[list[str]]:
    """The DDL text as the backend keeps it: SQLite's own, PostgreSQL's index and constraint
    definitions."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            sql = "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
        else:
            sql = (
                "SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
                "UNION ALL SELECT 'constraint', conname, pg_get_constraintdef(oid) "
                "FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2"
            )
        return [list(row) for row in conn.execute(text(sql))]


def _schema(engine: Engine) -> dict[str, Any]:
    inspector = inspect(engine)
    names = sorted(inspector.get_table_names())
    described = {name: _table(inspector, name) for name in names}
    # JSON round trip: tuples and dialect options compare as the snapshot stores them.
    return json.loads(
        json.dumps({"tables": described, "ddl": _backend_ddl(engine)}, default=str, sort_keys=True)
    )


def test_migrating_an_empty_database_builds_the_pinned_schema(empty_engine: Engine):
    for revision in PINNED_REVISIONS:
        migrate.upgrade(empty_engine, revision)
    schema = _schema(empty_engine)
    dialect = empty_engine.dialect.name
    snapshot = json.loads(SNAPSHOT.read_text()) if SNAPSHOT.exists() else {}
    if RECORD:
        snapshot[dialect] = schema
        SNAPSHOT.write_text(json.dumps(snapshot, indent=1, sort_keys=True) + "\n")
        pytest.skip(f"recorded the {dialect} schema")
    assert schema == snapshot[dialect]


def test_every_migration_can_be_undone_to_an_empty_database(empty_engine: Engine):
    migrate.upgrade(empty_engine)
    migrate.downgrade(empty_engine, "base")
    assert inspect(empty_engine).get_table_names() == ["alembic_version"]
