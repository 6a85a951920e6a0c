"""nutrition: recipes and meals of one's own

Revision ID: 0012_diary_recipes
Revises: 0011_training_indexes
Create Date: 2026-12-01 19:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backstrong.adapters.db.orm


revision = "0012_diary_recipes"
down_revision = "0011_training_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'recipes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('food_id', sa.String(length=120), nullable=False),
        sa.Column('name', sa.String(length=300), nullable=False),
        sa.Column('servings', sa.Float(), nullable=False),
        sa.Column('items', sa.JSON(), nullable=False),
        sa.Column('updated_at', backstrong.adapters.db.orm.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'food_id', name='uq_recipes_food'),
    )
    with op.batch_alter_table('recipes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recipes_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('recipes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recipes_user_id'))
    op.drop_table('recipes')
