"""A food diary brought over from another app (MyFitnessPal's nutrition summary, or a plain CSV):
each day's meals as calorie-and-macro entries, and the plan of what importing them adds.

The rules are those of the other imports: a file with unreadable rows is refused (naming them)
unless the person asks to skip them; a meal already imported on a day is a duplicate and is
skipped, so importing the same file again adds nothing; the plan is shown before anything is
stored, and storing is all or nothing. An imported meal is kept like a quick add: one entry per
meal and day with its calories and macros, no food behind it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from backstrong.domain.file_rows import RowProblem as RowProblem
from backstrong.domain.file_rows import refusal_message
from backstrong.domain.nutrition.diary import DiaryEntry, Meal
from backstrong.domain.nutrition.nutrients import Nutrients

FORMATS = ("myfitnesspal", "generic")
IMPORTED_FOOD_ID = "imported-meal"  # like a quick add: an entry without a food behind it
IMPORTED_GRAMS = 100.0  # kept as one 100 g "portion", as a quick add is (*convention*)
SOURCE_NAMES = {"myfitnesspal": "MyFitnessPal", "generic": "Imported"}
GENERIC_HEADER = (
    "date", "meal", "kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g", "source",
)  # fmt: skip


def imported_entry(day: date, meal: Meal, nutrients: Nutrients, source: str) -> DiaryEntry:
    """One meal of one day as the diary keeps it, named after the app it came from."""
    name = f"{SOURCE_NAMES.get(source, 'Imported')} {meal.value}"
    return DiaryEntry(
        day, meal, IMPORTED_FOOD_ID, name, IMPORTED_GRAMS, nutrients, "imported", source
    )


@dataclass(frozen=True, slots=True)
class ParsedDiary:
    """What a file held: its layout, the meals read (one entry per day and meal), the rows that
    could not be read, and what the reading had to guess (``warnings``)."""

    source: str
    entries: tuple[DiaryEntry, ...]
    problems: tuple[RowProblem, ...] = ()
    warnings: tuple[RowProblem, ...] = ()


class DiaryImportRejected(ValueError):
    """Rows could not be read and the person did not ask to skip them: nothing is imported."""

    def __init__(self, problems: tuple[RowProblem, ...]) -> None:
        self.problems = problems
        super().__init__(refusal_message(problems, "unreadable"))


@dataclass(frozen=True, slots=True)
class DiaryImportPlan:
    """What an import would do: the meals it adds, and those it skips and why."""

    source: str
    new: tuple[DiaryEntry, ...]
    duplicates: tuple[DiaryEntry, ...]
    skipped_rows: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...] = ()

    @property
    def added_count(self) -> int:
        return len(self.new)

    @property
    def duplicate_count(self) -> int:
        return len(self.duplicates)

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

    @property
    def skipped_texts(self) -> tuple[str, ...]:
        return tuple(str(problem) for problem in self.skipped_rows)

    @property
    def warning_texts(self) -> tuple[str, ...]:
        return tuple(str(warning) for warning in self.warnings)


def meal_key(entry: DiaryEntry) -> tuple[date, Meal]:
    return (entry.day, entry.meal)


def plan_diary_import(
    parsed: ParsedDiary, imported: Iterable[tuple[date, Meal]], *, skip_invalid: bool = False
) -> DiaryImportPlan:
    """Split the file's meals into new ones and duplicates (a meal of a day that already holds
    an imported meal). Raises DiaryImportRejected for unreadable rows unless ``skip_invalid``."""
    if parsed.problems and not skip_invalid:
        raise DiaryImportRejected(parsed.problems)
    seen = set(imported)
    new: list[DiaryEntry] = []
    duplicates: list[DiaryEntry] = []
    for entry in parsed.entries:
        key = meal_key(entry)
        (duplicates if key in seen else new).append(entry)
        seen.add(key)
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
