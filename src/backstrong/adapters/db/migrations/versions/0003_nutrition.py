"""nutrition and body weight

Revision ID: 0003_nutrition
Revises: 0002_custom_exercises
Create Date: 2026-11-22 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backstrong.adapters.db.orm


revision = "0003_nutrition"
down_revision = "0002_custom_exercises"
branch_labels = None
depends_on = None


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ['user_id'], ['users.id'], name=op.f(f'fk_{table}_user_id_users'), ondelete='CASCADE'
    )


def upgrade() -> None:
    utc = backstrong.adapters.db.orm.UtcDateTime(timezone=True)
    op.create_table('nutrition_profiles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('sex', sa.String(length=10), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=False),
    sa.Column('height_cm', sa.Float(), nullable=False),
    sa.Column('activity', sa.String(length=20), nullable=False),
    sa.Column('goal', sa.String(length=20), nullable=False),
    sa.Column('equation', sa.String(length=40), nullable=False),
    sa.Column('body_fat_percent', sa.Float(), nullable=True),
    sa.Column('protein_g_per_kg', sa.Float(), nullable=True),
    sa.Column('add_training_energy', sa.Boolean(), nullable=False),
    sa.Column('allow_below_floor', sa.Boolean(), nullable=False),
    sa.Column('updated_at', utc, nullable=False),
    _user_fk('nutrition_profiles'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nutrition_profiles'))
    )
    with op.batch_alter_table('nutrition_profiles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nutrition_profiles_user_id'), ['user_id'], unique=True)

    op.create_table('custom_foods',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('food_id', sa.String(length=120), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('licence', sa.String(length=80), nullable=True),
    sa.Column('category', sa.String(length=200), nullable=False),
    sa.Column('brand', sa.String(length=200), nullable=True),
    sa.Column('everyday', sa.Boolean(), nullable=False),
    sa.Column('kcal', sa.Float(), nullable=False),
    sa.Column('protein_g', sa.Float(), nullable=False),
    sa.Column('fat_g', sa.Float(), nullable=False),
    sa.Column('carbohydrate_g', sa.Float(), nullable=False),
    sa.Column('fiber_g', sa.Float(), nullable=False),
    sa.Column('density_g_per_ml', sa.Float(), nullable=True),
    sa.Column('portions', sa.JSON(), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('created_at', utc, nullable=False),
    _user_fk('custom_foods'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custom_foods')),
    sa.UniqueConstraint('user_id', 'food_id', name=op.f('uq_custom_foods_user_id'))
    )
    with op.batch_alter_table('custom_foods', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custom_foods_user_id'), ['user_id'], unique=False)

    op.create_table('diary_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('meal', sa.String(length=20), nullable=False),
    sa.Column('food_id', sa.String(length=120), nullable=False),
    sa.Column('food_name', sa.String(length=300), nullable=False),
    sa.Column('grams', sa.Float(), nullable=False),
    sa.Column('kcal', sa.Float(), nullable=False),
    sa.Column('protein_g', sa.Float(), nullable=False),
    sa.Column('fat_g', sa.Float(), nullable=False),
    sa.Column('carbohydrate_g', sa.Float(), nullable=False),
    sa.Column('fiber_g', sa.Float(), nullable=False),
    sa.Column('portion_label', sa.String(length=200), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('created_at', utc, nullable=False),
    _user_fk('diary_entries'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_entries'))
    )
    with op.batch_alter_table('diary_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diary_entries_user_id'), ['user_id'], unique=False)

    op.create_table('diary_days',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.Column('updated_at', utc, nullable=False),
    _user_fk('diary_days'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_days')),
    sa.UniqueConstraint('user_id', 'day', name=op.f('uq_diary_days_user_id'))
    )
    with op.batch_alter_table('diary_days', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diary_days_user_id'), ['user_id'], unique=False)

    op.create_table('weight_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('measured_at', utc, nullable=False),
    sa.Column('weight_kg', sa.Float(), nullable=False),
    sa.Column('body_fat_percent', sa.Float(), nullable=True),
    sa.Column('girths', sa.JSON(), nullable=True),
    sa.Column('created_at', utc, nullable=False),
    _user_fk('weight_entries'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_weight_entries'))
    )
    with op.batch_alter_table('weight_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_weight_entries_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    for table in ('weight_entries', 'diary_days', 'diary_entries', 'custom_foods',
                  'nutrition_profiles'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_user_id'))
        op.drop_table(table)
