"""How long a logged training session lasted, in total and per exercise, for its energy.

The clock (ended_at − started_at) is used when it is plausible. Otherwise the time is estimated
from the sets: the work of each set (reps × :data:`WORK_SECONDS_PER_REP`, or the hold) plus the
exercise's rest between its sets. The span of a session runs from its first logged set to its
last, so it leaves out the last set itself, and sets typed in one go after training have no span
at all: a clock shorter than the sets' own time is not believed. A clock of more than
:data:`MAX_CLOCK_MINUTES` means sets logged hours apart on one day, not one workout.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from backstrong.domain.nutrition.measurements import InvalidInput

WORK_SECONDS_PER_REP = 3.0  # *convention*: about 1.5 s up and 1.5 s down per rep
UNMEASURED_SET_SECONDS = 30.0  # a set logged with neither reps nor a hold (*convention*)
DEFAULT_REST_SECONDS = 60.0  # rest between sets when the exercise gives none (library default)
MAX_CLOCK_MINUTES = 180.0  # *convention*: longer spans are sets logged apart, not one session
SECONDS_PER_MINUTE = 60.0  # definition


@dataclass(frozen=True, slots=True)
class SetWork:
    """What one logged set says about its length."""

    exercise_id: str
    reps: int | None = None
    hold_seconds: float | None = None  # per rep when reps are given too


@dataclass(frozen=True, slots=True)
class ExerciseTime:
    exercise_id: str
    sets: int
    minutes: float


@dataclass(frozen=True, slots=True)
class SessionTime:
    exercises: tuple[ExerciseTime, ...]  # in the order first done
    from_clock: bool  # False: estimated from the sets

    @property
    def minutes(self) -> float:
        return sum(e.minutes for e in self.exercises)

    @property
    def sets(self) -> int:
        return sum(e.sets for e in self.exercises)


def set_work_seconds(work: SetWork) -> float:
    """Working time of one set: the hold (once per rep when reps are given), else the reps."""
    if work.hold_seconds is not None:
        return work.hold_seconds * (work.reps or 1)
    if work.reps is not None:
        return work.reps * WORK_SECONDS_PER_REP
    return UNMEASURED_SET_SECONDS


def session_time(
    sets: Sequence[SetWork],
    rest_seconds: Mapping[str, float],
    clock_minutes: float | None = None,
) -> SessionTime:
    """Minutes per exercise: the sets' work plus ``rest_seconds[exercise]`` between its sets,
    stretched to ``clock_minutes`` when that clock is believable (see the module's notes)."""
    if clock_minutes is not None and not (math.isfinite(clock_minutes) and clock_minutes >= 0):
        raise InvalidInput("duration", clock_minutes, "must be zero or more minutes")
    seconds: dict[str, float] = {}
    counts: dict[str, int] = {}
    for work in sets:
        seconds[work.exercise_id] = seconds.get(work.exercise_id, 0.0) + set_work_seconds(work)
        counts[work.exercise_id] = counts.get(work.exercise_id, 0) + 1
    for exercise_id, count in counts.items():
        rest = rest_seconds.get(exercise_id, DEFAULT_REST_SECONDS)
        seconds[exercise_id] += max(0, count - 1) * rest
    estimate = sum(seconds.values()) / SECONDS_PER_MINUTE
    clock = clock_minutes if clock_minutes is not None else 0.0
    use_clock = clock_minutes is not None and 0 < estimate <= clock <= MAX_CLOCK_MINUTES
    scale = clock / estimate if use_clock else 1.0
    exercises = tuple(
        ExerciseTime(exercise_id, counts[exercise_id], total / SECONDS_PER_MINUTE * scale)
        for exercise_id, total in seconds.items()
    )
    return SessionTime(exercises, from_clock=use_clock)
