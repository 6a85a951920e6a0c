"""Training log: what a person actually did, and what follows from it (e1RM, records, volume)."""
