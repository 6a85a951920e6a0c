"""Training sessions over the API: list, create, read with sets, change, delete."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request, Response, status

from backstrong.entrypoints.web.api.inputs import ReadableDate
from backstrong.entrypoints.web.api.paging import Page, PagingDep, page_counted
from backstrong.entrypoints.web.api.training.schemas import (
    SessionCreate,
    SessionPublic,
    SessionUpdate,
)
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.ports.training import SessionWindow

router = APIRouter(prefix="/sessions", tags=["training"])


@router.get("", response_model=Page[SessionPublic], summary="Your sessions, newest first")
def list_sessions(
    request: Request,
    window: PagingDep,
    container: ContainerDep,
    user: ApiUser,
    first: ReadableDate | None = Query(None, alias="from", description="First day (YYYY-MM-DD)."),
    last: ReadableDate | None = Query(None, alias="to", description="Last day (YYYY-MM-DD)."),
) -> Page[SessionPublic]:
    where = SessionWindow(first, last, window.limit, window.offset)
    found, total = container.training.session_page(user, where)
    return page_counted(request, window, found, total, lambda item: SessionPublic.of(*item))


@router.post("", status_code=status.HTTP_201_CREATED, response_model=SessionPublic)
def create_session(
    body: SessionCreate, response: Response, container: ContainerDep, user: ApiUser
) -> SessionPublic:
    stored, created = container.training.create_session(user, body.session())
    if not created:
        response.status_code = status.HTTP_200_OK
    return SessionPublic.of(stored, 0)


@router.get("/{session_id}", response_model=SessionPublic, summary="One session with its sets")
def get_session(session_id: str, container: ContainerDep, user: ApiUser) -> SessionPublic:
    found = container.training.get_session(user, session_id)
    return SessionPublic.of(found.session, len(found.sets), found.sets)


@router.patch("/{session_id}", response_model=SessionPublic, summary="Change a session")
def update_session(
    session_id: str, body: SessionUpdate, container: ContainerDep, user: ApiUser
) -> SessionPublic:
    changes = body.model_dump(exclude_unset=True)
    changed, count = container.training.update_session(user, session_id, changes)
    return SessionPublic.of(changed, count)


@router.delete(
    "/{session_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a session and its sets",
)
def delete_session(session_id: str, container: ContainerDep, user: ApiUser) -> Response:
    container.training.delete_session(user, session_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
