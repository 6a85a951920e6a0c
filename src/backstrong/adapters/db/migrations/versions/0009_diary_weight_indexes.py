"""indexes for a day's diary and the latest weigh-ins (per person, no whole-history reads)

Revision ID: 0009_diary_weight_indexes
Revises: 0006_open_food_facts
Create Date: 2026-12-01 16:45:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0009_diary_weight_indexes"
down_revision = "0006_open_food_facts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The (user_id, ...) indexes replace the user_id ones: their prefix serves the same queries.
    op.create_index("ix_diary_entries_user_id_day", "diary_entries", ["user_id", "day"])
    op.drop_index("ix_diary_entries_user_id", table_name="diary_entries")
    op.create_index(
        "ix_weight_entries_user_id_measured_at", "weight_entries", ["user_id", "measured_at"]
    )
    op.drop_index("ix_weight_entries_user_id", table_name="weight_entries")


def downgrade() -> None:
    op.create_index("ix_weight_entries_user_id", "weight_entries", ["user_id"])
    op.drop_index("ix_weight_entries_user_id_measured_at", table_name="weight_entries")
    op.create_index("ix_diary_entries_user_id", "diary_entries", ["user_id"])
    op.drop_index("ix_diary_entries_user_id_day", table_name="diary_entries")
