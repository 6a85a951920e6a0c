"""The progression engine's answer: the next session, exercise by exercise, with reasons."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backstrong.domain.programs.phases import Phase
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


@dataclass(frozen=True, slots=True)
class NextSession:
    week: int  # 1-based
    index: int  # 0-based within the week
    phase: Phase
    deload: bool
    exercises: tuple[NextExercise, ...]
    warnings: tuple[str, ...]
    education: tuple[str, ...] = ()  # ids of education notes to show now (education.NOTES)
