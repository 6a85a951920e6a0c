"""ORM tables, one module per area; importing this package registers them on Base.metadata."""

from backstrong.adapters.db.tables import accounts, exercises  # noqa: F401
from backstrong.adapters.db.tables import body, nutrition  # noqa: F401
