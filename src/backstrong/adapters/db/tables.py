"""ORM tables, one module per feature; importing this module registers them all on Base.metadata."""

from backstrong.adapters.db.accounts import tables as accounts  # noqa: F401
from backstrong.adapters.db.body import tables as body  # noqa: F401
from backstrong.adapters.db.exercises import tables as exercises  # noqa: F401
from backstrong.adapters.db.form import tables as form  # noqa: F401
from backstrong.adapters.db.nutrition import open_food_facts_tables  # noqa: F401
from backstrong.adapters.db.nutrition import tables as nutrition  # noqa: F401
from backstrong.adapters.db.programs import tables as programs  # noqa: F401
from backstrong.adapters.db.training import tables as training  # noqa: F401
