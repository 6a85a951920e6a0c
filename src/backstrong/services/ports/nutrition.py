"""What the nutrition use cases need from storage: profiles, a person's own foods, the diary."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from backstrong.domain.nutrition.diary import DiaryEntry
from backstrong.domain.nutrition.foods import Food
from backstrong.domain.nutrition.profile import NutritionProfile


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

    def revision(self, user_id: int) -> tuple[int, int]:
        """(count, highest row id): changes whenever the user's foods change."""
        ...


class DiaryEntryRepository(Protocol):
    def add(self, user_id: int, entry: DiaryEntry) -> LoggedEntry: ...

    def get(self, user_id: int, entry_id: int) -> LoggedEntry | None: ...

    def for_day(self, user_id: int, day: date) -> list[LoggedEntry]: ...

    def replace(self, user_id: int, entry_id: int, entry: DiaryEntry) -> LoggedEntry | None: ...

    def delete(self, user_id: int, entry_id: int) -> bool: ...

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
