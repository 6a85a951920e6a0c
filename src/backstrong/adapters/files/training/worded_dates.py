"""Dates whose month is a word in the phone's language, as Hevy writes them.

Hevy writes ``start_time`` in the phone's date style: "13 Mar 2026, 15:22" in English, but
"4 de set. de 2026, 15:16" in Brazilian Portuguese or "25 Juli 2026, 14:21" in German. English
ones are read by ``strptime`` against the importer's formats; :class:`WordedDates` reads the rest
with dateparser, which knows the month names of every language. It is held to absolute dates with
a day, a month, a year and a time (no "yesterday", no timestamps), and imported only when a file
needs it (it takes about 0.15 s to load).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

_SETTINGS = {
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "DATE_ORDER": "DMY",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
# Spanish phones write "7:45 p. m.", a spelling dateparser does not take; the meaning is PM.
_SPACED_HALF = re.compile(r"\b([ap])\.\s?m\.", re.IGNORECASE)


class WordedDates:
    """One file's worded dates: the language found first is tried first (a file is in one
    language; asking every language costs about 2 ms a date, one about 0.9 ms)."""

    def __init__(self) -> None:
        self._every_language: Any = None
        self._found: Any = None  # a parser held to the locale of the last date read

    def parse(self, text: str) -> datetime | None:
        """The moment in "4 de set. de 2026, 15:16" or "25 Juli 2026, 2:21 PM"; None otherwise."""
        if ":" not in text or not any(c.isalpha() for c in text):
            return None  # no time of day, or no month name: not a worded date
        text = _SPACED_HALF.sub(lambda m: f"{m[1]}m", text)
        if self._found is not None:
            found = self._found.get_date_data(text)
            if found.date_obj is not None:
                return found.date_obj  # type: ignore[no-any-return]
        from dateparser.date import DateDataParser  # only files with worded dates need it

        if self._every_language is None:
            self._every_language = DateDataParser(settings=_SETTINGS)
        found = self._every_language.get_date_data(text)
        if found.date_obj is None:
            return None
        self._found = DateDataParser(locales=[found.locale], settings=_SETTINGS)
        return found.date_obj  # type: ignore[no-any-return]
