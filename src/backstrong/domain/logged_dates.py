"""The window a logged thing's date must fall in: a set, a session, a pain check-in, a weigh-in
or a diary entry happened between 1900-01-01 and tomorrow on the person's own calendar (a day of
slack for time zones and late-night logging). Anything else is a typo, a unit mix-up ("0" read as
1970) or a hostile value, and dates near year 1 or 9999 would overflow date arithmetic later."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from backstrong.domain.errors import FieldError

EARLIEST_LOGGED_DAY = date(1900, 1, 1)
LATEST_AFTER_TODAY = timedelta(days=1)
LATEST_READABLE_DAY = date(2999, 12, 31)  # a day one may look at or plan for: far from overflow


def is_readable_day(day: date) -> bool:
    """Whether a day asked about (not logged) is one date arithmetic is safe on."""
    return EARLIEST_LOGGED_DAY <= day <= LATEST_READABLE_DAY


def check_logged_day(field: str, day: date, today: date) -> date:
    """``day`` when it lies between 1900-01-01 and the day after ``today``."""
    latest = today + LATEST_AFTER_TODAY
    if not EARLIEST_LOGGED_DAY <= day <= latest:
        accepted = f"must be between {EARLIEST_LOGGED_DAY.isoformat()} and {latest.isoformat()}"
        raise FieldError(field, day.isoformat(), accepted)
    return day


def check_logged_time(field: str, when: datetime, today: date) -> datetime:
    """``when`` when its calendar day (as written, before any time-zone arithmetic that could
    overflow near year 1 or 9999) is in the window."""
    check_logged_day(field, when.date(), today)
    return when
