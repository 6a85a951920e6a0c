"""indexes for the training log's hot queries (per person, no whole-history reads)

The next position in a session, a person's sets newest first, one exercise's sets in time order
and today's latest session each read only the rows they answer with.

Revision ID: 0011_training_indexes
Revises: 0010_pending_imports
Create Date: 2026-12-01 17:20:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0011_training_indexes"
down_revision = "0010_pending_imports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The (user_id, ...) indexes replace the user_id ones: their prefix serves the same queries.
    op.create_index(
        "ix_training_sets_user_session_position",
        "training_sets",
        ["user_id", "session_id", "position"],
    )
    op.create_index(
        "ix_training_sets_user_performed_at", "training_sets", ["user_id", "performed_at", "id"]
    )
    op.create_index(
        "ix_training_sets_user_exercise_performed_at",
        "training_sets",
        ["user_id", "exercise_id", "performed_at", "id"],
    )
    op.drop_index("ix_training_sets_user_exercise", table_name="training_sets")
    op.drop_index("ix_training_sets_user_id", table_name="training_sets")
    op.create_index(
        "ix_training_sessions_user_day_started_at",
        "training_sessions",
        ["user_id", "day", "started_at", "id"],
    )
    op.drop_index("ix_training_sessions_user_day", table_name="training_sessions")


def downgrade() -> None:
    op.create_index("ix_training_sessions_user_day", "training_sessions", ["user_id", "day"])
    op.drop_index("ix_training_sessions_user_day_started_at", table_name="training_sessions")
    op.create_index("ix_training_sets_user_id", "training_sets", ["user_id"])
    op.create_index("ix_training_sets_user_exercise", "training_sets", ["user_id", "exercise_id"])
    op.drop_index("ix_training_sets_user_exercise_performed_at", table_name="training_sets")
    op.drop_index("ix_training_sets_user_performed_at", table_name="training_sets")
    op.drop_index("ix_training_sets_user_session_position", table_name="training_sets")
