"""Strong's CSV export, both layouts.

- Classic: comma-separated, no unit column; the weight is in the app's display unit, which the file
  does not say, so the caller passes ``unit`` and the result reports it as ``assumed_unit``.
  Distances are then taken as km for a kg unit and miles for lb.
- Newer: ``Weight Unit`` (kg/lbs) and ``Distance Unit`` (km/miles) columns, semicolon-separated on
  Android; the last column is ``Workout Duration`` (``Duration`` on iOS).

The delimiter is sniffed. Headers follow the app's language; see :data:`HEADERS` for the names
known (English and German). Rows whose Set Order (or exercise) is "Rest Timer" are not sets and
are skipped, as are rows with no number at all. Unused numbers are 0 in Strong, so 0 means "not
logged" for weight, reps, seconds, distance and RPE. Set Order "W", "D" or "F" marks a warm-up,
drop set or failure set; such sets are numbered by their place in the exercise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TextIO

from backstrong.adapters.files.training.cells import (
    DateReader,
    Layout,
    RowCells,
    distance_unit,
    parse_duration_seconds,
)
from backstrong.adapters.files.training.csv_table import (
    Source,
    as_source,
    first_line,
    header_key,
    read_table,
)
from backstrong.adapters.files.training.workouts import WorkoutCollector
from backstrong.domain.training.imported import ImportedSet, ParsedImport, RowError, SetKind
from backstrong.domain.training.model import Load
from backstrong.domain.training.validation import (
    check_load,
    check_reps,
    check_rpe,
    check_seconds,
)
from backstrong.domain.units import MassUnit, convert, parse_mass_unit

# Header as written (compared ignoring case and extra spaces) → what it holds.
# English from Strong's exports; German "Datum", "Name der Übung", "Reihenfolge festlegen" and
# "Wiederh." are confirmed from real exports; the other German names are Strong's likely wording and
# may need adding to when a real export shows otherwise.
HEADERS: dict[str, str] = {
    "date": "date",
    "workout name": "workout",
    "duration": "duration",
    "workout duration": "duration",
    "exercise name": "exercise",
    "set order": "set_order",
    "weight": "weight",
    "weight unit": "weight_unit",
    "reps": "reps",
    "rpe": "rpe",
    "distance": "distance",
    "distance unit": "distance_unit",
    "seconds": "seconds",
    "notes": "notes",
    "workout notes": "workout_notes",
    "datum": "date",
    "trainingsname": "workout",
    "name des trainings": "workout",
    "workout-name": "workout",
    "dauer": "duration",
    "trainingsdauer": "duration",
    "name der übung": "exercise",
    "reihenfolge festlegen": "set_order",
    "gewicht": "weight",
    "gewichtseinheit": "weight_unit",
    "wiederh.": "reps",
    "wiederholungen": "reps",
    "entfernung": "distance",
    "distanz": "distance",
    "entfernungseinheit": "distance_unit",
    "distanzeinheit": "distance_unit",
    "sekunden": "seconds",
    "notizen": "notes",
    "trainingsnotizen": "workout_notes",
    "workout-notizen": "workout_notes",
}
REQUIRED = ("date", "exercise", "set_order", "weight", "reps")
DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d",
)
REST_TIMER = "rest timer"
SET_ORDER_KINDS = {"w": SetKind.WARMUP, "d": SetKind.DROPSET, "f": SetKind.FAILURE}
NOT_STRONG = "not a Strong export: expected columns Date, Exercise Name, Set Order, Weight, Reps"


def parse_strong_csv(text: str | TextIO | Source, *, unit: MassUnit = MassUnit.KG) -> ParsedImport:
    """Workouts from a Strong export; ``unit`` is the display unit for the classic layout."""
    source = as_source(text)
    table = read_table(source, _recognised)
    if table is None:
        error = RowError(1, "header", first_line(source), NOT_STRONG)
        return ParsedImport("strong", (), (error,))
    reader = _StrongReader(_columns(table.header), table.header, unit)
    for number, cells in table.rows(reader.errors):
        reader.read(number, cells)
    return ParsedImport(
        source="strong-classic" if reader.classic else "strong",
        workouts=reader.workouts.workouts(),
        errors=tuple(reader.errors),
        assumed_unit=reader.assumed,
        skipped_rows=reader.skipped,
        warnings=tuple(reader.warnings),
    )


def _columns(header: Sequence[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = HEADERS.get(header_key(name))
        if key is not None and key not in columns:
            columns[key] = index
    return columns


def _recognised(header: Sequence[str]) -> bool:
    return all(key in _columns(header) for key in REQUIRED)


@dataclass(frozen=True, slots=True)
class _Numbers:
    reps: int | None
    load: Load | None
    seconds: float | None
    distance_m: float | None
    rpe: float | None


class _StrongReader:
    def __init__(self, columns: dict[str, int], header: Sequence[str], unit: MassUnit) -> None:
        self.columns = columns
        self.header = header
        self.layout = Layout(columns, header)
        self.unit = unit
        self.classic = "weight_unit" not in columns
        self.assumed: MassUnit | None = unit if self.classic else None
        self.dates = DateReader(DATE_FORMATS, "2026-03-13 15:22:00")
        self.workouts = WorkoutCollector()
        self.errors: list[RowError] = []
        self.warnings: list[RowError] = []
        self.skipped = 0
        self._durations: dict[str, float | None] = {}  # exports repeat each workout's duration

    def read(self, number: int, cells: list[str]) -> None:
        row = RowCells(number, cells, self.layout)
        if REST_TIMER in (row.text("set_order").casefold(), row.text("exercise").casefold()):
            self.skipped += 1
            return
        if len(cells) > len(self.header) and any(c.strip() for c in cells[len(self.header) :]):
            row.fail("row", f"has {len(cells)} cells but the header has {len(self.header)}")
        start = self.dates.read(row, "date")
        exercise = row.required("exercise", "exercise name")
        title = row.text("workout") or "Workout"
        values = self._values(row)
        if row.errors or start is None:
            self.errors.extend(row.errors)
            return
        if values is None:
            self.skipped += 1
            return
        kind, order = self._set_order(row, start, title, exercise)
        if row.errors:
            self.errors.extend(row.errors)
            return
        imported = ImportedSet(
            exercise,
            order,
            number,
            reps=values.reps,
            load=values.load,
            seconds=values.seconds,
            distance_m=values.distance_m,
            rpe=values.rpe,
            kind=kind,
            notes=row.text("notes"),
        )
        self.workouts.add(
            imported,
            start=start,
            title=title,
            end=self._end(row, start),
            notes=row.text("workout_notes"),
        )

    def _values(self, row: RowCells) -> _Numbers | None:
        """The set's numbers (0 read as not logged), or None when it has none at all."""
        weight = row.decimal("weight") or None
        reps = row.checked("reps", check_reps, row.whole("reps") or None)
        seconds = row.checked("seconds", check_seconds, row.decimal("seconds") or None)
        rpe = row.checked("rpe", check_rpe, row.decimal("rpe") or None)
        distance = self._distance(row)
        load = None
        if weight is not None:
            load = row.checked("weight", check_load, Load(weight, self._mass_unit(row)))
        if not any(v is not None for v in (load, reps, seconds, distance)) and not row.errors:
            return None
        return _Numbers(reps, load, seconds, distance, rpe)

    def _mass_unit(self, row: RowCells) -> MassUnit:
        text = row.text("weight_unit")
        if self.classic or not text:
            self.assumed = self.unit
            return self.unit
        try:
            return parse_mass_unit(text)
        except ValueError:
            row.fail("weight_unit", "use kg or lbs")
            return self.unit

    def _distance(self, row: RowCells) -> float | None:
        value = row.decimal("distance") or None
        if value is None:
            return None
        text = row.text("distance_unit") or ("km" if self.unit is MassUnit.KG else "miles")
        source = distance_unit(text)
        if source is None:
            row.fail("distance_unit", "use km or miles")
            return None
        return convert(value, source, "meter")

    def _set_order(
        self, row: RowCells, start: datetime, title: str, exercise: str
    ) -> tuple[SetKind, int]:
        text = row.text("set_order")
        position = self.workouts.next_position(start, title, exercise)
        kind = SET_ORDER_KINDS.get(text.casefold())
        if kind is not None:
            return kind, position
        order = row.whole("set_order")
        if order is None or order < 0:
            if order is not None:
                row.fail("set_order", "must be a set number, or W, D or F")
            return SetKind.NORMAL, position
        return SetKind.NORMAL, order or position

    def _end(self, row: RowCells, start: datetime) -> datetime | None:
        text = row.text("duration")
        if text in self._durations:
            seconds = self._durations[text]
        else:
            seconds = self._durations[text] = parse_duration_seconds(text)
            if text and seconds is None:
                self.warnings.append(
                    RowError(
                        row.row_number,
                        row.header.get("duration", "Duration"),
                        text,
                        "duration not understood; the workout is kept without an end time",
                    )
                )
        return None if seconds is None else start + timedelta(seconds=seconds)
