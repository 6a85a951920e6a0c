"""form: form checks (landmarks and analysis) and reference reps

Revision ID: 0009_form_checks
Revises: 0001_accounts
Create Date: 2026-12-01 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backstrong.adapters.db.orm

revision = "0009_form_checks"
down_revision = "0001_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "form_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("exercise", sa.String(length=40), nullable=False),
        sa.Column("set_id", sa.String(length=64), nullable=True),
        sa.Column("analysis", sa.JSON(), nullable=False),
        sa.Column("landmarks", sa.JSON(), nullable=False),
        sa.Column(
            "created_at", backstrong.adapters.db.orm.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_form_checks_user_id", "form_checks", ["user_id"])
    op.create_index("ix_form_checks_user_created", "form_checks", ["user_id", "created_at"])
    op.create_table(
        "form_references",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("exercise", sa.String(length=40), nullable=False),
        sa.Column("reference", sa.JSON(), nullable=False),
        sa.Column(
            "created_at", backstrong.adapters.db.orm.UtcDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "exercise", name="uq_form_references_user"),
    )
    op.create_index("ix_form_references_user_id", "form_references", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_form_references_user_id", table_name="form_references")
    op.drop_table("form_references")
    op.drop_index("ix_form_checks_user_created", table_name="form_checks")
    op.drop_index("ix_form_checks_user_id", table_name="form_checks")
    op.drop_table("form_checks")
