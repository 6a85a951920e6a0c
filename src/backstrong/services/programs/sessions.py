"""Small helpers of the program use cases: a prescribed exercise as the guided workout walks
it, what changes next time, and the first day of a calendar."""

from __future__ import annotations

from datetime import date, timedelta

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.describe import CHANGE_LABELS, next_text
from backstrong.domain.programs.prescription import NextExercise, NextSession
from backstrong.domain.training.workout import NextTime, PlannedExercise, prescribed_sets

DAYS_PER_WEEK = 7


def next_monday(day: date) -> date:
    return day + timedelta(days=(DAYS_PER_WEEK - day.weekday()) % DAYS_PER_WEEK or DAYS_PER_WEEK)


def planned_from(exercise: NextExercise, library: ExerciseLibrary) -> PlannedExercise:
    """One prescribed exercise as the guided workout walks it: the same numbers the plan shows
    (holds as holds, left and right when one-sided)."""
    known = library.find(exercise.exercise_id)
    hold = None if exercise.target_hold_seconds is None else float(exercise.target_hold_seconds)
    sets = prescribed_sets(
        exercise.sets,
        exercise.target_reps,
        hold,
        each_side=known is not None and known.unilateral,
        load=exercise.load,
    )
    return PlannedExercise(exercise.exercise_id, sets, exercise.rest_seconds)


def next_times(upcoming: NextSession, library: ExerciseLibrary) -> tuple[NextTime, ...]:
    """The plan's next session as the workout summary shows it: per exercise, what the rules
    changed (heavier, same, easier version …), the new target and why."""
    out = []
    for item in upcoming.exercises:
        known = library.find(item.exercise_id)
        unilateral = known is not None and known.unilateral
        what = next_text(item, unilateral)
        out.append(NextTime(item.exercise_id, CHANGE_LABELS[item.change], what, item.reason))
    return tuple(out)
