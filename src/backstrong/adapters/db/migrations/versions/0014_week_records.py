"""each stored exercise-week also keeps what could be a record in it (records fold over weeks)

``training_week_totals.records`` holds, as JSON, the week's heaviest load, longest hold, most reps
at each load, each day's volume and the sets that could give a day its best e1RM: an exercise's
records and e1RM line are folded from its weeks, never worked out again from all its sets.

Stored summaries are emptied (rows, figures and each person's state): each person's are rebuilt
from their log on the first read of the history figures, as on a new database.

Revision ID: 0014_week_records
Revises: 0013_store_unique_days
Create Date: 2026-12-02 01:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_week_records"
down_revision = "0013_store_unique_days"
branch_labels = None
depends_on = None

_SUMMARIES = ("training_exercise_figures", "training_week_totals", "training_summary_state")


def _empty_summaries() -> None:
    for table in _SUMMARIES:
        op.execute(sa.text(f"DELETE FROM {table}"))


def upgrade() -> None:
    _empty_summaries()
    with op.batch_alter_table("training_week_totals") as batch:
        batch.add_column(sa.Column("records", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    _empty_summaries()
    with op.batch_alter_table("training_week_totals") as batch:
        batch.drop_column("records")
