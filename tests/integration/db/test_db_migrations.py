"""The Alembic migrations and the ORM metadata describe the same schema, on both backends."""

from __future__ import annotations

from sqlalchemy import inspect

from backstrong.adapters.db import migrate
from backstrong.adapters.db.orm import Base


def test_migrations_produce_exactly_the_orm_schema(container):
    assert migrate.drift(container.engine) == []
    assert migrate.current_revisions(container.engine) == migrate.head_revisions()


def test_every_user_owned_table_has_an_indexed_user_id(container):
    inspector = inspect(container.engine)
    for table in Base.metadata.sorted_tables:
        if "user_id" not in table.c:
            continue
        indexed = {col for ix in inspector.get_indexes(table.name) for col in ix["column_names"]}
        primary_key = inspector.get_pk_constraint(table.name)["constrained_columns"]
        indexed.update(primary_key[:1])  # a primary key is an index on its leading column too
        assert "user_id" in indexed, f"{table.name}.user_id has no index"


def test_sqlite_runs_in_wal_mode_with_foreign_keys_on(sqlite_container):
    with sqlite_container.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_upgrading_an_up_to_date_database_changes_nothing(container):
    before = migrate.current_revisions(container.engine)
    migrate.upgrade(container.engine)
    assert migrate.current_revisions(container.engine) == before


def test_the_cheap_head_constant_matches_alembics_heads():
    assert migrate.head_revisions() == migrate.HEAD_REVISIONS
