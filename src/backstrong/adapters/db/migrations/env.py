"""Alembic environment: runs on the connection handed over by ``backstrong.adapters.db.migrate``."""

from __future__ import annotations

from alembic import context

from backstrong.adapters.db import tables  # noqa: F401  (registers every table)
from backstrong.adapters.db.orm import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `backstrong db upgrade`, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
