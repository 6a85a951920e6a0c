"""Today's guided workout: the exercises a person picked, else the active program's next session
(adjusted to everything logged before today), else a repeat of the last session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.prescription import NextExercise
from backstrong.domain.training.model import Side
from backstrong.domain.training.workout import PlannedExercise, PlannedSet
from backstrong.services.programs import service as programs
from backstrong.services.training import workout as training_workout
from backstrong.services.unit_of_work import UnitOfWork


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


def program_session_for(
    uow: UnitOfWork, user: User, library: ExerciseLibrary, day: date
) -> tuple[PlannedExercise, ...]:
    """The active program's session for ``day``, or nothing when there is no program."""
    try:
        upcoming = programs.next_up(uow, user, library, today=day, history_before=day)
    except programs.NoProgram:
        return ()
    known = [e for e in upcoming.exercises if e.exercise_id in library]
    return tuple(planned_from(e, library) for e in known)


def todays_workout(
    uow: UnitOfWork,
    user: User,
    library: ExerciseLibrary,
    day: date,
    exercise_ids: Sequence[str] = (),
) -> training_workout.Workout:
    prescribed = () if exercise_ids else program_session_for(uow, user, library, day)
    return training_workout.todays_workout(
        uow, user, library, day, exercise_ids, prescribed=prescribed
    )
