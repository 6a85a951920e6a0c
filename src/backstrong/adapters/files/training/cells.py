"""Reading the cells of one export row, collecting an error per cell that does not read.

Numbers accept a decimal point or a decimal comma ("62,5"); whole numbers accept "13.0", as some
exports write them. Dates are read with ``datetime.strptime`` against a fixed list of formats.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TypeVar

from backstrong.domain.training.imported import RowError
from backstrong.domain.training.validation import TrainingValueError

T = TypeVar("T")

_DECIMAL = re.compile(r"^[+-]?[0-9]{1,12}(?:[.,][0-9]{1,12})?$")
_SPACES = re.compile(r"[\s\u202f\u00a0]+")


class Layout:
    """Where each column key sits, and its header as written in the file (read once per file)."""

    __slots__ = ("columns", "header")

    def __init__(self, columns: Mapping[str, int], header: Sequence[str]) -> None:
        self.columns = tuple(columns.items())
        self.header = {key: header[i] for key, i in columns.items()}


class RowCells:
    """One data row by column key. ``header`` maps keys to the header as written in the file."""

    __slots__ = ("cells", "errors", "header", "row_number")

    def __init__(self, row_number: int, cells: Sequence[str], layout: Layout) -> None:
        self.row_number = row_number
        width = len(cells)
        self.cells = {key: cells[i].strip() if i < width else "" for key, i in layout.columns}
        self.header = layout.header
        self.errors: list[RowError] = []

    def text(self, key: str) -> str:
        return self.cells.get(key, "")

    def fail(self, key: str, message: str) -> None:
        self.errors.append(
            RowError(self.row_number, self.header.get(key, key), self.text(key), message)
        )

    def decimal(self, key: str) -> float | None:
        """The number in the cell, None when empty; an error when it is not a number."""
        text = self.text(key)
        if not text:
            return None
        if not _DECIMAL.match(text):
            self.fail(key, "must be a number, like 62.5")
            return None
        return float(text.replace(",", "."))

    def whole(self, key: str) -> int | None:
        value = self.decimal(key)
        if value is None:
            return None
        if not value.is_integer():
            self.fail(key, "must be a whole number")
            return None
        return int(value)

    def checked(self, key: str, check: Callable[[T], T], value: T | None) -> T | None:
        """``value`` through a domain check; the check's message becomes the cell's error."""
        if value is None:
            return None
        try:
            return check(value)
        except TrainingValueError as error:
            self.fail(key, error.accepted)
            return None

    def required(self, key: str, what: str) -> str:
        text = self.text(key)
        if not text:
            self.fail(key, f"the {what} is missing")
        return text


class DateReader:
    """Reads dates against known formats, remembering each distinct text (exports repeat them)."""

    def __init__(
        self,
        formats: Sequence[str],
        shown: str,
        fallback: Callable[[str], datetime | None] | None = None,
    ) -> None:
        self.formats = tuple(formats)
        self.shown = shown  # examples for the error message
        self.fallback = fallback  # tried when no format fits (dates with a month name, say)
        self._seen: dict[str, datetime | None] = {}

    def parse(self, text: str) -> datetime | None:
        if text not in self._seen:
            self._seen[text] = self._parse(_SPACES.sub(" ", text).strip())
        return self._seen[text]

    def _parse(self, text: str) -> datetime | None:
        for form in self.formats:
            try:
                return datetime.strptime(text, form)
            except ValueError:
                continue
        return None if self.fallback is None else self.fallback(text)

    def read(self, row: RowCells, key: str) -> datetime | None:
        text = row.text(key)
        if not text:
            row.fail(key, "the date is missing")
            return None
        value = self.parse(text)
        if value is None:
            row.fail(key, f"not a date this import knows; expected like {self.shown}")
        return value


_DURATION = re.compile(
    r"^(?:(?P<h>\d{1,3})\s*(?:h|hr|hrs|std\.?)\s*)?"
    r"(?:(?P<m>\d{1,4})\s*(?:m|min|mins|min\.)\s*)?"
    r"(?:(?P<s>\d{1,6})\s*(?:s|sec|sek\.?)\s*)?$",
    re.IGNORECASE,
)

_METERS_PER: dict[str, str] = {
    "km": "kilometer",
    "kms": "kilometer",
    "kilometers": "kilometer",
    "mi": "mile",
    "mile": "mile",
    "miles": "mile",
    "m": "meter",
    "meters": "meter",
    "metres": "meter",
}


def parse_duration_seconds(text: str) -> float | None:
    """Seconds from "1h 5m", "45m", "30s" or a bare number of seconds; None when unreadable."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if cleaned.isdigit():
        return float(cleaned)
    found = _DURATION.match(cleaned)
    if found is None or not any(found.groupdict().values()):
        return None
    hours, minutes, seconds = (int(found[part] or 0) for part in ("h", "m", "s"))
    return float(hours * 3600 + minutes * 60 + seconds)


def distance_unit(text: str) -> str | None:
    """The pint name of a distance unit as exports write it ("km", "miles"), None when unknown."""
    return _METERS_PER.get(text.strip().casefold())
