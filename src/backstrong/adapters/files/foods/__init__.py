"""Curated data about foods: the bundled table of everyday foods and its loader."""
