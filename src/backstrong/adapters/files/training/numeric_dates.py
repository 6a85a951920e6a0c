"""Numeric dates such as "9/12/2022 18:35", read one way for the whole file.

An export opened in a spreadsheet and saved again comes back with its dates in the computer's
style: "17/12/2022 19:51" in Britain, "12/17/2022 7:51 PM" in the United States, "17.12.2022
19:51" in Germany. A date whose day is over 12 tells which way the file goes; one such as
9/12/2022 fits both. Those are read month first while the file is read, and turned round at the
end when another date of the file can only be day first (:meth:`NumericDates.settle`). A file
where every date fits both ways keeps month first, with a warning saying so; dotted dates are
always day first. Each date is read by ``strptime`` both ways; only the choice is made here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from backstrong.domain.training.imported import ImportedWorkout, RowError

_TIMES = ("%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M:%S %p")
_DAY_FIRST = tuple(
    f"%d{sep}%m{sep}%Y{comma} {time}" for sep in "/." for comma in ("", ",") for time in _TIMES
)
_MONTH_FIRST = tuple(f"%m/%d/%Y{comma} {time}" for comma in ("", ",") for time in _TIMES)


def _first_fit(text: str, formats: tuple[str, ...]) -> datetime | None:
    for form in formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    return None


class NumericDates:
    """Reads numeric dates for one file and remembers which way its dates can go."""

    def __init__(self) -> None:
        self.day_first_seen = False  # a date that only fits day first (17/12/2022, 04.03.2024)
        self.month_first_seen = False  # a date that only fits month first (12/17/2022)
        self.provisional: set[datetime] = set()  # dates that fit both ways, read month first
        self.example = ""  # one of those, as written, for the warning
        self.example_row = 0  # and its row

    def parse(self, text: str) -> datetime | None:
        """The moment in "9/12/2022 18:35" (read month first for now); None for other text."""
        text = text.strip()
        day_first = _first_fit(text, _DAY_FIRST)
        month_first = _first_fit(text, _MONTH_FIRST)
        if day_first is not None and month_first is not None:
            if day_first != month_first:  # 9/12: either way; 5/5 is the same day both ways
                self.provisional.add(month_first)
                self.example = self.example or text
            return month_first
        self.day_first_seen = self.day_first_seen or day_first is not None
        self.month_first_seen = self.month_first_seen or month_first is not None
        return day_first or month_first

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


def _day_first(workout: ImportedWorkout) -> ImportedWorkout:
    start = workout.start.replace(month=workout.start.day, day=workout.start.month)
    end = None if workout.end is None else start + (workout.end - workout.start)
    return replace(workout, start=start, end=end)
