"""The guided workout: today's plan, the next set, and the summary at the end.

For now a plan is either an ad-hoc list of exercises at their library dose, or a repeat of the
last session; a program will provide plans later through the same :class:`Workout` shape.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.training.sessions import LoggedSet, TrainingSession
from backstrong.domain.training.summary import SessionSummary, summarise_session
from backstrong.domain.training.workout import (
    Dose,
    PlannedExercise,
    Step,
    next_step,
    plan_from_doses,
    plan_from_sets,
)
from backstrong.domain.units import MassUnit
from backstrong.services.training import sessions as training_sessions
from backstrong.services.training import stats as training_stats
from backstrong.services.training.log import check_exercise
from backstrong.services.training.stats import StatsCache
from backstrong.services.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class Workout:
    plan: tuple[PlannedExercise, ...]
    source: str  # "list", "program", "last session" or "" when there is nothing to plan from
    based_on: date | None  # the day of the session repeated
    session: TrainingSession | None  # today's, once anything was logged or checked in
    done: tuple[LoggedSet, ...]  # today's sets, in order
    step: Step | None  # the next planned set, None when the plan is done (or empty)


def dose_of(library: ExerciseLibrary, exercise_id: str) -> Dose:
    """An exercise's default dose from the library: the low end of its ranges."""
    exercise = library.get(exercise_id)
    dosage = exercise.dosage
    return Dose(
        exercise_id,
        dosage.sets,
        reps=None if dosage.reps is None else dosage.reps[0],
        hold_seconds=None if dosage.hold_seconds is None else float(dosage.hold_seconds[0]),
        rest_seconds=dosage.rest_seconds,
        each_side=exercise.unilateral,
    )


def _with_rest(
    plan: tuple[PlannedExercise, ...], library: ExerciseLibrary
) -> tuple[PlannedExercise, ...]:
    rested = []
    for planned in plan:
        exercise = library.find(planned.exercise_id)
        rest = planned.rest_seconds if exercise is None else exercise.dosage.rest_seconds
        rested.append(replace(planned, rest_seconds=rest))
    return tuple(rested)


def todays_workout(
    uow: UnitOfWork,
    user: User,
    library: ExerciseLibrary,
    day: date,
    exercise_ids: Sequence[str] = (),
    prescribed: tuple[PlannedExercise, ...] = (),
) -> Workout:
    """The plan for ``day`` (the given exercises, else a prescribed session such as the program's,
    else last session's) and where it stands."""
    today = training_sessions.day_session(uow, user, day)
    done = today.sets if today is not None else ()
    based_on = None
    if exercise_ids:
        for exercise_id in exercise_ids:
            check_exercise(library, exercise_id)
        plan, source = plan_from_doses(dose_of(library, e) for e in exercise_ids), "list"
    elif prescribed:
        plan, source = prescribed, "program"
    else:
        previous = training_sessions.previous_session(uow, user, day)
        if previous is None:
            plan, source = (), ""
        else:
            performed = [s.performed for s in previous.sets]
            plan, source = _with_rest(plan_from_sets(performed), library), "last session"
            based_on = previous.session.day
    step = next_step(plan, [s.performed for s in done])
    session = today.session if today is not None else None
    return Workout(plan, source, based_on, session, done, step)


def session_summary(
    uow: UnitOfWork,
    user: User,
    session_id: str,
    *,
    unit: MassUnit,
    cache: StatsCache | None = None,
) -> SessionSummary:
    found = training_sessions.get_session(uow, user, session_id)  # NotFound when not theirs
    day = found.session.day
    history = [
        s for s in training_stats.performed_sets(uow, user, cache) if s.performed_at.date() <= day
    ]
    sets = [s.performed for s in found.sets]
    return summarise_session(found.session, sets, history, unit=unit)
