"""Collecting parsed sets into workouts, in the order the file gives them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from backstrong.domain.training.imported import ImportedSet, ImportedWorkout


@dataclass(slots=True)
class _Draft:
    title: str
    start: datetime
    end: datetime | None = None
    notes: str = ""
    sets: list[ImportedSet] = field(default_factory=list)
    positions: dict[str, int] = field(default_factory=dict)


class WorkoutCollector:
    """Workouts keyed by start and title; the first end time and notes seen are kept."""

    def __init__(self) -> None:
        self._drafts: dict[tuple[datetime, str], _Draft] = {}

    def next_position(self, start: datetime, title: str, exercise_name: str) -> int:
        """1 for the first set of an exercise in that workout, 2 for the next, …"""
        draft = self._drafts.get((start, title))
        return 1 if draft is None else draft.positions.get(exercise_name, 0) + 1

    def add(
        self,
        imported: ImportedSet,
        *,
        start: datetime,
        title: str,
        end: datetime | None = None,
        notes: str = "",
    ) -> None:
        draft = self._drafts.get((start, title))
        if draft is None:
            draft = self._drafts[(start, title)] = _Draft(title, start)
        draft.end = draft.end or end
        draft.notes = draft.notes or notes
        draft.sets.append(imported)
        name = imported.exercise_name
        draft.positions[name] = draft.positions.get(name, 0) + 1

    def workouts(self) -> tuple[ImportedWorkout, ...]:
        return tuple(
            ImportedWorkout(d.title, d.start, d.end, d.notes, tuple(d.sets))
            for d in self._drafts.values()
        )
