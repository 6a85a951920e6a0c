"""Training weeks: Monday to Sunday (ISO 8601), named by their Monday."""

from __future__ import annotations

from datetime import date, timedelta


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def weeks_between(first: date, last: date) -> tuple[date, ...]:
    """The Mondays of every week from ``first``'s to ``last``'s, inclusive (empty when reversed)."""
    monday, end = week_start(first), week_start(last)
    weeks: list[date] = []
    while monday <= end:
        weeks.append(monday)
        monday += timedelta(weeks=1)
    return tuple(weeks)
