"""Reading a food diary exported by another app: MyFitnessPal's nutrition summary (one row per
meal and day: ``Date``, ``Meal``, ``Calories``, ``Fat (g)``, ``Carbohydrates (g)``,
``Protein (g)``, ``Fiber`` and more), Cronometer's servings (one row per food: ``Day``,
``Group``, ``Food Name``, ``Energy (kcal)``, ``Protein (g)``, ``Carbs (g)``, ``Fat (g)``,
``Fiber (g)`` and more), or the generic layout (``date,meal,kcal,protein_g,fat_g,
carbohydrate_g,fiber_g[,source]``, also what a reviewed web import is carried as).

The encoding and the delimiter are detected (charset-normalizer, the csv sniffer); dates are
ISO (``2026-01-05``), as both layouts write them. Rows of one meal and day are added together;
a meal name other than breakfast, lunch, dinner or snacks (a renamed MyFitnessPal meal) is kept
under snacks, with a warning. A meal with no calories and no macros is left out (an empty meal
in the summary), not refused.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from datetime import date
from typing import BinaryIO

from backstrong.adapters.files.text_input import text_stream, undecodable
from backstrong.adapters.files.training.csv_table import Source, first_line, header_key, read_table
from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.diary import Meal
from backstrong.domain.nutrition.diary_import import (
    FORMATS,
    ParsedDiary,
    RowProblem,
    imported_entry,
)
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.domain.training.imported import RowError

# The column of each measure, by the names the layouts give it (compared by header_key).
COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("date", "day"),
    "meal": ("meal", "group"),
    "kcal": ("kcal", "calories", "energy (kcal)"),
    "protein_g": ("protein_g", "protein (g)", "protein"),
    "fat_g": ("fat_g", "fat (g)", "fat", "total fat (g)"),
    "carbohydrate_g": ("carbohydrate_g", "carbohydrates (g)", "carbohydrates", "carbs (g)"),
    "fiber_g": ("fiber_g", "fiber", "fiber (g)", "fibre", "fibre (g)"),
    "source": ("source",),
}
REQUIRED = ("date", "meal", "kcal")
MAX_MEAL_KCAL = 20_000.0  # one meal above this is a misread column (*convention*)
_MEALS = {"breakfast", "lunch", "dinner", "snack", "snacks"}


def read_diary(data: bytes | BinaryIO, fmt: str | None = None, name: str = "file") -> ParsedDiary:
    """The meals in ``data`` (bytes, or a seekable binary file read from its start as a stream);
    ``fmt`` names the layout (guessed from the header when None). Raises FieldError for a file
    of no known layout, or whose bytes fit no text encoding."""
    if fmt is not None and fmt not in FORMATS:
        raise FieldError("format", fmt, "use one of " + ", ".join(FORMATS))
    binary = io.BytesIO(data) if isinstance(data, bytes) else data
    binary.seek(0)
    stream = text_stream(binary, name)
    try:
        return _read(Source(stream, name), fmt)
    except UnicodeDecodeError as error:
        raise undecodable(error, name, "in the file") from None
    finally:
        stream.detach()


def _read(source: Source, fmt: str | None) -> ParsedDiary:
    table = read_table(source, lambda header: _columns(header) is not None)
    if table is None:
        raise FieldError(
            "file",
            first_line(source)[:60],
            "not a known food diary layout: MyFitnessPal's nutrition summary (Date, Meal, "
            "Calories, …), Cronometer's servings (Day, Group, Energy (kcal), …) or a CSV with "
            "date, meal and kcal columns",
        )
    columns = _columns(table.header)
    assert columns is not None
    layout = fmt or _layout({header_key(h) for h in table.header})
    totals: dict[tuple[date, Meal], list[float]] = {}
    sources: dict[tuple[date, Meal], str] = {}
    problems: list[RowProblem] = []
    renamed: dict[str, int] = {}
    errors: list[RowError] = []
    for number, cells in table.rows(errors):
        try:
            day, meal, values, origin = _row(cells, columns, table.header)
        except _Unreadable as exc:
            problems.append(RowProblem(number, exc.field, exc.value, exc.why))
            continue
        if not any(values):
            continue  # an empty meal in the summary
        if cells[columns["meal"]].strip().casefold() not in _MEALS:
            renamed.setdefault(cells[columns["meal"]].strip(), number)
        key = (day, meal)
        totals[key] = [a + b for a, b in zip(totals.get(key, [0.0] * 5), values, strict=True)]
        sources.setdefault(key, origin or layout)
    problems += [RowProblem(e.row_number, e.field, e.value, e.message) for e in errors]
    entries = []
    order = list(Meal)  # breakfast, lunch, dinner, snacks: each day as it was eaten
    for (day, meal), values in sorted(
        totals.items(), key=lambda i: (i[0][0], order.index(i[0][1]))
    ):
        nutrients = Nutrients(*values)
        entries.append(imported_entry(day, meal, nutrients, sources[(day, meal)]))
    warnings = tuple(
        RowProblem(row, "Meal", meal_name, "not breakfast, lunch, dinner or snacks: kept as snacks")
        for meal_name, row in renamed.items()
    )
    return ParsedDiary(layout, tuple(entries), tuple(problems), warnings)


def _layout(keys: set[str]) -> str:
    if "group" in keys or "food name" in keys:
        return "cronometer"
    return "generic" if "kcal" in keys else "myfitnesspal"


def _columns(header: Sequence[str]) -> dict[str, int] | None:
    keys = [header_key(cell) for cell in header]
    found = {}
    for measure, names in COLUMNS.items():
        at = next((keys.index(n) for n in names if n in keys), None)
        if at is not None:
            found[measure] = at
    return found if all(r in found for r in REQUIRED) else None


class _Unreadable(ValueError):
    def __init__(self, field: str, value: str, why: str) -> None:
        super().__init__(why)
        self.field, self.value, self.why = field, value, why


def _row(
    cells: list[str], columns: dict[str, int], header: Sequence[str]
) -> tuple[date, Meal, list[float], str]:
    if len(cells) <= max(columns.values()):
        raise _Unreadable("row", ",".join(cells)[:40], "too few columns")
    text = cells[columns["date"]].strip()
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise _Unreadable(header[columns["date"]], text, "a date like 2026-01-05") from None
    meal = _meal(cells[columns["meal"]].strip(), header[columns["meal"]])
    values = [
        _number(cells, columns, header, measure)
        for measure in ("kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g")
    ]
    origin = cells[columns["source"]].strip() if "source" in columns else ""
    return day, meal, values, origin if origin in FORMATS else ""


def _meal(text: str, column: str) -> Meal:
    if not text:
        raise _Unreadable(column, text, "a meal name, such as breakfast")
    if text.casefold() in _MEALS:
        return Meal.parse(text)
    return Meal.SNACKS


def _number(
    cells: list[str], columns: dict[str, int], header: Sequence[str], measure: str
) -> float:
    if measure not in columns:
        return 0.0
    text = cells[columns[measure]].strip()
    if not text:
        return 0.0
    try:
        # "1,234.5" (thousands) or "12,5" (a decimal comma)
        value = float(text.replace(",", "") if "." in text else text.replace(",", "."))
    except ValueError:
        value = math.nan
    upper = MAX_MEAL_KCAL if measure == "kcal" else MAX_MEAL_KCAL / 4
    if not (math.isfinite(value) and 0 <= value <= upper):
        why = f"a number from 0 to {upper:,.0f}"
        raise _Unreadable(header[columns[measure]], text, why)
    return value
