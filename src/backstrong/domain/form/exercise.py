"""Which exercises the form check knows, and which movement's rules each one uses."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backstrong.domain.errors import FieldError


class Movement(StrEnum):
    SQUAT = "squat"
    HINGE = "hinge"
    BRIDGE = "bridge"


@dataclass(frozen=True, slots=True)
class CheckedExercise:
    """An exercise id as asked (``good-morning``) and the movement whose rules judge it."""

    id: str
    movement: Movement


EXERCISES: dict[str, Movement] = {
    "squat": Movement.SQUAT,
    "hinge": Movement.HINGE,
    "good-morning": Movement.HINGE,
    "deadlift": Movement.HINGE,
    "romanian-deadlift": Movement.HINGE,
    "bridge": Movement.BRIDGE,
}


class UnknownFormExercise(FieldError):
    """An exercise the form check cannot judge; the message lists those it can."""

    def __init__(self, value: object) -> None:
        super().__init__("exercise", value, f"checkable exercises are {', '.join(EXERCISES)}")
        self.args = (f"exercise: {value!r} is not checkable; accepted: {', '.join(EXERCISES)}",)


def checked_exercise(exercise_id: str) -> CheckedExercise:
    """The exercise for an id such as ``squat`` or ``romanian-deadlift``."""
    movement = EXERCISES.get(exercise_id)
    if movement is None:
        raise UnknownFormExercise(exercise_id)
    return CheckedExercise(id=exercise_id, movement=movement)
