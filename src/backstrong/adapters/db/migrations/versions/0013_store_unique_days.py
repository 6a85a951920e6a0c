"""one session collects a day's loose sets, and positions are unique in a session

Sets logged without a session go into the day's latest session, made when there is none; two
requests at once could make two. A session now carries ``day_key`` (the day whose loose sets it
collects), unique per person, and ``(user_id, session_id, position)`` is unique.

Existing data first: each person's latest session of each day becomes that day's session (nothing
is merged: a day may hold several sessions on purpose — imported workouts, guided ones — and
clients keep their ids); sets sharing a position in a session are numbered again in the order
they were done.

Revision ID: 0013_store_unique_days
Revises: 0012_store_summaries
Create Date: 2026-12-01 19:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_store_unique_days"
down_revision = "0012_store_summaries"
branch_labels = None
depends_on = None

LATEST_OF_ITS_DAY = """
UPDATE training_sessions SET day_key = day
WHERE NOT EXISTS (
    SELECT 1 FROM training_sessions later
    WHERE later.user_id = training_sessions.user_id
      AND later.day = training_sessions.day
      AND (later.started_at > training_sessions.started_at
           OR (later.started_at = training_sessions.started_at AND later.id > training_sessions.id))
)
"""
CROWDED_SESSIONS = """
SELECT DISTINCT session_id FROM training_sets
GROUP BY session_id, position HAVING count(*) > 1
"""


def _renumber_crowded_sessions(connection: sa.Connection) -> None:
    for (session_id,) in connection.execute(sa.text(CROWDED_SESSIONS)).all():
        ids = connection.execute(
            sa.text(
                "SELECT id FROM training_sets WHERE session_id = :s "
                "ORDER BY position, performed_at, id"
            ),
            {"s": session_id},
        ).scalars()
        connection.execute(
            sa.text("UPDATE training_sets SET position = :p WHERE id = :id"),
            [{"p": number, "id": id_} for number, id_ in enumerate(list(ids), 1)],
        )


def upgrade() -> None:
    op.add_column("training_sessions", sa.Column("day_key", sa.Date(), nullable=True))
    connection = op.get_bind()
    connection.execute(sa.text(LATEST_OF_ITS_DAY))
    _renumber_crowded_sessions(connection)
    op.create_index(
        "uq_training_sessions_user_day_key",
        "training_sessions",
        ["user_id", "day_key"],
        unique=True,
    )
    op.create_index(
        "uq_training_sets_user_session_position",
        "training_sets",
        ["user_id", "session_id", "position"],
        unique=True,
    )
    op.drop_index("ix_training_sets_user_session_position", table_name="training_sets")


def downgrade() -> None:
    op.create_index(
        "ix_training_sets_user_session_position",
        "training_sets",
        ["user_id", "session_id", "position"],
    )
    op.drop_index("uq_training_sets_user_session_position", table_name="training_sets")
    op.drop_index("uq_training_sessions_user_day_key", table_name="training_sessions")
    with op.batch_alter_table("training_sessions") as batch:
        batch.drop_column("day_key")
