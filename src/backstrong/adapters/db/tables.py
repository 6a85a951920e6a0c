"""ORM tables, one module per area; importing this package registers them on Base.metadata."""
