"""The JSON REST API under /api/v1: one router and one schema module per area."""
