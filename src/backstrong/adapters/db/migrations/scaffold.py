"""What the migrations repeat from table to table, written once.

A table keyed by an integer ``id`` (its primary key ``pk_<table>``, then its named unique
constraints); a table of one person's rows (the migrations' side of ``orm.PersonalRow``): that,
with the owner's ``user_id`` second, its cascading foreign key and the index on it; the
single-column indexes named ``ix_<table>_<column>``; a UTC timestamp column. A table of one
person's stored history summaries, keyed by the owner (and the exercise) first. And the
nutrients per 100 g or per entry that a food, a product and a diary entry each carry. And the
partial index that lets a person have one active program, made again whenever SQLite rebuilds
``programs``.

Applied migrations use these, so what they build must never change: the DDL they create is pinned
by ``tests/integration/db/test_db_migration_ddl.py`` on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.orm import UtcDateTime

NUTRIENTS = ("kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g")

Unique = Mapping[str, Sequence[str]]  # a unique constraint's name → its columns


def utc_column(name: str, *, nullable: bool = False) -> sa.Column[Any]:
    """A UTC timestamp (``orm.UtcDateTime``), required unless ``nullable``."""
    return sa.Column(name, UtcDateTime(timezone=True), nullable=nullable)


def nutrient_columns() -> list[sa.Column[Any]]:
    """Energy and the macronutrients, each a required float (new columns for each table)."""
    return [sa.Column(name, sa.Float(), nullable=False) for name in NUTRIENTS]


def create_table_with_id(
    name: str,
    *columns_and_constraints: sa.Column[Any] | sa.Constraint,
    unique: Unique | None = None,
    **table_options: Any,
) -> None:
    """Create ``name`` with its integer ``id`` first, then the given columns and constraints, the
    primary key on ``id`` and the named unique constraints."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        *columns_and_constraints,
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        *(sa.UniqueConstraint(*cols, name=op.f(uq)) for uq, cols in (unique or {}).items()),
        **table_options,
    )


def create_column_indexes(table: str, *columns: str, unique: bool = False) -> None:
    """An index ``ix_<table>_<column>`` on each of ``columns``."""
    with op.batch_alter_table(table) as batch:
        for column in columns:
            batch.create_index(batch.f(f"ix_{table}_{column}"), [column], unique=unique)


def create_personal_table(
    name: str,
    *columns_and_foreign_keys: sa.Column[Any] | sa.ForeignKeyConstraint,
    unique: Unique | None = None,
    unique_user: bool = False,
    **table_options: Any,
) -> None:
    """Create ``name`` with its id and ``user_id`` first, then the given columns (and foreign keys
    other than the owner's), the owner's foreign key, the primary key, the named unique
    constraints, and the ``user_id`` index (unique for a table of one row a person)."""
    create_table_with_id(
        name,
        sa.Column("user_id", sa.Integer(), nullable=False),
        *columns_and_foreign_keys,
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f(f"fk_{name}_user_id_users"), ondelete="CASCADE"
        ),
        unique=unique,
        **table_options,
    )
    create_column_indexes(name, "user_id", unique=unique_user)


def create_summary_table(name: str, *columns: sa.Column[Any]) -> None:
    """Create ``name`` keyed by its owner's ``user_id`` (deleted with them) first, then by the
    given columns that are part of the primary key."""
    owner = sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    op.create_table(name, owner, *columns)


def create_exercise_summary_table(name: str, *columns: sa.Column[Any]) -> None:
    """A summary table of one person's exercise: keyed by the owner, then ``exercise_id``."""
    exercise = sa.Column("exercise_id", sa.String(120), primary_key=True)
    create_summary_table(name, exercise, *columns)


def create_one_active_program_index() -> None:
    """At most one active program a person (a partial unique index on both backends)."""
    op.create_index(
        "ix_programs_one_active",
        "programs",
        ["user_id"],
        unique=True,
        sqlite_where=sa.text("active"),
        postgresql_where=sa.text("active"),
    )
