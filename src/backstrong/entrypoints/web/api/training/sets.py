"""Logged sets over the API: idempotent writes (the client's UUID), reads, quick entry."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response, status

from backstrong.entrypoints.web.api.errors import field_error
from backstrong.entrypoints.web.api.paging import Page, next_url
from backstrong.entrypoints.web.api.query import query_parameters, read_query
from backstrong.entrypoints.web.api.responses import json_response
from backstrong.entrypoints.web.api.training.schemas import (
    QuickEntryCreate,
    SetCreate,
    SetPublic,
    SetsQuery,
    set_json,
)
from backstrong.entrypoints.web.api.training.stamped import stamped_json
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.ports.training import SetFilter
from backstrong.services.training.log import Ambiguous

router = APIRouter(tags=["training"])


@router.post(
    "/sets",
    status_code=status.HTTP_201_CREATED,
    response_model=SetPublic,
    summary="Log a set (201 the first time, 200 when the same id and content come again)",
)
def create_set(body: SetCreate, container: ContainerDep, user: ApiUser) -> Response:
    logged, created = container.training.record_set(user, body.request())
    answer = status.HTTP_201_CREATED if created else status.HTTP_200_OK
    return json_response(set_json(logged), answer)


@router.get(
    "/sets",
    response_model=Page[SetPublic],
    summary="Your sets, newest first, a page at a time",
    openapi_extra=query_parameters(SetsQuery),
)
async def list_sets(request: Request, container: ContainerDep, user: ApiUser) -> Response:
    """A page is kept, serialised, under the log's stamp (``stamped.py``); the query
    parameters are one model, read in one validation (figure ``history_page_50_vs_me``)."""
    query = read_query(request, SetsQuery)
    training = container.training
    window = query.window
    where = SetFilter(
        exercise_id=query.exercise_id,
        session_id=query.session_id,
        first=query.first,
        last=query.last,
        limit=window.limit,
        offset=window.offset,
        newest_first=True,
    )

    def page() -> dict[str, Any]:  # Page[SetPublic], uncounted
        found, more = training.history_page(user, where)
        return {
            "items": [set_json(logged) for logged in found],
            "total": None,
            "limit": window.limit,
            "offset": window.offset,
            "next": next_url(request, window, more),
        }

    return await stamped_json(request, training, user, page)


@router.get("/sets/{set_id}", response_model=SetPublic, summary="One set")
def get_set(set_id: str, container: ContainerDep, user: ApiUser) -> Response:
    return json_response(set_json(container.training.get_set(user, set_id)))


@router.delete("/sets/{set_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a set")
def delete_set(set_id: str, container: ContainerDep, user: ApiUser) -> Response:
    container.training.delete_set(user, set_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/quick-entries",
    status_code=status.HTTP_201_CREATED,
    response_model=list[SetPublic],
    summary='Log sets from one line of text, e.g. "deadlift 3x12@60kg rpe8" '
    "(with an id: 201 the first time, 200 when the same line comes again)",
)
def quick_entry(body: QuickEntryCreate, container: ContainerDep, user: ApiUser) -> Response:
    done = container.training.log_text(
        user, body.text, body.exercise_id, at=body.performed_at, entry_id=body.id
    )
    if isinstance(done, Ambiguous):
        raise field_error("exercise_id", _unclear(done), done.name)
    answer = status.HTTP_201_CREATED if done.created else status.HTTP_200_OK
    return json_response([set_json(s) for s in done.sets], answer)


def _unclear(found: Ambiguous) -> str:
    if not found.candidates:
        return f"exercise '{found.name}': nothing in your library matches"
    shown = ", ".join(c.exercise_id for c in found.candidates)
    return f"exercise '{found.name}' could be {shown}: send exercise_id to choose"
