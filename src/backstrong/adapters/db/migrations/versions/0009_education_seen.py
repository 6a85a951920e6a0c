"""programs: the education notes a person has been shown

Revision ID: 0009_education_seen
Revises: 0007_program_restarts
Create Date: 2026-12-01 16:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backstrong.adapters.db.orm


revision = "0009_education_seen"
down_revision = "0007_program_restarts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'education_seen',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('note_id', sa.String(length=64), nullable=False),
        sa.Column('seen_at', backstrong.adapters.db.orm.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'note_id', name='uq_education_seen_note'),
    )
    with op.batch_alter_table('education_seen', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_education_seen_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('education_seen', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_education_seen_user_id'))
    op.drop_table('education_seen')
