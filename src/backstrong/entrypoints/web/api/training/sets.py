"""Logged sets over the API: idempotent writes (the client's UUID), reads, quick entry."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Response, status

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.training.quick_entry import QuickEntryError, parse_quick_entry
from backstrong.domain.training.validation import TrainingValueError
from backstrong.domain.units import MassUnit
from backstrong.entrypoints.web.api.errors import field_error
from backstrong.entrypoints.web.api.training.schemas import (
    QuickEntryCreate,
    SetCreate,
    SetPublic,
    value_error,
)
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.errors import NotFound
from backstrong.services.ports.training import SetFilter
from backstrong.services.training import log as training_log
from backstrong.services.training import names as training_names
from backstrong.services.training.mapping import history_item

router = APIRouter(tags=["training"])
MAX_LISTED = 10_000  # sets per request; filter by exercise or session for more


def library_of(container: ContainerDep, user: User) -> ExerciseLibrary:
    return container.exercises.library_for(user)


def not_found(exc: NotFound) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, str(exc))


@router.post(
    "/sets",
    status_code=status.HTTP_201_CREATED,
    response_model=SetPublic,
    summary="Log a set (201 the first time, 200 when the same id and content come again)",
)
def create_set(
    body: SetCreate, response: Response, container: ContainerDep, user: ApiUser
) -> dict[str, Any]:
    request = training_log.SetRequest(
        body.id, body.performed(), body.session_id, body.notes, body.performed_at is not None
    )
    try:
        logged, created = training_log.record_set(
            container.uow(), user, library_of(container, user), request
        )
    except TrainingValueError as exc:
        raise value_error(exc) from exc
    except training_log.SetConflict as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    except NotFound as exc:
        raise field_error("session_id", str(exc), body.session_id) from exc
    if not created:
        response.status_code = status.HTTP_200_OK
    return history_item(logged)


@router.get("/sets", response_model=list[SetPublic], summary="Your sets, oldest first")
def list_sets(
    container: ContainerDep,
    user: ApiUser,
    exercise_id: str | None = None,
    session_id: str | None = None,
    limit: int = Query(1000, ge=1, le=MAX_LISTED),
    newest_first: bool = False,
) -> list[dict[str, Any]]:
    where = SetFilter(
        exercise_id=exercise_id, session_id=session_id, limit=limit, newest_first=newest_first
    )
    return [history_item(s) for s in training_log.history(container.uow(), user, where)]


@router.get("/sets/{set_id}", response_model=SetPublic, summary="One set")
def get_set(set_id: str, container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    try:
        return history_item(training_log.get_set(container.uow(), user, set_id))
    except NotFound as exc:
        raise not_found(exc) from exc


@router.delete("/sets/{set_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a set")
def delete_set(set_id: str, container: ContainerDep, user: ApiUser) -> Response:
    try:
        training_log.delete_set(container.uow(), user, set_id)
    except NotFound as exc:
        raise not_found(exc) from exc
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/quick-entries",
    status_code=status.HTTP_201_CREATED,
    response_model=list[SetPublic],
    summary='Log sets from one line of text, e.g. "deadlift 3x12@60kg rpe8"',
)
def quick_entry(body: QuickEntryCreate, container: ContainerDep, user: ApiUser) -> list[Any]:
    try:
        entry = parse_quick_entry(body.text, default_unit=MassUnit(user.unit))
    except QuickEntryError as exc:
        raise field_error("text", str(exc), body.text) from exc
    library = library_of(container, user)
    exercise_id = body.exercise_id or _clear_match(library, entry.name_text)
    when = body.performed_at or datetime.now(UTC)
    try:
        logged = training_log.log_entry(container.uow(), user, library, entry, exercise_id, when)
    except TrainingValueError as exc:
        raise value_error(exc) from exc
    return [history_item(s) for s in logged]


def _clear_match(library: ExerciseLibrary, name: str) -> str:
    found = training_names.candidates(library, name)
    if training_names.is_clear(found):
        return found[0].exercise_id
    if not found:
        message = f"exercise '{name}': nothing in your library matches"
    else:
        shown = ", ".join(c.exercise_id for c in found)
        message = f"exercise '{name}' could be {shown}: send exercise_id to choose"
    raise field_error("exercise_id", message, name)
