"""Hevy's CSV export: every cell quoted, one row per set.

Columns: ``title, start_time, end_time, description, exercise_title, superset_id, exercise_notes,
set_index, set_type, weight_kg, reps, distance_km, duration_seconds, rpe``. Imperial files have
``weight_lbs`` and ``distance_miles`` instead. ``set_index`` counts from 0 (order = index + 1);
``set_type`` is normal, warmup, dropset or failure. An empty weight is a body-weight set; 0 is read
the same way. Times follow the phone's locale; the formats known are in :data:`DATE_FORMATS`
(day-first numeric dates with a 24-hour clock, month-first ones with AM/PM), and dates whose
month is a word in another language ("4 de set. de 2026, 15:16") by
:class:`~backstrong.adapters.files.training.worded_dates.WordedDates`; those of a file saved
again by a spreadsheet ("28/05/2025 09:08") by :mod:`~.numeric_dates`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from backstrong.adapters.files.training.cells import DateReader, Layout, RowCells
from backstrong.adapters.files.training.csv_table import (
    Source,
    as_source,
    first_line,
    header_key,
    read_table,
)
from backstrong.adapters.files.training.numeric_dates import NumericDates
from backstrong.adapters.files.training.worded_dates import WordedDates
from backstrong.adapters.files.training.workouts import WorkoutCollector
from backstrong.domain.training.imported import ImportedSet, ParsedImport, RowError, SetKind
from backstrong.domain.training.model import Load
from backstrong.domain.training.validation import check_load, check_reps, check_rpe, check_seconds
from backstrong.domain.units import MassUnit, convert

COLUMNS = (
    "title",
    "start_time",
    "end_time",
    "description",
    "exercise_title",
    "superset_id",
    "exercise_notes",
    "set_index",
    "set_type",
    "weight_kg",
    "weight_lbs",
    "reps",
    "distance_km",
    "distance_miles",
    "duration_seconds",
    "rpe",
)
REQUIRED = ("title", "start_time", "exercise_title", "set_index", "set_type", "reps")
DATE_FORMATS = (
    "%d %b %Y, %H:%M",  # 13 Mar 2026, 15:22
    "%d %B %Y, %H:%M",
    "%d.%m.%Y, %H:%M",  # 05.06.2026, 07:30
    "%b %d, %Y, %I:%M %p",  # May 15, 2026, 7:26 PM
    "%B %d, %Y, %I:%M %p",
    "%d/%m/%Y, %H:%M",
    "%m/%d/%Y, %I:%M %p",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
)
SET_TYPES = {kind.value: kind for kind in SetKind}
NOT_HEVY = (
    "not a Hevy export: expected columns title, start_time, exercise_title, set_index, "
    "set_type, weight_kg or weight_lbs, reps"
)


def parse_hevy_csv(text: str | TextIO | Source) -> ParsedImport:
    source = as_source(text)
    table = read_table(source, _recognised)
    if table is None:
        return ParsedImport("hevy", (), (RowError(1, "header", first_line(source), NOT_HEVY),))
    columns = _columns(table.header)
    unit = MassUnit.KG if "weight_kg" in columns else MassUnit.LB
    distance_source = "kilometer" if "distance_km" in columns else "mile"
    layout = Layout(columns, table.header)
    numeric, worded = NumericDates(), WordedDates()
    dates = DateReader(
        DATE_FORMATS,
        "13 Mar 2026, 15:22 or 05.06.2026, 07:30",
        lambda text: numeric.parse(text) or worded.parse(text),
    )
    collector = WorkoutCollector()
    errors: list[RowError] = []
    for number, cells in table.rows(errors):
        row = RowCells(number, cells, layout)
        start = dates.read(row, "start_time")
        numeric.locate(number, start)
        end = dates.parse(row.text("end_time")) if row.text("end_time") else None
        imported = _set(row, unit, distance_source)
        if row.errors or start is None or imported is None:
            errors.extend(row.errors)
            continue
        collector.add(
            imported,
            start=start,
            title=row.text("title") or "Workout",
            end=end,
            notes=row.text("description"),
        )
    workouts, warnings = numeric.settle(collector.workouts())
    return ParsedImport("hevy", workouts, tuple(errors), warnings=warnings)


def _columns(header: Sequence[str]) -> dict[str, int]:
    keys = [header_key(name) for name in header]
    return {key: keys.index(key) for key in COLUMNS if key in keys}


def _recognised(header: Sequence[str]) -> bool:
    columns = _columns(header)
    has_weight = "weight_kg" in columns or "weight_lbs" in columns
    return has_weight and all(key in columns for key in REQUIRED)


def _set(row: RowCells, unit: MassUnit, distance_source: str) -> ImportedSet | None:
    exercise = row.required("exercise_title", "exercise name")
    index = row.whole("set_index")
    if index is not None and index < 0:
        row.fail("set_index", "must be 0 or more")
    kind = SET_TYPES.get(row.text("set_type").casefold() or "normal")
    if kind is None:
        row.fail("set_type", "use normal, warmup, dropset or failure")
    weight_key = "weight_kg" if unit is MassUnit.KG else "weight_lbs"
    weight = row.decimal(weight_key) or None
    load = None if weight is None else row.checked(weight_key, check_load, Load(weight, unit))
    distance_key = "distance_km" if distance_source == "kilometer" else "distance_miles"
    distance = row.decimal(distance_key) or None
    reps = row.checked("reps", check_reps, row.whole("reps") or None)
    seconds = row.checked(
        "duration_seconds", check_seconds, row.decimal("duration_seconds") or None
    )
    rpe = row.checked("rpe", check_rpe, row.decimal("rpe") or None)
    if row.errors or index is None or kind is None:
        if index is None and not row.errors:
            row.fail("set_index", "the set number is missing")
        return None
    return ImportedSet(
        exercise_name=exercise,
        order=index + 1,
        source_row=row.row_number,
        reps=reps,
        load=load,
        seconds=seconds,
        distance_m=None if distance is None else convert(distance, distance_source, "meter"),
        rpe=rpe,
        kind=kind,
        notes=row.text("exercise_notes"),
    )
