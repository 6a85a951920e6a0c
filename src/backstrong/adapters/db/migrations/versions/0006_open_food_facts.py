"""open food facts products (a shared cache, apart from people's own foods: ODbL)

Revision ID: 0006_open_food_facts
Revises: 0003_nutrition
Create Date: 2026-11-24 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold


revision = "0006_open_food_facts"
down_revision = "0003_nutrition"
branch_labels = None
depends_on = None


def upgrade() -> None:
    scaffold.create_table_with_id(
        'open_food_facts_products',
        sa.Column('barcode', sa.String(length=14), nullable=False),
        sa.Column('name', sa.String(length=300), nullable=False),
        sa.Column('brand', sa.String(length=200), nullable=True),
        *scaffold.nutrient_columns(),
        sa.Column('serving_grams', sa.Float(), nullable=True),
        scaffold.utc_column('fetched_at'),
        unique={'uq_open_food_facts_products_barcode': ['barcode']},
    )

def downgrade() -> None:
    op.drop_table('open_food_facts_products')
