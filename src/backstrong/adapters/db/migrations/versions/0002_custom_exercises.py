"""custom exercises

Revision ID: 0002_custom_exercises
Revises: 0001_accounts
Create Date: 2026-11-21 06:02:08.689779
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold


revision = "0002_custom_exercises"
down_revision = '0001_accounts'
branch_labels = None
depends_on = None


def upgrade() -> None:
    scaffold.create_personal_table(
        'custom_exercises',
        sa.Column('exercise_id', sa.String(length=120), nullable=False),
        sa.Column('source', sa.String(length=60), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        scaffold.utc_column('created_at'),
        unique={'uq_custom_exercises_user_id': ['user_id', 'exercise_id']},
    )


def downgrade() -> None:
    op.drop_table('custom_exercises')  # dropping a table drops its indexes
