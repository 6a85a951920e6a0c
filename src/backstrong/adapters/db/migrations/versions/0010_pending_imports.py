"""training: uploads waiting for the review of their exercise names (kept an hour)

Revision ID: 0010_pending_imports
Revises: 0004_training
Create Date: 2026-12-01 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold

revision = "0010_pending_imports"
down_revision = "0004_training"
branch_labels = None
depends_on = None


def upgrade() -> None:
    scaffold.create_personal_table(
        "pending_imports",
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("file_format", sa.String(length=10), nullable=False),
        sa.Column("unit", sa.String(length=2), nullable=False),
        sa.Column("skip_invalid", sa.Boolean(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        scaffold.utc_column("created_at"),
        unique={"uq_pending_imports_uuid": ["uuid", "user_id"]},
    )
    scaffold.create_column_indexes("pending_imports", "created_at")


def downgrade() -> None:
    op.drop_table("pending_imports")  # dropping a table drops its indexes
