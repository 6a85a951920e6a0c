"""ORM tables, one module per area. Importing this package registers every table on Base.metadata."""

from backstrong.adapters.db.tables import accounts  # noqa: F401
