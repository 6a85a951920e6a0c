"""One "today": every date default, day boundary and week start is the person's own, in the time
zone stored with their account (set from the browser, editable in Settings); people who never
set one live in the server's zone (the CLI's case)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError


def utc_now() -> datetime:
    return datetime.now(UTC)


def check_time_zone(name: str) -> str:
    """An IANA zone name as given by the browser (``Intl.DateTimeFormat().resolvedOptions()``)."""
    cleaned = name.strip()
    if cleaned in ("UTC", "Etc/UTC") or (cleaned and cleaned in available_timezones()):
        return cleaned
    raise FieldError("time_zone", name, "give an IANA time zone such as 'Europe/Berlin' or 'UTC'")


class Clock:
    """The current moment, and what it is where a person lives. Tests pass a fixed ``now``."""

    def __init__(self, now: Callable[[], datetime] = utc_now) -> None:
        self._now = now

    def now(self) -> datetime:
        """This moment, timezone-aware (UTC)."""
        return self._now()

    def zone(self, user: User | None) -> tzinfo:
        if user is not None and user.time_zone:
            try:
                return ZoneInfo(user.time_zone)
            except (ZoneInfoNotFoundError, ValueError):
                pass
        zone = self._now().astimezone().tzinfo
        return zone if zone is not None else UTC

    def local_now(self, user: User | None) -> datetime:
        """This moment on the person's own clock."""
        return self._now().astimezone(self.zone(user))

    def today(self, user: User | None) -> date:
        """The person's calendar day now."""
        return self.local_now(user).date()
