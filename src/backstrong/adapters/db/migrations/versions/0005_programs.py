"""programs and red-flag screenings

Revision ID: 0005_programs
Revises: 0002_custom_exercises
Create Date: 2026-11-23 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backstrong.adapters.db.orm


revision = "0005_programs"
down_revision = "0002_custom_exercises"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('programs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.String(length=32), nullable=False),
    sa.Column('plan', sa.JSON(), nullable=False),
    sa.Column('intake', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', backstrong.adapters.db.orm.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_programs_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programs'))
    )
    with op.batch_alter_table('programs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programs_user_id'), ['user_id'], unique=False)
        batch_op.create_index(
            'ix_programs_one_active',
            ['user_id'],
            unique=True,
            sqlite_where=sa.text('active'),
            postgresql_where=sa.text('active'),
        )

    op.create_table('red_flag_screenings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('severity', sa.String(length=16), nullable=False),
    sa.Column('created_at', backstrong.adapters.db.orm.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_red_flag_screenings_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_red_flag_screenings'))
    )
    with op.batch_alter_table('red_flag_screenings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_red_flag_screenings_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('red_flag_screenings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_red_flag_screenings_user_id'))

    op.drop_table('red_flag_screenings')
    with op.batch_alter_table('programs', schema=None) as batch_op:
        batch_op.drop_index('ix_programs_one_active')
        batch_op.drop_index(batch_op.f('ix_programs_user_id'))

    op.drop_table('programs')
