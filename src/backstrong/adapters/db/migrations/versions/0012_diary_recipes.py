"""nutrition: recipes and meals of one's own

Revision ID: 0012_diary_recipes
Revises: 0011_training_indexes
Create Date: 2026-12-01 19:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold


revision = "0012_diary_recipes"
down_revision = "0011_training_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    scaffold.create_personal_table(
        'recipes',
        sa.Column('food_id', sa.String(length=120), nullable=False),
        sa.Column('name', sa.String(length=300), nullable=False),
        sa.Column('servings', sa.Float(), nullable=False),
        sa.Column('items', sa.JSON(), nullable=False),
        scaffold.utc_column('updated_at'),
        unique={'uq_recipes_food': ['user_id', 'food_id']},
    )


def downgrade() -> None:
    op.drop_table('recipes')  # dropping a table drops its indexes
