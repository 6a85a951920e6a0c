"""stored history summaries: weekly totals per exercise and each exercise's records and e1RM line

The tables start empty: a person's summaries are built from their log on the first read of the
history figures, then kept in step with every write.

Revision ID: 0012_store_summaries
Revises: 0011_training_indexes
Create Date: 2026-12-01 19:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold

revision = "0012_store_summaries"
down_revision = "0011_training_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    scaffold.create_summary_table(
        "training_summary_state",
        sa.Column("sets", sa.Integer, nullable=False),
        sa.Column("highest_id", sa.Integer, nullable=False),
    )
    scaffold.create_exercise_summary_table(
        "training_week_totals",
        sa.Column("monday", sa.Date, primary_key=True),
        sa.Column("first_at_us", sa.BigInteger, nullable=False),
        sa.Column("first_id", sa.Integer, nullable=False),
        sa.Column("hard_sets", sa.Float, nullable=False),
        sa.Column("tonnage_kg", sa.Float, nullable=False),
    )
    scaffold.create_exercise_summary_table(
        "training_exercise_figures",
        sa.Column("unit", sa.String(2), primary_key=True),
        sa.Column("formula", sa.String(20), primary_key=True),
        sa.Column("records", sa.Text, nullable=False),
        sa.Column("trend", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("training_exercise_figures")
    op.drop_table("training_week_totals")
    op.drop_table("training_summary_state")
