"""SQLAlchemy implementations of the service ports, one module per area."""
