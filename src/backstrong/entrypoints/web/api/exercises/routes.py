"""The exercise library over the API. Reading is open; custom exercises need a token."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import UnknownExercise
from backstrong.domain.exercises.search import Query as ExerciseQuery
from backstrong.domain.exercises.terms import UnknownVocabulary
from backstrong.domain.exercises.validation import ExerciseDataError, exercise_to_mapping
from backstrong.entrypoints.web.api.errors import field_error
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep, optional_api_user
from backstrong.services.exercises import service as exercises

router = APIRouter(prefix="/exercises", tags=["exercises"])
MaybeUser = Annotated[User | None, Depends(optional_api_user)]


class DosageIn(BaseModel):
    sets: int = Field(3, ge=1, le=10)
    reps: tuple[int, int] | None = None
    hold_seconds: tuple[int, int] | None = None
    rest_seconds: int = Field(60, ge=0, le=600)
    times_per_day: int | None = Field(None, ge=1, le=10)


class FaultIn(BaseModel):
    fault: str = Field(max_length=500)
    fix: str = Field(max_length=500)


class ExerciseCreate(BaseModel):
    """A custom exercise; vocabulary fields take the same names as the library."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(None, max_length=100, examples=["wall-angel"])
    name: str = Field(min_length=2, max_length=120)
    aliases: list[str] = Field(default_factory=list, max_length=20)
    kind: str = Field(examples=["strength"])
    pattern: str = Field(examples=["bridge"])
    unilateral: bool = False
    level: str = Field("beginner")
    primary_muscles: list[str] = Field(min_length=1, max_length=10)
    secondary_muscles: list[str] = Field(default_factory=list, max_length=10)
    equipment: list[str] = Field(default_factory=list, max_length=10)
    dosage: DosageIn
    instructions: list[str] = Field(default_factory=list, max_length=20)
    cues: list[str] = Field(default_factory=list, max_length=20)
    faults: list[FaultIn] = Field(default_factory=list, max_length=20)
    safety_tags: list[str] = Field(default_factory=list, max_length=10)
    easier: list[str] = Field(default_factory=list, max_length=10)
    harder: list[str] = Field(default_factory=list, max_length=10)


def _query_params(
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


@router.get("", summary="List or search exercises")
def list_exercises(
    container: ContainerDep,
    user: MaybeUser,
    query: Annotated[ExerciseQuery, Depends(_query_params)],
) -> list[dict[str, Any]]:
    try:
        found = exercises.find(
            container.uow(), user, container.bundled_exercises, query, container.exercise_libraries
        )
    except UnknownVocabulary as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc)) from exc
    return [exercise_to_mapping(ex) for ex in found]


def _one(container: ContainerDep, user: User | None, exercise_id: str) -> Any:
    library = exercises.library_for(
        container.uow(), user, container.bundled_exercises, container.exercise_libraries
    )
    try:
        return library.get(exercise_id)
    except UnknownExercise as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc


@router.get("/{exercise_id}", summary="One exercise")
def get_exercise(exercise_id: str, container: ContainerDep, user: MaybeUser) -> dict[str, Any]:
    return exercise_to_mapping(_one(container, user, exercise_id))


@router.get(
    "/{exercise_id}/figure.svg",
    summary="Start and end positions as an SVG stick figure",
    response_class=Response,
    responses={200: {"content": {"image/svg+xml": {}}}},
)
def get_figure(exercise_id: str, container: ContainerDep, user: MaybeUser) -> Response:
    from backstrong.adapters.render.figure_svg import render_exercise_figure

    svg = render_exercise_figure(_one(container, user, exercise_id))
    return Response(svg, media_type="image/svg+xml", headers={"cache-control": "max-age=3600"})


@router.post("", status_code=status.HTTP_201_CREATED, summary="Add a custom exercise")
def create_exercise(
    body: ExerciseCreate, request: Request, container: ContainerDep, user: ApiUser
) -> dict[str, Any]:
    data = body.model_dump(exclude_none=True)
    data["dosage"] = body.dosage.model_dump(exclude_none=True)
    try:
        exercise = exercises.add_custom(
            container.uow(), user, container.bundled_exercises, data, container.exercise_libraries
        )
    except exercises.ExerciseExists as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    except ExerciseDataError as exc:
        raise field_error(exc.field, str(exc), data.get(exc.field.split(".")[0])) from exc
    return exercise_to_mapping(exercise)
