"""programs and red-flag screenings

Revision ID: 0005_programs
Revises: 0002_custom_exercises
Create Date: 2026-11-23 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold


revision = "0005_programs"
down_revision = "0002_custom_exercises"
branch_labels = None
depends_on = None


def upgrade() -> None:
    scaffold.create_personal_table(
        'programs',
        sa.Column('plan_id', sa.String(length=32), nullable=False),
        sa.Column('plan', sa.JSON(), nullable=False),
        sa.Column('intake', sa.JSON(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        scaffold.utc_column('created_at'),
    )
    scaffold.create_one_active_program_index()
    scaffold.create_personal_table(
        'red_flag_screenings',
        sa.Column('flags', sa.JSON(), nullable=False),
        sa.Column('severity', sa.String(length=16), nullable=False),
        scaffold.utc_column('created_at'),
    )


def downgrade() -> None:
    op.drop_table('red_flag_screenings')  # dropping a table drops its indexes
    op.drop_table('programs')
