"""Personal programs over the API: build one (the red-flag screen first), read the active one
and its next session, list every plan built and make an older one active again. Everything here
belongs to the caller alone: another person's plan is a 404."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.describe import SEVERITY_HEADINGS, intake_summary, screen_json
from backstrong.domain.programs.errors import IntakeError, PlanDataError
from backstrong.domain.programs.intake import intake_from_dict
from backstrong.domain.programs.red_flags import RED_FLAGS, ScreenResult
from backstrong.domain.programs.safety import DISCLAIMER
from backstrong.entrypoints.web.api.errors import UNPROCESSABLE, field_error
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.ports.programs import ProgramSummary, StoredProgram
from backstrong.services.programs import service as programs

router = APIRouter(prefix="/programs", tags=["programs"])
_FIELD = re.compile(r"^([a-z_]+)")


class ProgramCreate(BaseModel):
    """The intake. ``red_flags`` lists the warning signs answered yes (names from
    ``GET /api/v1/programs/red-flags``); any of them stops here with advice (422)."""

    model_config = ConfigDict(extra="forbid")
    age: int = Field(examples=[42])
    experience: str = Field("novice", examples=["novice"])
    goal: str = Field("pain-relief", examples=["strength"])
    equipment: list[str] = Field(default_factory=lambda: ["none"], max_length=20)
    days_per_week: int = 3
    minutes_per_session: int = 30
    pain: int = 0
    pain_duration: str | None = Field(None, examples=["chronic"])
    sensitivities: list[str] = Field(default_factory=list, max_length=3)
    red_flags: list[str] = Field(default_factory=list, max_length=20)
    favourites: list[str] = Field(default_factory=list, max_length=20)
    weeks: int = 12


def _library(container: ContainerDep, user: User) -> ExerciseLibrary:
    return container.exercises.library_for(user)


def _public(program: StoredProgram) -> dict[str, Any]:
    """The plan (its ``id`` is the plan's content id) with how it is kept: ``program_id``,
    ``active``, ``created_at`` and ``started_at``."""
    return {
        **program.plan.to_dict(),
        "program_id": program.id,
        "active": program.active,
        "created_at": program.created_at.isoformat(),
        "started_at": program.started_at.isoformat(),
        "disclaimer": DISCLAIMER,
    }


def _listed(program: ProgramSummary) -> dict[str, Any]:
    return {
        "program_id": program.id,
        "plan_id": program.plan_id,
        "active": program.active,
        "created_at": program.created_at.isoformat(),
        "started_at": program.started_at.isoformat(),
        "summary": intake_summary(program.intake),
        "intake": program.intake.to_dict(),
    }


def _red_flag_response(result: ScreenResult) -> JSONResponse:
    return JSONResponse(screen_json(result), status_code=UNPROCESSABLE)


@router.get("/red-flags", summary="The red-flag questions")
def list_red_flags() -> list[dict[str, str]]:
    return [
        {
            "name": f.slug,
            "question": f.question,
            "severity": f.severity.value,
            "if_yes": SEVERITY_HEADINGS[f.severity],
        }
        for f in RED_FLAGS
    ]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Build a plan (replaces the active one)",
    responses={422: {"description": "Warning signs: advice instead of a plan, or bad intake"}},
)
def create_program(body: ProgramCreate, container: ContainerDep, user: ApiUser) -> Any:
    data = body.model_dump()
    try:
        if body.red_flags:  # the screen comes first, before anything else is judged
            result = programs.red_flag_screen(container.uow(), user, body.red_flags)
            return _red_flag_response(result)
        intake = intake_from_dict(data)
    except IntakeError as exc:
        match = _FIELD.match(str(exc))
        field = match.group(1) if match else "body"
        raise field_error(field, str(exc), data.get(field)) from exc
    outcome = programs.create_program(container.uow(), user, _library(container, user), intake)
    if isinstance(outcome, ScreenResult):
        return _red_flag_response(outcome)
    return _public(programs.current_program(container.uow(), user))


def _current(container: ContainerDep, user: User) -> StoredProgram:
    try:
        return programs.current_program(container.uow(), user)
    except programs.NoProgram as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc


@router.get("/current", summary="Your active plan")
def get_current(container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    return _public(_current(container, user))


@router.get("/current/today", summary="Your next session, adjusted to what you logged")
def get_today(container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    return _next(container, user, None)


@router.get(
    "/current/weeks/{week}/sessions/{session}",
    summary="One session of your plan (1-based), adjusted to what you logged",
)
def get_session(week: int, session: int, container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    return _next(container, user, (week, session - 1))


def _next(container: ContainerDep, user: User, position: tuple[int, int] | None) -> dict[str, Any]:
    library = _library(container, user)
    try:
        nxt = programs.next_up(container.uow(), user, library, position=position)
    except (programs.NoProgram, PlanDataError) as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    return {**nxt.to_dict(), "disclaimer": DISCLAIMER}


@router.get("", summary="Every plan you built: the active one first, then the newest")
def list_programs(container: ContainerDep, user: ApiUser) -> list[dict[str, Any]]:
    return [_listed(p) for p in programs.list_programs(container.uow(), user)]


@router.get("/{program_id}", summary="One of your plans, active or not")
def get_program(program_id: int, container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    try:
        return _public(programs.get_program(container.uow(), user, program_id))
    except programs.ProgramNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc


@router.post(
    "/{program_id}/activate",
    summary="Make one of your plans the active one again (it starts again from week 1)",
)
def activate_program(program_id: int, container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    try:
        program, _ = programs.use_program(container.uow(), user, program_id)
    except programs.ProgramNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    return _public(program)
