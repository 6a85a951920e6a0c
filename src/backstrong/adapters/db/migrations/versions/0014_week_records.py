"""each stored exercise-week also keeps what could be a record in it (records fold over weeks)

``training_week_records`` holds beside each exercise-week's totals, as JSON, the week's heaviest
load, longest hold, most reps at each load, best day of volume and the sets that could give it the
best e1RM (``records``), and the sets that could give each day its best e1RM (``line``). An exercise's records and e1RM line are folded from its
weeks, never worked out again from all its sets: ``training_block_records`` keeps the week records
of each 16 weeks merged, so records fold a dozen rows. ``training_exercise_figures`` keeps records
and line apart (either may be missing: the history page folds only the records).

Stored summaries are emptied (rows, figures and each person's state): each person's are rebuilt
from their log on the first read of the history figures, as on a new database.

Revision ID: 0014_week_records
Revises: 0013_store_unique_days
Create Date: 2026-12-02 01:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold

revision = "0014_week_records"
down_revision = "0013_store_unique_days"
branch_labels = None
depends_on = None

_SUMMARIES = ("training_exercise_figures", "training_week_totals", "training_summary_state")
# (training_week_records and training_block_records are new: empty already)


def _empty_summaries() -> None:
    for table in _SUMMARIES:
        op.execute(sa.text(f"DELETE FROM {table}"))


def upgrade() -> None:
    _empty_summaries()
    scaffold.create_exercise_summary_table(
        "training_week_records",
        sa.Column("monday", sa.Date, primary_key=True),
        sa.Column("records", sa.Text, nullable=False),
        sa.Column("line", sa.Text, nullable=False),
    )
    scaffold.create_exercise_summary_table(
        "training_block_records",
        sa.Column("first_monday", sa.Date, primary_key=True),
        sa.Column("records", sa.Text, nullable=False),
    )
    with op.batch_alter_table("training_exercise_figures") as batch:
        batch.alter_column("records", existing_type=sa.Text(), nullable=True)
        batch.alter_column("trend", existing_type=sa.Text(), nullable=True)


def downgrade() -> None:
    op.drop_table("training_block_records")
    _empty_summaries()
    with op.batch_alter_table("training_exercise_figures") as batch:
        batch.alter_column("records", existing_type=sa.Text(), nullable=False)
        batch.alter_column("trend", existing_type=sa.Text(), nullable=False)
    op.drop_table("training_week_records")
