"""What the nutrition use cases need from outside: storage (profiles, a person's own foods, the
diary), food files to import, and each person's exercise library (for training energy)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.nutrition.diary import DiaryEntry, Meal
from backstrong.domain.nutrition.food_ranking import FoodUsage
from backstrong.domain.nutrition.foods import Food
from backstrong.domain.nutrition.profile import NutritionProfile
from backstrong.domain.nutrition.recipes import Recipe


@dataclass(frozen=True, slots=True)
class LoggedEntry:
    """A diary entry as stored: its id (for changing or deleting it) and the entry."""

    id: int
    entry: DiaryEntry


class NutritionProfileRepository(Protocol):
    def get(self, user_id: int) -> NutritionProfile | None: ...

    def save(self, user_id: int, profile: NutritionProfile) -> None: ...


class CustomFoodRepository(Protocol):
    def list_for(self, user_id: int) -> list[Food]: ...

    def ids_for(self, user_id: int) -> set[str]: ...

    def add_many(self, user_id: int, foods: Iterable[Food]) -> int:
        """Store ``foods`` (none of whose ids the user has yet); returns how many."""
        ...

    def count_by_source(self, user_id: int) -> dict[str, int]: ...

    def get(self, user_id: int, food_id: str) -> Food | None: ...

    def delete(self, user_id: int, food_id: str) -> bool:
        """Remove one of the person's foods (its diary entries keep what was logged)."""
        ...

    def revision(self, user_id: int) -> tuple[int, int]:
        """(count, highest row id): changes whenever the user's foods change."""
        ...


class RecipeRepository(Protocol):
    def page(self, user_id: int, limit: int, offset: int) -> tuple[list[Recipe], int]: ...

    def get(self, user_id: int, food_id: str) -> Recipe | None: ...

    def save(self, user_id: int, recipe: Recipe) -> None: ...

    def delete(self, user_id: int, food_id: str) -> bool: ...


class DiaryEntryRepository(Protocol):
    def add(self, user_id: int, entry: DiaryEntry) -> LoggedEntry: ...

    def get(self, user_id: int, entry_id: int) -> LoggedEntry | None: ...

    def for_day(self, user_id: int, day: date) -> list[LoggedEntry]: ...

    def add_many(self, user_id: int, entries: Iterable[DiaryEntry]) -> int:
        """Store many entries at once, in this order (a restored backup); returns how many."""
        ...

    def meals_with(self, user_id: int, food_id: str) -> set[tuple[date, Meal]]:
        """The (day, meal) of every entry of ``food_id`` (imported meals: one query, no rows)."""
        ...

    def all_for(self, user_id: int) -> list[LoggedEntry]:
        """Every entry of the person's diary, by day and then in the order logged (the backup)."""
        ...

    def replace(self, user_id: int, entry_id: int, entry: DiaryEntry) -> LoggedEntry | None: ...

    def delete(self, user_id: int, entry_id: int) -> bool: ...

    def food_usage(self, user_id: int, since: date) -> dict[str, FoodUsage]:
        """Each food the person logged on or after ``since``: how often, and the last day."""
        ...

    def daily_kcal(self, user_id: int, start: date, end: date) -> dict[date, float]:
        """Logged energy per day from ``start`` to ``end`` inclusive (days without entries are
        absent)."""
        ...


class DiaryDayRepository(Protocol):
    def marks(self, user_id: int, start: date, end: date) -> Mapping[date, bool]:
        """The days the person marked complete (True) or incomplete (False)."""
        ...

    def mark(self, user_id: int, day: date, complete: bool | None) -> None:
        """Mark ``day`` complete or incomplete; None removes the mark."""
        ...


class SkippedFood(Protocol):
    @property
    def ref(self) -> str:
        """Where the food is in the file ("food.csv row 12 (fdc_id 1234)")."""
        ...

    @property
    def reason(self) -> str: ...


class FoodFile(Protocol):
    """Foods read from a file, with those left out and why."""

    @property
    def foods(self) -> Sequence[Food]: ...

    @property
    def skipped(self) -> Sequence[SkippedFood]: ...

    @property
    def warnings(self) -> Sequence[str]: ...


FoodFileReader = Callable[[Path], FoodFile]
"""Reads a food table (USDA FoodData Central or SR28); raises FieldError for an unusable file."""


class ExerciseLibraries(Protocol):
    """Each person's exercise library (bundled plus their own): training energy needs each
    exercise's MET and rest."""

    def library_for(self, user: User) -> ExerciseLibrary: ...
