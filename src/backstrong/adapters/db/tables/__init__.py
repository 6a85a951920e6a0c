"""ORM tables, one module per area; importing this package registers them on Base.metadata."""

from backstrong.adapters.db.tables import (  # noqa: F401  # noqa: F401
    accounts,
    body,
    exercises,
    nutrition,
    open_food_facts,
    programs,
    training,
)
