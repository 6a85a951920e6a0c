"""The progression engine's answer: the next session, exercise by exercise, with reasons."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from backstrong.domain.programs.phases import Phase
from backstrong.domain.programs.plan import load_to_dict
from backstrong.domain.training.model import Load

Range = tuple[int, int]


class Change(StrEnum):
    """What changed against the last time the exercise was done."""

    START = "start"  # no history yet
    REPEAT = "repeat"  # same load and targets
    MORE_REPS = "more-reps"
    LONGER_HOLDS = "longer-holds"
    LOAD_UP = "load-up"
    NEW_RANGE = "new-range"  # a new phase's rep range: load set from the e1RM
    HARDER_VARIANT = "harder-variant"
    LOAD_DOWN = "load-down"  # pain: 10–20 % lighter
    EASIER_VARIANT = "easier-variant"
    DELOAD = "deload"  # two missed targets in a row: 10 % lighter
    RESUME = "resume"  # back after a break: 10 % lighter


@dataclass(frozen=True, slots=True)
class NextExercise:
    """``exercise_id`` may differ from ``planned_exercise_id`` when the person has moved to a
    harder or easier variant. ``target_*`` is what to aim for in every set this time."""

    exercise_id: str
    planned_exercise_id: str
    sets: int
    reps: Range | None
    hold_seconds: Range | None
    target_reps: int | None
    target_hold_seconds: int | None
    load: Load | None
    rest_seconds: int
    e1rm: Load | None
    change: Change
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "exercise_id": self.exercise_id,
            "planned_exercise_id": self.planned_exercise_id,
            "sets": self.sets,
            "reps": None if self.reps is None else list(self.reps),
            "hold_seconds": None if self.hold_seconds is None else list(self.hold_seconds),
            "target_reps": self.target_reps,
            "target_hold_seconds": self.target_hold_seconds,
            "load": None if self.load is None else load_to_dict(self.load),
            "rest_seconds": self.rest_seconds,
            "e1rm": None if self.e1rm is None else load_to_dict(self.e1rm),
            "change": self.change.value,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class NextSession:
    week: int  # 1-based
    index: int  # 0-based within the week
    phase: Phase
    deload: bool
    exercises: tuple[NextExercise, ...]
    warnings: tuple[str, ...]
    education: tuple[str, ...] = ()  # ids of education notes to show now (education.NOTES)

    def to_dict(self) -> dict[str, Any]:
        return {
            "week": self.week,
            "index": self.index,
            "phase": self.phase.value,
            "deload": self.deload,
            "exercises": [e.to_dict() for e in self.exercises],
            "warnings": list(self.warnings),
            "education": list(self.education),
        }
