"""Today's guided workout over the API: the bootstrap of the phone's workout screen."""

from __future__ import annotations

import re

from fastapi import APIRouter, Query

from backstrong.entrypoints.web.api.training.workout_schemas import WorkoutPublic
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep

router = APIRouter(tags=["training"])
SESSION_KEY = re.compile(r"^week-([1-9][0-9]{0,2})/session-([1-9][0-9]?)$")


def session_position(key: str | None) -> tuple[int, int] | None:
    """ "week-3/session-2" → (3, 1): the week, and the session's 0-based index in it."""
    found = SESSION_KEY.match(key or "")
    return None if found is None else (int(found[1]), int(found[2]) - 1)


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
    session: str | None = Query(
        None,
        pattern=SESSION_KEY.pattern,
        description="A session of your program instead of its next one.",
        examples=["week-3/session-2"],
    ),
) -> WorkoutPublic:
    training = container.training
    found = training.workout(user, exercise, with_last=True, session=session_position(session))
    return WorkoutPublic.of(found, training.library(user), training.names(user))
