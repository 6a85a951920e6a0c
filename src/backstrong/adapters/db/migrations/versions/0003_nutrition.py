"""nutrition and body weight

Revision ID: 0003_nutrition
Revises: 0002_custom_exercises
Create Date: 2026-11-22 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold


revision = "0003_nutrition"
down_revision = "0002_custom_exercises"
branch_labels = None
depends_on = None


def upgrade() -> None:
    scaffold.create_personal_table(
        'nutrition_profiles',
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
        scaffold.utc_column('updated_at'),
        unique_user=True,
    )
    scaffold.create_personal_table(
        'custom_foods',
        sa.Column('food_id', sa.String(length=120), nullable=False),
        sa.Column('name', sa.String(length=300), nullable=False),
        sa.Column('source', sa.String(length=40), nullable=False),
        sa.Column('licence', sa.String(length=80), nullable=True),
        sa.Column('category', sa.String(length=200), nullable=False),
        sa.Column('brand', sa.String(length=200), nullable=True),
        sa.Column('everyday', sa.Boolean(), nullable=False),
        *scaffold.nutrient_columns(),
        sa.Column('density_g_per_ml', sa.Float(), nullable=True),
        sa.Column('portions', sa.JSON(), nullable=False),
        sa.Column('aliases', sa.JSON(), nullable=False),
        scaffold.utc_column('created_at'),
        unique={'uq_custom_foods_user_id': ['user_id', 'food_id']},
    )
    _diary_and_weights()


def _diary_and_weights() -> None:
    scaffold.create_personal_table(
        'diary_entries',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('meal', sa.String(length=20), nullable=False),
        sa.Column('food_id', sa.String(length=120), nullable=False),
        sa.Column('food_name', sa.String(length=300), nullable=False),
        sa.Column('grams', sa.Float(), nullable=False),
        *scaffold.nutrient_columns(),
        sa.Column('portion_label', sa.String(length=200), nullable=False),
        sa.Column('text', sa.String(length=500), nullable=False),
        scaffold.utc_column('created_at'),
    )
    scaffold.create_personal_table(
        'diary_days',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('complete', sa.Boolean(), nullable=False),
        scaffold.utc_column('updated_at'),
        unique={'uq_diary_days_user_id': ['user_id', 'day']},
    )
    scaffold.create_personal_table(
        'weight_entries',
        scaffold.utc_column('measured_at'),
        sa.Column('weight_kg', sa.Float(), nullable=False),
        sa.Column('body_fat_percent', sa.Float(), nullable=True),
        sa.Column('girths', sa.JSON(), nullable=True),
        scaffold.utc_column('created_at'),
    )


def downgrade() -> None:
    for table in ('weight_entries', 'diary_days', 'diary_entries', 'custom_foods',
                  'nutrition_profiles'):
        op.drop_table(table)  # dropping a table drops its indexes
