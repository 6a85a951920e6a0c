"""open food facts products (a shared cache, apart from people's own foods: ODbL)

Revision ID: 0006_open_food_facts
Revises: 0003_nutrition
Create Date: 2026-11-24 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backstrong.adapters.db.orm
from backstrong.adapters.db.migrations.scaffold import nutrient_columns


revision = "0006_open_food_facts"
down_revision = "0003_nutrition"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('open_food_facts_products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('barcode', sa.String(length=14), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('brand', sa.String(length=200), nullable=True),
    *nutrient_columns(),
    sa.Column('serving_grams', sa.Float(), nullable=True),
    sa.Column('fetched_at', backstrong.adapters.db.orm.UtcDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_open_food_facts_products')),
    sa.UniqueConstraint('barcode', name=op.f('uq_open_food_facts_products_barcode'))
    )


def downgrade() -> None:
    op.drop_table('open_food_facts_products')
