"""Numeric dates such as "9/12/2022 18:35", read one way for the whole file.

An export opened in a spreadsheet and saved again comes back with its dates in the computer's
style: "17/12/2022 19:51" in Britain, "12/17/2022 7:51 PM" in the United States, "17.12.2022
19:51" in Germany. A date whose day is over 12 tells which way the file goes; one such as
9/12/2022 fits both. Those are read month first while the file is read, and turned round at the
end when another date of the file can only be day first (:meth:`NumericDates.settle`). A file
where every date fits both ways keeps month first, with a warning saying so; dotted dates are
always day first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from backstrong.domain.training.imported import ImportedWorkout, RowError

_NUMERIC = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}),?\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<half>[ap])\.?\s?m\.?)?$",
    re.IGNORECASE,
)


class NumericDates:
    """Reads numeric dates for one file and remembers which way its dates can go."""

    def __init__(self) -> None:
        self.day_first_seen = False  # a date whose first number is over 12
        self.month_first_seen = False  # a date whose second number is over 12
        self.provisional: set[datetime] = set()  # dates that fit both ways, read month first
        self.example = ""  # one of those, as written, for the warning
        self.example_row = 0  # and its row

    def parse(self, text: str) -> datetime | None:
        """The moment in "9/12/2022 18:35" (read month first for now); None for other text."""
        found = _NUMERIC.match(text.strip())
        if found is None:
            return None
        first, second = int(found["a"]), int(found["b"])
        ambiguous = found["sep"] == "/" and first <= 12 and second <= 12 and first != second
        day_first = found["sep"] == "." or first > 12
        self.day_first_seen = self.day_first_seen or (found["sep"] == "/" and first > 12)
        self.month_first_seen = self.month_first_seen or second > 12
        day, month = (first, second) if day_first else (second, first)
        moment = _moment(found, int(found["year"]), month, day)
        if moment is not None and ambiguous:
            self.provisional.add(moment)
            self.example = self.example or text.strip()
        return moment

    def locate(self, row_number: int, moment: datetime | None) -> None:
        """Note the row of the first date that fits both ways (the warning names it)."""
        if not self.example_row and moment in self.provisional:
            self.example_row = row_number

    def settle(
        self, workouts: tuple[ImportedWorkout, ...]
    ) -> tuple[tuple[ImportedWorkout, ...], tuple[RowError, ...]]:
        """The workouts with their dates read the file's way, and a warning when that way was
        a guess."""
        if not self.provisional:
            return workouts, ()
        if self.day_first_seen != self.month_first_seen:  # the file says which way it goes
            if self.month_first_seen:
                return workouts, ()
            return tuple(_day_first(w) if w.start in self.provisional else w for w in workouts), ()
        if self.day_first_seen:
            message = (
                "the file's dates go both day first and month first; these were read month first"
            )
        else:
            message = "could be day or month first; dates like it were read month first"
        return workouts, (RowError(self.example_row or 1, "date", self.example, message),)


def _moment(found: re.Match[str], year: int, month: int, day: int) -> datetime | None:
    hour = int(found["hour"])
    if found["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if found["half"].casefold() == "p" else 0)
    try:
        return datetime(year, month, day, hour, int(found["minute"]), int(found["second"] or 0))
    except ValueError:
        return None


def _day_first(workout: ImportedWorkout) -> ImportedWorkout:
    start = workout.start.replace(month=workout.start.day, day=workout.start.month)
    end = None if workout.end is None else start + (workout.end - workout.start)
    return replace(workout, start=start, end=end)
