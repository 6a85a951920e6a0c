"""The exercise library over the API. Reading is open; custom exercises need a token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from backstrong.domain.accounts import User
from backstrong.domain.exercises.search import Query as ExerciseQuery
from backstrong.domain.exercises.terms import UnknownVocabulary
from backstrong.entrypoints.web.api.exercises.schemas import ExerciseCreate, ExercisePublic
from backstrong.entrypoints.web.api.http_cache import cached_json
from backstrong.entrypoints.web.api.paging import Page, PagingDep, page_of
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep, optional_api_user

router = APIRouter(prefix="/exercises", tags=["exercises"])
MaybeUser = Annotated[User | None, Depends(optional_api_user)]


async def _query_params(  # async: pure, so no thread hop
    q: str | None = Query(None, description="Name, alias or a typo of one."),
    muscle: str | None = Query(None, description="Muscle or region, id or lay name."),
    pattern: str | None = None,
    kind: str | None = None,
    level: str | None = None,
    equipment: str | None = Query(
        None, description="Comma-separated equipment you have; `none` = body weight only."
    ),
    exclude_tag: list[str] = Query([], description="Safety tags or sensitivities to leave out."),
) -> ExerciseQuery:
    kit: frozenset[str] | None = None
    if equipment is not None:
        names = [e.strip() for e in equipment.split(",") if e.strip()]
        kit = frozenset() if names in ([], ["none"]) else frozenset(names)
    return ExerciseQuery(
        muscle=muscle or None,
        pattern=pattern or None,
        kind=kind or None,
        level=level or None,
        equipment=kit,
        exclude_tags=frozenset(exclude_tag),
        text=q or None,
    )


@router.get(
    "",
    summary="List or search exercises, a page at a time",
    response_model=Page[ExercisePublic],
    responses={304: {"description": "Unchanged since the ETag sent in If-None-Match"}},
)
async def list_exercises(
    request: Request,
    container: ContainerDep,
    user: MaybeUser,
    query: Annotated[ExerciseQuery, Depends(_query_params)],
    window: PagingDep,
) -> Response:
    """Served from a pre-serialised copy with a strong ETag: send it back in If-None-Match for
    a 304 while the library (bundled and your own exercises) is unchanged."""

    def build() -> Page[ExercisePublic]:
        try:
            found = container.exercises.search(user, query)
        except UnknownVocabulary as exc:  # a query word, not a body field: one string
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
        return page_of(request, window, found, ExercisePublic.model_validate)

    if user is None:  # the bundled library: no I/O
        revision = container.exercises.revision(None)
    else:
        revision = await run_in_threadpool(container.exercises.revision, user)
    return await cached_json(request, revision, build, personal=user is not None)


@router.get("/{exercise_id}", summary="One exercise")
def get_exercise(exercise_id: str, container: ContainerDep, user: MaybeUser) -> ExercisePublic:
    return ExercisePublic.model_validate(container.exercises.get(user, exercise_id))


@router.get(
    "/{exercise_id}/figure.svg",
    summary="Start and end positions as an SVG stick figure",
    response_class=Response,
    responses={200: {"content": {"image/svg+xml": {}}}},
)
def get_figure(exercise_id: str, container: ContainerDep, user: MaybeUser) -> Response:
    svg = container.exercises.figure(user, exercise_id)
    return Response(svg, media_type="image/svg+xml", headers={"cache-control": "max-age=3600"})


@router.post("", status_code=status.HTTP_201_CREATED, summary="Add a custom exercise")
def create_exercise(body: ExerciseCreate, container: ContainerDep, user: ApiUser) -> ExercisePublic:
    exercise = container.exercises.create_custom(user, body.fields())
    return ExercisePublic.model_validate(exercise)
