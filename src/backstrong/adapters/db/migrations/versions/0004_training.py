"""training log: sessions and sets

Revision ID: 0004_training
Revises: 0002_custom_exercises
Create Date: 2026-11-22 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold


revision = "0004_training"
down_revision = "0002_custom_exercises"
branch_labels = None
depends_on = None


def upgrade() -> None:
    scaffold.create_personal_table(
        'training_sessions',
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        scaffold.utc_column('started_at'),
        scaffold.utc_column('ended_at', nullable=True),
        sa.Column('utc_offset_minutes', sa.SmallInteger(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('program_session', sa.String(length=120), nullable=True),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('pain_before', sa.SmallInteger(), nullable=True),
        sa.Column('pain_after', sa.SmallInteger(), nullable=True),
        sa.Column('pain_next_morning', sa.SmallInteger(), nullable=True),
        scaffold.utc_column('created_at'),
        unique={'uq_training_sessions_uuid': ['uuid', 'user_id']},
    )
    op.create_index('ix_training_sessions_user_day', 'training_sessions', ['user_id', 'day'])
    _sets()


def _sets() -> None:
    scaffold.create_personal_table(
        'training_sets',
        sa.Column('session_id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('exercise_id', sa.String(length=120), nullable=False),
        scaffold.utc_column('performed_at'),
        sa.Column('utc_offset_minutes', sa.SmallInteger(), nullable=False),
        sa.Column('reps', sa.Integer(), nullable=True),
        sa.Column('load_value', sa.Float(), nullable=True),
        sa.Column('load_unit', sa.String(length=2), nullable=True),
        sa.Column('added_load_value', sa.Float(), nullable=True),
        sa.Column('added_load_unit', sa.String(length=2), nullable=True),
        sa.Column('hold_seconds', sa.Float(), nullable=True),
        sa.Column('side', sa.String(length=5), nullable=True),
        sa.Column('rpe', sa.Float(), nullable=True),
        sa.Column('rir', sa.SmallInteger(), nullable=True),
        sa.Column('warmup', sa.Boolean(), nullable=False),
        sa.Column('pain', sa.SmallInteger(), nullable=True),
        sa.Column('target_reps', sa.Integer(), nullable=True),
        sa.Column('target_load_value', sa.Float(), nullable=True),
        sa.Column('target_load_unit', sa.String(length=2), nullable=True),
        sa.Column('target_hold_seconds', sa.Float(), nullable=True),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('import_key', sa.String(length=32), nullable=True),
        scaffold.utc_column('created_at'),
        sa.ForeignKeyConstraint(['session_id'], ['training_sessions.id'], name=op.f('fk_training_sets_session_id_training_sessions'), ondelete='CASCADE'),
        unique={
            'uq_training_sets_import_key': ['import_key', 'user_id'],
            'uq_training_sets_uuid': ['uuid', 'user_id'],
        },
        sqlite_autoincrement=True,
    )
    scaffold.create_column_indexes('training_sets', 'session_id')
    op.create_index('ix_training_sets_user_exercise', 'training_sets', ['user_id', 'exercise_id'])


def downgrade() -> None:
    op.drop_table('training_sets')  # dropping a table drops its indexes
    op.drop_table('training_sessions')
