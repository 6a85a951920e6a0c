"""Backstrong's generic training CSV: one row per set, specified in README.md beside this file.

Columns (header required, any order, any case): ``date`` and ``exercise`` (required), then
``workout``, ``set``, ``reps``, ``weight``, ``unit``, ``seconds``, ``rpe``, ``rir``, ``side``,
``warmup``, ``notes``. An unknown column is refused rather than ignored, so a misspelt header
does not silently drop data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TextIO

from backstrong.adapters.files.training.cells import Layout, RowCells
from backstrong.adapters.files.training.csv_table import (
    Source,
    as_source,
    first_line,
    header_key,
    read_table,
)
from backstrong.adapters.files.training.workouts import WorkoutCollector
from backstrong.domain.training.imported import ImportedSet, ParsedImport, RowError, SetKind
from backstrong.domain.training.model import Load, Side
from backstrong.domain.training.validation import (
    check_load,
    check_reps,
    check_rir,
    check_rpe,
    check_seconds,
)
from backstrong.domain.units import MassUnit, parse_mass_unit

COLUMNS = (
    "date",
    "exercise",
    "workout",
    "set",
    "reps",
    "weight",
    "unit",
    "seconds",
    "rpe",
    "rir",
    "side",
    "warmup",
    "notes",
)
REQUIRED = ("date", "exercise")
SIDES = {"left": Side.LEFT, "l": Side.LEFT, "right": Side.RIGHT, "r": Side.RIGHT}
YES = frozenset({"true", "yes", "y", "1", "warmup", "x"})
NO = frozenset({"", "false", "no", "n", "0"})


def parse_generic_csv(text: str | TextIO | Source, *, unit: MassUnit = MassUnit.KG) -> ParsedImport:
    """Workouts from the generic layout; ``unit`` is used for weights whose unit cell is empty."""
    source = as_source(text)
    table = read_table(source, lambda header: all(k in _keys(header) for k in REQUIRED))
    if table is None:
        message = "not a Backstrong training CSV: the header needs at least date and exercise"
        return ParsedImport("generic", (), (RowError(1, "header", first_line(source), message),))
    unknown = [name for name in table.header if header_key(name) not in COLUMNS]
    if unknown:
        accepted = ", ".join(COLUMNS)
        message = f"unknown column; the columns are {accepted}"
        return ParsedImport("generic", (), (RowError(1, "header", unknown[0], message),))
    keys = _keys(table.header)
    columns = {key: keys.index(key) for key in COLUMNS if key in keys}
    layout = Layout(columns, table.header)
    reader = _GenericReader(unit)
    for number, cells in table.rows(reader.errors):
        reader.read(RowCells(number, cells, layout))
    return ParsedImport(
        "generic", reader.workouts.workouts(), tuple(reader.errors), assumed_unit=reader.assumed
    )


def _keys(header: Sequence[str]) -> list[str]:
    return [header_key(name) for name in header]


class _GenericReader:
    def __init__(self, unit: MassUnit) -> None:
        self.unit = unit
        self.assumed: MassUnit | None = None
        self.workouts = WorkoutCollector()
        self.errors: list[RowError] = []

    def read(self, row: RowCells) -> None:
        start = _date(row)
        exercise = row.required("exercise", "exercise name")
        title = row.text("workout") or "Workout"
        number = row.whole("set")
        if number is not None and number < 1:
            row.fail("set", "must be 1 or more")
        imported = self._set(row, exercise)
        if row.errors or start is None or imported is None:
            self.errors.extend(row.errors)
            return
        order = number or self.workouts.next_position(start, title, exercise)
        self.workouts.add(replace(imported, order=order), start=start, title=title)

    def _set(self, row: RowCells, exercise: str) -> ImportedSet | None:
        reps = row.checked("reps", check_reps, row.whole("reps"))
        seconds = row.checked("seconds", check_seconds, row.decimal("seconds"))
        weight = row.decimal("weight")
        load = None
        if weight is not None:
            load = row.checked("weight", check_load, Load(weight, self._unit(row)))
        if reps is None and seconds is None and not row.errors:
            row.fail("reps", "a set needs reps or seconds")
        side = _side(row)
        warmup = _warmup(row)
        if row.errors:
            return None
        return ImportedSet(
            exercise_name=exercise,
            order=1,
            source_row=row.row_number,
            reps=reps,
            load=load,
            seconds=seconds,
            rpe=row.checked("rpe", check_rpe, row.decimal("rpe")),
            rir=row.checked("rir", check_rir, row.whole("rir")),
            side=side,
            kind=SetKind.WARMUP if warmup else SetKind.NORMAL,
            notes=row.text("notes"),
        )

    def _unit(self, row: RowCells) -> MassUnit:
        text = row.text("unit")
        if not text:
            self.assumed = self.unit
            return self.unit
        try:
            return parse_mass_unit(text)
        except ValueError:
            row.fail("unit", "use kg or lb")
            return self.unit


def _date(row: RowCells) -> datetime | None:
    text = row.required("date", "date")
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        row.fail("date", "use an ISO date, like 2026-03-13 or 2026-03-13 07:30")
        return None


def _side(row: RowCells) -> Side | None:
    text = row.text("side").casefold()
    if not text:
        return None
    side = SIDES.get(text)
    if side is None:
        row.fail("side", "use left, right or leave it empty")
    return side


def _warmup(row: RowCells) -> bool:
    text = row.text("warmup").casefold()
    if text not in YES | NO:
        row.fail("warmup", "use yes or no (true/false, 1/0); empty means no")
    return text in YES
