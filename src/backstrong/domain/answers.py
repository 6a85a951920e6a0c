"""Yes/no answers as people type them (forms, the command line, JSON): one reading everywhere."""

from __future__ import annotations

YES = frozenset({"yes", "y", "true", "1", "on"})
NO = frozenset({"no", "n", "false", "0", "off"})


def yes_or_no(value: object) -> bool | None:
    """True or False for a yes/no answer (a bool, or one of the words above in any case and
    spacing); None when the value is neither, for the caller to refuse in its own words."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in YES:
        return True
    if text in NO:
        return False
    return None
