"""Strong's CSV export, in each layout it has had.

- Classic: comma-separated, no unit column; the weight is in the app's display unit, which the file
  does not say, so the caller passes ``unit`` and the result reports it as ``assumed_unit``.
  Distances are then taken as km for a kg unit and miles for lb.
- Newer: ``Weight Unit`` (kg/lbs) and ``Distance Unit`` (km/miles) columns, semicolon-separated on
  Android; the last column is ``Workout Duration`` (``Duration`` on iOS).
- Unit in the header: the oldest exports (2016) name the weight and distance columns ``kg`` /
  ``lbs`` and ``km`` / ``miles``; others write ``Weight (kg)``, ``Distance (meters)`` and
  ``Duration (sec)`` (a number of seconds). That unit holds for every row.

The delimiter is sniffed. Headers follow the app's language; see :data:`HEADERS` for the names
known (English, German and French). Rows whose Set Order (or exercise) is "Rest Timer" are not
sets and are skipped, as are rows with no number at all. Unused numbers are 0 in Strong, so 0
means "not logged" for weight, reps, seconds, distance and RPE. Set Order "W", "D" or "F" marks a
warm-up, drop set or failure set; such sets are numbered by their place in the exercise. A file
whose Set Order has a 0 counts from 0 (the 2016 exports), and its numbers are moved up by one.
An export saved again by a spreadsheet ("17/12/2022 19:51") has its dates read by
:mod:`~backstrong.adapters.files.training.numeric_dates`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TextIO

from backstrong.adapters.files.headers import unit_header
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
from backstrong.adapters.files.training.numeric_dates import NumericDates
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
# English from Strong's exports; German "Datum", "Workout-Name", "Name der Übung", "Reihenfolge
# festlegen", "Wiederh.", "Workout-Notizen", "Dauer" and "Workout-Dauer" are confirmed from real
# exports, and the French names from a real French export; the other German names are Strong's
# likely wording and may need adding to when a real export shows otherwise.
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
    "workout-dauer": "duration",
    "nom de l'entraînement": "workout",
    "durée": "duration",
    "nom de l'exercice": "exercise",
    "ordre de la série": "set_order",
    "poids": "weight",
    "réps": "reps",
    "secondes": "seconds",
    "notes d'entraînement": "workout_notes",
}
# A unit written in the header instead of a unit column: "Weight (kg)", or the bare "kg" of 2016.
BARE_UNIT_HEADERS = {
    "kg": "weight",
    "lbs": "weight",
    "lb": "weight",
    "km": "distance",
    "miles": "distance",
}
DURATION_SECONDS = ("sec", "s", "seconds")  # "Duration (sec)": the cell is a number of seconds
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
    reader = _StrongReader(_Header(table.header), unit)
    for number, cells in table.rows(reader.errors):
        reader.read(number, cells)
    workouts, date_warnings = reader.numeric.settle(reader.workouts.workouts())
    return ParsedImport(
        source="strong-classic" if reader.classic else "strong",
        workouts=workouts,
        errors=tuple(reader.errors),
        assumed_unit=reader.assumed,
        skipped_rows=reader.skipped,
        warnings=(*date_warnings, *reader.warnings),
    )


class _Header:
    """Where each key sits in the header, and the units the header itself gives (kg, sec, …)."""

    def __init__(self, header: Sequence[str]) -> None:
        self.names = header
        self.columns: dict[str, int] = {}
        self.units: dict[str, str] = {}  # key → the unit written in its header
        for index, name in enumerate(header):
            key, unit = _header_meaning(header_key(name))
            if key is not None and key not in self.columns:
                self.columns[key] = index
                if unit:
                    self.units[key] = unit


def _header_meaning(name: str) -> tuple[str | None, str]:
    """What a header holds, with the unit it names: "weight (kg)" → ("weight", "kg")."""
    if name in HEADERS:
        return HEADERS[name], ""
    if name in BARE_UNIT_HEADERS:
        return BARE_UNIT_HEADERS[name], name
    found = unit_header(name)
    key = HEADERS.get(found[0]) if found else None
    if found and key is not None and _known_unit(key, found[1]):
        return key, found[1]
    return None, ""


def _known_unit(key: str, unit: str) -> bool:
    """Whether a unit written in a header is one this import reads for that column."""
    if key == "weight":
        return _header_mass_unit(unit) is not None
    if key == "distance":
        return distance_unit(unit) is not None
    return key == "duration" and unit in DURATION_SECONDS


def _recognised(header: Sequence[str]) -> bool:
    return all(key in _Header(header).columns for key in REQUIRED)


@dataclass(frozen=True, slots=True)
class _Numbers:
    reps: int | None
    load: Load | None
    seconds: float | None
    distance_m: float | None
    rpe: float | None


class _StrongReader:
    def __init__(self, header: _Header, unit: MassUnit) -> None:
        self.header = header.names
        self.layout = Layout(header.columns, header.names)
        self.unit = unit
        self.header_units = header.units
        self.header_mass = _header_mass_unit(header.units.get("weight"))
        self.classic = "weight_unit" not in header.columns and self.header_mass is None
        self.assumed: MassUnit | None = unit if self.classic else None
        self.numeric = NumericDates()  # the dates of an export a spreadsheet saved again
        self.dates = DateReader(DATE_FORMATS, "2026-03-13 15:22:00", self.numeric.parse)
        self.workouts = WorkoutCollector()
        self.errors: list[RowError] = []
        self.warnings: list[RowError] = []
        self.skipped = 0
        self.counts_from_zero = False  # the 2016 exports number each exercise's sets 0, 1, 2, …
        self._durations: dict[str, float | None] = {}  # exports repeat each workout's duration

    def read(self, number: int, cells: list[str]) -> None:
        row = RowCells(number, cells, self.layout)
        if REST_TIMER in (row.text("set_order").casefold(), row.text("exercise").casefold()):
            self.skipped += 1
            return
        if len(cells) > len(self.header) and any(c.strip() for c in cells[len(self.header) :]):
            row.fail("row", f"has {len(cells)} cells but the header has {len(self.header)}")
        start = self.dates.read(row, "date")
        self.numeric.locate(row.row_number, start)
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
        if self.header_mass is not None:
            return self.header_mass
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
        text = (
            self.header_units.get("distance")
            or row.text("distance_unit")
            or ("km" if self.unit is MassUnit.KG else "miles")
        )
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
        self.counts_from_zero = self.counts_from_zero or order == 0
        return SetKind.NORMAL, order + 1 if self.counts_from_zero else order

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


def _header_mass_unit(text: str | None) -> MassUnit | None:
    """The unit a weight header names ("kg", "lbs"), None when it names none."""
    if text is None:
        return None
    try:
        return parse_mass_unit(text)
    except ValueError:
        return None
