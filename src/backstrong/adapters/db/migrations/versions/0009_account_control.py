"""accounts: admin and disabled flags, token expiry, single-use invite and claim codes, rate hits

Revision ID: 0009_account_control
Revises: 0008_user_time_zone
Create Date: 2026-12-01 17:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from backstrong.adapters.db.migrations import scaffold

revision = "0009_account_control"
down_revision = "0008_user_time_zone"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy of users: recreating that table on SQLite would
    # cascade-delete every row that refers to a user.
    false = sa.false()
    op.add_column("users", sa.Column("is_admin", sa.Boolean(), nullable=False, server_default=false))
    op.add_column("users", sa.Column("disabled", sa.Boolean(), nullable=False, server_default=false))
    op.add_column("api_tokens", scaffold.utc_column("expires_at", nullable=True))
    # An installation that already has accounts: the oldest one becomes the admin.
    op.execute(
        "UPDATE users SET is_admin = TRUE WHERE id = "
        "(SELECT MIN(id) FROM users WHERE email IS NOT NULL)"
    )
    op.create_table(
        "invites",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False, unique=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE")),
        scaffold.utc_column("created_at"),
        scaffold.utc_column("expires_at"),
        scaffold.utc_column("used_at", nullable=True),
    )
    op.create_index("ix_invites_user_id", "invites", ["user_id"])
    op.create_table(
        "rate_hits",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("bucket", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        scaffold.utc_column("at"),
    )
    op.create_index("ix_rate_hits_bucket_address_at", "rate_hits", ["bucket", "address", "at"])


def downgrade() -> None:
    op.drop_index("ix_rate_hits_bucket_address_at", table_name="rate_hits")
    op.drop_table("rate_hits")
    op.drop_index("ix_invites_user_id", table_name="invites")
    op.drop_table("invites")
    with op.batch_alter_table("api_tokens") as batch:
        batch.drop_column("expires_at")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("disabled")
        batch.drop_column("is_admin")
