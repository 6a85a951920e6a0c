"""A food diary brought over from another app (MyFitnessPal's nutrition summary, Cronometer's
servings, or a plain CSV):
each day's meals as calorie-and-macro entries, and the plan of what importing them adds.

The rules are those of the other imports: a file with unreadable rows is refused (naming them)
unless the person asks to skip them; a meal already imported on a day is a duplicate and is
skipped, so importing the same file again adds nothing; the plan is shown before anything is
stored, and storing is all or nothing. An imported meal is kept like a quick add: one entry per
meal and day with its calories and macros, no food behind it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from backstrong.domain.file_rows import FilePlan, ParsedFile, RowsRejected, split_new
from backstrong.domain.file_rows import RowProblem as RowProblem
from backstrong.domain.nutrition.diary import DiaryEntry, Meal
from backstrong.domain.nutrition.nutrients import Nutrients

FORMATS = ("myfitnesspal", "cronometer", "generic")
IMPORTED_FOOD_ID = "imported-meal"  # like a quick add: an entry without a food behind it
IMPORTED_GRAMS = 100.0  # kept as one 100 g "portion", as a quick add is (*convention*)
SOURCE_NAMES = {"myfitnesspal": "MyFitnessPal", "cronometer": "Cronometer", "generic": "Imported"}
GENERIC_HEADER = (
    "date", "meal", "kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g", "source",
)  # fmt: skip


def imported_entry(day: date, meal: Meal, nutrients: Nutrients, source: str) -> DiaryEntry:
    """One meal of one day as the diary keeps it, named after the app it came from."""
    name = f"{SOURCE_NAMES.get(source, 'Imported')} {meal.value}"
    return DiaryEntry(
        day, meal, IMPORTED_FOOD_ID, name, IMPORTED_GRAMS, nutrients, "imported", source
    )


class ParsedDiary(ParsedFile[DiaryEntry]):
    """The meals a file held, one entry per day and meal (see ``ParsedFile``)."""

    __slots__ = ()


class DiaryImportRejected(RowsRejected):
    """Rows could not be read and the person did not ask to skip them: nothing is imported."""


class DiaryImportPlan(FilePlan[DiaryEntry]):
    """What an import would do: the meals it adds, and those it skips and why."""

    __slots__ = ()

    @property
    def day_count(self) -> int:
        return len({e.day for e in self.new})

    @property
    def kcal(self) -> float:
        return sum(e.nutrients.kcal for e in self.new)

    @property
    def first(self) -> date | None:
        return min((e.day for e in self.new), default=None)

    @property
    def last(self) -> date | None:
        return max((e.day for e in self.new), default=None)


def meal_key(entry: DiaryEntry) -> tuple[date, Meal]:
    return (entry.day, entry.meal)


def plan_diary_import(
    parsed: ParsedFile[DiaryEntry],
    imported: Iterable[tuple[date, Meal]],
    *,
    skip_invalid: bool = False,
) -> DiaryImportPlan:
    """Split the file's meals into new ones and duplicates (a meal of a day that already holds
    an imported meal). Raises DiaryImportRejected for unreadable rows unless ``skip_invalid``."""
    new, duplicates = split_new(
        parsed, imported, meal_key, DiaryImportRejected, skip_invalid=skip_invalid
    )
    return DiaryImportPlan(
        parsed.source, tuple(new), tuple(duplicates), parsed.problems, parsed.warnings
    )


def as_generic_csv(entries: Iterable[DiaryEntry]) -> str:
    """Meals in the generic layout: what a reviewed plan is carried as until it is confirmed."""
    lines = [",".join(GENERIC_HEADER)]
    for e in entries:
        n = e.nutrients
        values = (n.kcal, n.protein_g, n.fat_g, n.carbohydrate_g, n.fiber_g)
        numbers = [f"{v:g}" for v in values]
        lines.append(",".join([e.day.isoformat(), e.meal.value, *numbers, e.text]))
    return "\n".join(lines) + "\n"
