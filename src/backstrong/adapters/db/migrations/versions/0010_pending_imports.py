"""training: uploads waiting for the review of their exercise names (kept an hour)

Revision ID: 0010_pending_imports
Revises: 0004_training
Create Date: 2026-12-01 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backstrong.adapters.db.orm

revision = "0010_pending_imports"
down_revision = "0004_training"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pending_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("file_format", sa.String(length=10), nullable=False),
        sa.Column("unit", sa.String(length=2), nullable=False),
        sa.Column("skip_invalid", sa.Boolean(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", backstrong.adapters.db.orm.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_pending_imports_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_imports")),
        sa.UniqueConstraint("uuid", "user_id", name=op.f("uq_pending_imports_uuid")),
    )
    with op.batch_alter_table("pending_imports") as batch:
        batch.create_index(batch.f("ix_pending_imports_user_id"), ["user_id"], unique=False)
        batch.create_index(batch.f("ix_pending_imports_created_at"), ["created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pending_imports") as batch:
        batch.drop_index(batch.f("ix_pending_imports_created_at"))
        batch.drop_index(batch.f("ix_pending_imports_user_id"))
    op.drop_table("pending_imports")
