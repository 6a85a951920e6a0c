"""Small helpers of the program use cases: a prescribed exercise as the guided workout walks
it, and the first day of a calendar."""

from __future__ import annotations

from datetime import date, timedelta

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.prescription import NextExercise
from backstrong.domain.training.model import Side
from backstrong.domain.training.workout import PlannedExercise, PlannedSet

DAYS_PER_WEEK = 7


def next_monday(day: date) -> date:
    return day + timedelta(days=(DAYS_PER_WEEK - day.weekday()) % DAYS_PER_WEEK or DAYS_PER_WEEK)


def planned_from(exercise: NextExercise, library: ExerciseLibrary) -> PlannedExercise:
    """One prescribed exercise as the guided workout walks it (left and right when one-sided)."""
    known = library.find(exercise.exercise_id)
    sides: tuple[Side | None, ...] = (
        (Side.LEFT, Side.RIGHT) if known is not None and known.unilateral else (None,)
    )
    one = [
        PlannedSet(
            reps=exercise.target_reps,
            load=exercise.load,
            hold_seconds=exercise.target_hold_seconds,
            side=side,
        )
        for side in sides
    ]
    return PlannedExercise(exercise.exercise_id, tuple(one * exercise.sets), exercise.rest_seconds)
