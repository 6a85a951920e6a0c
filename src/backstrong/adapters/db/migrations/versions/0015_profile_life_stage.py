"""nutrition: a profile may say the person is pregnant (the due date) or breastfeeding

Both change the calorie target (``domain.nutrition.life_stage``). Existing profiles are neither.

Revision ID: 0015_profile_life_stage
Revises: 0009_diary_weight_indexes
Create Date: 2026-12-02 11:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_profile_life_stage"
down_revision = "0009_diary_weight_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("nutrition_profiles") as batch:
        batch.add_column(sa.Column("due_date", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("breastfeeding", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("nutrition_profiles") as batch:
        batch.drop_column("breastfeeding")
        batch.drop_column("due_date")
