"""Training sessions over the API: list, create, read with sets, change, delete."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Response, status

from backstrong.domain.training.sessions import TrainingSession, new_id
from backstrong.domain.training.validation import TrainingValueError
from backstrong.entrypoints.web.api.training.schemas import (
    SessionCreate,
    SessionPublic,
    SessionUpdate,
    value_error,
)
from backstrong.entrypoints.web.api.training.sets import not_found
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.errors import NotFound
from backstrong.services.training import sessions as training_sessions
from backstrong.services.training.mapping import history_item, session_to_mapping

router = APIRouter(prefix="/sessions", tags=["training"])


def _public(session: TrainingSession, count: int, sets: list[Any] | None = None) -> dict[str, Any]:
    item = session_to_mapping(session)
    item.update(day=session.day.isoformat(), set_count=count, sets=sets)
    return item


@router.get("", response_model=list[SessionPublic], summary="Your sessions, oldest first")
def list_sessions(
    container: ContainerDep,
    user: ApiUser,
    first: date | None = Query(None, alias="from", description="First day (YYYY-MM-DD)."),
    last: date | None = Query(None, alias="to", description="Last day (YYYY-MM-DD)."),
) -> list[dict[str, Any]]:
    found = training_sessions.list_sessions(container.uow(), user, first=first, last=last)
    return [_public(session, count) for session, count in found]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=SessionPublic)
def create_session(
    body: SessionCreate, response: Response, container: ContainerDep, user: ApiUser
) -> dict[str, Any]:
    session = TrainingSession(
        id=body.id or new_id(),
        started_at=body.started_at or datetime.now(UTC),
        ended_at=body.ended_at,
        title=body.title,
        program_session=body.program_session,
        notes=body.notes,
        pain_before=body.pain_before,
        pain_after=body.pain_after,
        pain_next_morning=body.pain_next_morning,
    )
    try:
        stored, created = training_sessions.create_session(container.uow(), user, session)
    except TrainingValueError as exc:
        raise value_error(exc) from exc
    if not created:
        response.status_code = status.HTTP_200_OK
    return _public(stored, 0)


@router.get("/{session_id}", response_model=SessionPublic, summary="One session with its sets")
def get_session(session_id: str, container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    try:
        found = training_sessions.get_session(container.uow(), user, session_id)
    except NotFound as exc:
        raise not_found(exc) from exc
    sets = [history_item(s) for s in found.sets]
    return _public(found.session, len(sets), sets)


@router.patch("/{session_id}", response_model=SessionPublic, summary="Change a session")
def update_session(
    session_id: str, body: SessionUpdate, container: ContainerDep, user: ApiUser
) -> dict[str, Any]:
    changes = body.model_dump(exclude_unset=True)
    if changes.get("started_at", ...) is None:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, "started_at cannot be cleared, only changed"
        )
    try:
        changed = training_sessions.update_session(container.uow(), user, session_id, changes)
    except NotFound as exc:
        raise not_found(exc) from exc
    except TrainingValueError as exc:
        raise value_error(exc) from exc
    counts = training_sessions.list_sessions(
        container.uow(), user, first=changed.day, last=changed.day
    )
    count = next((n for s, n in counts if s.id == changed.id), 0)
    return _public(changed, count)


@router.delete(
    "/{session_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a session and its sets",
)
def delete_session(session_id: str, container: ContainerDep, user: ApiUser) -> Response:
    try:
        training_sessions.delete_session(container.uow(), user, session_id)
    except NotFound as exc:
        raise not_found(exc) from exc
    return Response(status_code=status.HTTP_204_NO_CONTENT)
