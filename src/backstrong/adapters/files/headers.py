"""A column header that names its unit: "Weight (kg)", "Gewicht (kg)", "Duration (sec)"."""

from __future__ import annotations

import re

_UNIT_IN_HEADER = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<unit>[^()]+)\)$")


def unit_header(header: str) -> tuple[str, str] | None:
    """``(name, unit)`` for "weight (kg)" → ("weight", "kg"), as written (case kept); None
    when the header names no unit in brackets."""
    found = _UNIT_IN_HEADER.match(header.strip())
    return None if found is None else (found["name"].strip(), found["unit"].strip())
