"""programs: the education notes a person has been shown

Revision ID: 0009_education_seen
Revises: 0007_program_restarts
Create Date: 2026-12-01 16:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold


revision = "0009_education_seen"
down_revision = "0007_program_restarts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    scaffold.create_personal_table(
        'education_seen',
        sa.Column('note_id', sa.String(length=64), nullable=False),
        scaffold.utc_column('seen_at'),
        unique={'uq_education_seen_note': ['user_id', 'note_id']},
    )


def downgrade() -> None:
    op.drop_table('education_seen')  # dropping a table drops its indexes
