"""What the migrations repeat from table to table, written once.

A table of one person's rows (the migrations' side of ``orm.PersonalRow``): its id, the owner's
``user_id`` with a cascading foreign key, the primary key and the index on ``user_id``. And the
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

NUTRIENTS = ("kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g")


def nutrient_columns() -> list[sa.Column[Any]]:
    """Energy and the macronutrients, each a required float (new columns for each table)."""
    return [sa.Column(name, sa.Float(), nullable=False) for name in NUTRIENTS]


def create_personal_table(
    name: str,
    *columns_and_foreign_keys: sa.Column[Any] | sa.ForeignKeyConstraint,
    unique: Mapping[str, Sequence[str]] | None = None,
    unique_user: bool = False,
    **table_options: Any,
) -> None:
    """Create ``name`` with its id and ``user_id`` first, then the given columns (and foreign keys
    other than the owner's), the owner's foreign key, the primary key, the named unique
    constraints, and the ``user_id`` index (unique for a table of one row a person)."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        *columns_and_foreign_keys,
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f(f"fk_{name}_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        *(sa.UniqueConstraint(*cols, name=op.f(uq)) for uq, cols in (unique or {}).items()),
        **table_options,
    )
    with op.batch_alter_table(name) as batch:
        batch.create_index(batch.f(f"ix_{name}_user_id"), ["user_id"], unique=unique_user)


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
