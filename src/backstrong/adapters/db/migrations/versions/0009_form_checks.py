"""form: form checks (landmarks and analysis) and reference reps

Revision ID: 0009_form_checks
Revises: 0001_accounts
Create Date: 2026-12-01 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold

revision = "0009_form_checks"
down_revision = "0001_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    scaffold.create_personal_table(
        "form_checks",
        sa.Column("exercise", sa.String(length=40), nullable=False),
        sa.Column("set_id", sa.String(length=64), nullable=True),
        sa.Column("analysis", sa.JSON(), nullable=False),
        sa.Column("landmarks", sa.JSON(), nullable=False),
        scaffold.utc_column("created_at"),
    )
    op.create_index("ix_form_checks_user_created", "form_checks", ["user_id", "created_at"])
    scaffold.create_personal_table(
        "form_references",
        sa.Column("exercise", sa.String(length=40), nullable=False),
        sa.Column("reference", sa.JSON(), nullable=False),
        scaffold.utc_column("created_at"),
        unique={"uq_form_references_user": ["user_id", "exercise"]},
    )


def downgrade() -> None:
    op.drop_table("form_references")  # dropping a table drops its indexes
    op.drop_table("form_checks")
