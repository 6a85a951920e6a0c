"""programs: when a plan last became the active one

Revision ID: 0007_program_restarts
Revises: 0005_programs
Create Date: 2026-11-25 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import backstrong.adapters.db.orm
from backstrong.adapters.db.migrations import scaffold


revision = "0007_program_restarts"
down_revision = "0005_programs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite rebuilds the table for NOT NULL: the partial index is dropped and made again so
    # that its WHERE clause cannot be lost on the way.
    op.drop_index('ix_programs_one_active', table_name='programs')
    with op.batch_alter_table('programs', schema=None) as batch_op:
        batch_op.add_column(scaffold.utc_column('started_at', nullable=True))
    op.execute(sa.text('UPDATE programs SET started_at = created_at'))
    with op.batch_alter_table('programs', schema=None) as batch_op:
        batch_op.alter_column(
            'started_at',
            existing_type=backstrong.adapters.db.orm.UtcDateTime(timezone=True),
            nullable=False,
        )
    scaffold.create_one_active_program_index()


def downgrade() -> None:
    op.drop_index('ix_programs_one_active', table_name='programs')
    with op.batch_alter_table('programs', schema=None) as batch_op:
        batch_op.drop_column('started_at')
    scaffold.create_one_active_program_index()
