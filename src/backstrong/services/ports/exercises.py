"""What the exercise use cases need from outside: stored custom exercises, exercise files on disk
and a drawing of an exercise's positions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from backstrong.domain.exercises.model import Exercise


class CustomExerciseRepository(Protocol):
    def list_for(self, user_id: int) -> list[Mapping[str, Any]]: ...

    def ids_for(self, user_id: int) -> set[str]: ...

    def add(self, user_id: int, exercise_id: str, source: str, data: Mapping[str, Any]) -> None: ...

    def revision(self, user_id: int) -> tuple[int, int]:
        """(count, highest row id): changes whenever the user's exercises change."""
        ...


@dataclass(frozen=True, slots=True)
class SkippedEntry:
    """An entry of an imported file that was well-formed but could not become an exercise."""

    index: int
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class ParsedExercises:
    """The exercises read from another app's file, and what of it had no counterpart here."""

    exercises: tuple[Exercise, ...]
    unmapped: dict[str, set[str]] = field(default_factory=dict)  # field → values with no match
    skipped: tuple[SkippedEntry, ...] = ()


class ExerciseFiles(Protocol):
    """Exercise files on disk (``adapters/files``)."""

    def problems_in(self, path: Path | None) -> list[str]:
        """Every problem in the exercise TOML files at ``path`` (None: the bundled library)."""
        ...

    def read_free_exercise_db(self, path: Path) -> ParsedExercises:
        """A free-exercise-db ``exercises.json``; raises a FieldError naming the entry and field."""
        ...


class FigureDrawer(Protocol):
    def __call__(self, exercise: Exercise) -> str:
        """The exercise's start and end positions as an SVG document."""
        ...
