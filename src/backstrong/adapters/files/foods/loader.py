"""Read a foods table (the bundled ``bundled.csv`` or one in the same layout) into ``Food`` values.

Every value is checked on load; a bad one raises ``FoodsFileError`` naming the file, the row (the
line number, header = 1) and the column. The bundled table is read once per process.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path

from backstrong.domain.nutrition.foods import BUNDLED_SOURCE, Food, InvalidFood, Portion
from backstrong.domain.nutrition.nutrients import InvalidNutrients, Nutrients

BUNDLED_FILE = "bundled.csv"
BUNDLED_LICENCE = "AGPL-3.0-or-later"  # authored for Backstrong; ships under the project's licence
COLUMNS = (
    "id", "name", "category", "everyday", "kcal", "protein_g", "fat_g", "carbohydrate_g",
    "fiber_g", "alcohol_g", "density_g_per_ml", "portions", "aliases",
)  # fmt: skip
_TRUE = {"1", "true", "yes", "y"}
_FALSE = {"0", "false", "no", "n"}


class FoodsFileError(ValueError):
    """A foods table that cannot be read; the message names the file, row and column."""


@cache
def _bundled() -> tuple[Food, ...]:
    text = resources.files(__package__).joinpath(BUNDLED_FILE).read_text(encoding="utf-8")
    return tuple(parse_foods_csv(text, BUNDLED_FILE))


def load_bundled_foods() -> list[Food]:
    """The bundled everyday foods (read and checked once, then served from memory)."""
    return list(_bundled())


def read_foods_csv(
    path: Path, source: str = BUNDLED_SOURCE, licence: str | None = None
) -> list[Food]:
    """Foods from a table in the bundled layout at ``path``."""
    return parse_foods_csv(path.read_text(encoding="utf-8"), path.name, source, licence)


def parse_foods_csv(
    text: str, file_name: str, source: str = BUNDLED_SOURCE, licence: str | None = BUNDLED_LICENCE
) -> list[Food]:
    """Foods from CSV text in the bundled layout; ``file_name`` is used in error messages."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in COLUMNS if column not in (reader.fieldnames or ())]
    if missing:
        raise FoodsFileError(f"{file_name}: missing column(s) {', '.join(missing)}")
    foods: list[Food] = []
    seen: dict[str, int] = {}
    for record in reader:
        row = reader.line_num
        cell = _Cells(record, file_name, row)
        food = cell.food(source, licence)
        if food.id in seen:
            cell.fail("id", food.id, f"repeats the id of row {seen[food.id]}")
        seen[food.id] = row
        foods.append(food)
    return foods


class _Cells:
    """The cells of one row, read with errors that say where."""

    def __init__(self, record: dict[str, str | None], file_name: str, row: int) -> None:
        if None in record:
            raise FoodsFileError(f"{file_name} row {row}: more cells than the header has columns")
        self._record = record
        self._where = f"{file_name} row {row}"

    def fail(self, column: str, value: str, problem: str) -> None:
        raise FoodsFileError(f"{self._where}, column '{column}': '{value}' {problem}")

    def text(self, column: str, required: bool = True) -> str:
        value = (self._record.get(column) or "").strip()
        if required and not value:
            self.fail(column, value, "is empty; a value is required")
        return value

    def number(self, column: str, optional: bool = False) -> float | None:
        value = self.text(column, required=not optional)
        if not value:
            return None
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number) or number < 0:
            self.fail(column, value, "is not a number of zero or more")
        return number

    def amount(self, column: str) -> float:
        number = self.number(column)
        assert number is not None  # required columns never come back empty
        return number

    def flag(self, column: str) -> bool:
        value = self.text(column).lower()
        if value not in _TRUE | _FALSE:
            self.fail(column, value, "is not a yes/no value; use 1 or 0")
        return value in _TRUE

    def portions(self) -> tuple[Portion, ...]:
        value = self.text("portions", required=False)
        with self._reported("portions"):
            return tuple(_parse_portion(part) for part in _split(value))

    def food(self, source: str, licence: str | None) -> Food:
        with self._reported("kcal"):
            per_100g = Nutrients(
                self.amount("kcal"),
                self.amount("protein_g"),
                self.amount("fat_g"),
                self.amount("carbohydrate_g"),
                self.amount("fiber_g"),
            )
        self.number("alcohol_g", optional=True)  # documents energy beyond 4P + 9F + 4C only
        food_id, name, category = self.text("id"), self.text("name"), self.text("category")
        portions, everyday = self.portions(), self.flag("everyday")
        aliases = tuple(_split(self.text("aliases", required=False)))
        density = self.number("density_g_per_ml", optional=True)
        with self._reported("id"):
            return Food(
                food_id,
                name,
                per_100g,
                portions,
                aliases,
                category,
                everyday,
                source,
                licence,
                density,
            )

    @contextmanager
    def _reported(self, column: str) -> Iterator[None]:
        try:
            yield
        except (InvalidFood, InvalidNutrients) as error:
            raise FoodsFileError(f"{self._where}, column '{column}': {error}") from None


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def _parse_portion(part: str) -> Portion:
    name, equals, grams = part.partition("=")
    if not equals:
        raise InvalidFood(f"portion '{part}': write it as name=grams, e.g. cup=158")
    try:
        weight = float(grams)
    except ValueError:
        raise InvalidFood(f"portion '{part}': grams '{grams.strip()}' is not a number") from None
    return Portion(name.strip(), weight)
