"""Today's guided workout over the API: the bootstrap of the phone's workout screen."""

from __future__ import annotations

from fastapi import APIRouter, Query

from backstrong.entrypoints.web.api.training.workout_schemas import WorkoutPublic
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep

router = APIRouter(tags=["training"])


@router.get(
    "/workout/today",
    response_model=WorkoutPublic,
    summary="Today's workout: planned sets (holds, sides, rest), last performance, what is done",
)
def workout_today(
    container: ContainerDep,
    user: ApiUser,
    exercise: list[str] = Query(
        [], description="Exercise ids to do instead of the program's session (repeatable)."
    ),
) -> WorkoutPublic:
    training = container.training
    found = training.workout(user, exercise, with_last=True)
    return WorkoutPublic.of(found, training.library(user), training.names(user))
