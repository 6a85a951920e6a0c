"""Personal programs over the API: build one (the red-flag screen first), read the active one
and its next session, list every plan built and make an older one active again. Everything here
belongs to the caller alone: another person's plan is a 404."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status
from fastapi.responses import JSONResponse
from pydantic import RootModel

from backstrong.domain.programs.education import NOTES
from backstrong.domain.programs.inflammatory import INFLAMMATORY_SIGNS
from backstrong.domain.programs.red_flags import RED_FLAGS, ScreenResult
from backstrong.entrypoints.web.api.errors import UNPROCESSABLE
from backstrong.entrypoints.web.api.http_cache import cached_json
from backstrong.entrypoints.web.api.inputs import RowId
from backstrong.entrypoints.web.api.paging import Page, PagingDep, page_of
from backstrong.entrypoints.web.api.programs.schemas import (
    NextSessionPublic,
    NotePublic,
    ProgramCreate,
    ProgramListedPublic,
    ProgramPublic,
    RedFlagPublic,
    ScreenPublic,
    SignPublic,
)
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep

router = APIRouter(prefix="/programs", tags=["programs"])


@router.get(
    "/red-flags",
    summary="The red-flag questions (a fixed questionnaire, not paged)",
    response_model=list[RedFlagPublic],
    responses={304: {"description": "Unchanged since the ETag sent in If-None-Match"}},
)
async def list_red_flags(request: Request) -> Response:
    def build() -> RootModel[list[RedFlagPublic]]:
        return RootModel[list[RedFlagPublic]]([RedFlagPublic.of(flag) for flag in RED_FLAGS])

    return await cached_json(request, "red-flags", build, personal=False)  # fixed for the process


@router.get("/inflammatory-signs", summary="The signs of inflammatory back pain (NICE NG65)")
def list_inflammatory_signs() -> list[SignPublic]:
    return [SignPublic.model_validate(sign) for sign in INFLAMMATORY_SIGNS]


@router.get("/notes", summary="The short notes about back pain that plans show")
def list_notes() -> list[NotePublic]:
    return [NotePublic.model_validate(note) for note in NOTES]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ProgramPublic,
    summary="Build a plan (replaces the active one)",
    responses={422: {"description": "Warning signs: advice instead of a plan, or bad intake"}},
)
def create_program(
    body: ProgramCreate, container: ContainerDep, user: ApiUser
) -> ProgramPublic | JSONResponse:
    outcome = container.programs.create_plan(user, body.model_dump(), body.red_flags)
    if isinstance(outcome, ScreenResult):
        advice = ScreenPublic.of(outcome).model_dump(mode="json")
        return JSONResponse(advice, status_code=UNPROCESSABLE)
    return ProgramPublic.of(outcome)


@router.get("/current", summary="Your active plan", responses={404: {"description": "No plan yet"}})
def get_current(container: ContainerDep, user: ApiUser) -> ProgramPublic:
    return ProgramPublic.of(container.programs.current(user))


@router.get(
    "/current/today",
    summary="Your next session, adjusted to what you logged",
    responses={404: {"description": "No plan yet"}},
)
def get_today(container: ContainerDep, user: ApiUser) -> NextSessionPublic:
    return NextSessionPublic.model_validate(container.programs.next_session(user))


@router.get(
    "/current/weeks/{week}/sessions/{session}",
    summary="One session of your plan (1-based), adjusted to what you logged",
)
def get_session(
    week: int, session: int, container: ContainerDep, user: ApiUser
) -> NextSessionPublic:
    upcoming = container.programs.next_session(user, position=(week, session - 1))
    return NextSessionPublic.model_validate(upcoming)


@router.get("", summary="Every plan you built: the active one first, then the newest")
def list_programs(
    request: Request, container: ContainerDep, user: ApiUser, window: PagingDep
) -> Page[ProgramListedPublic]:
    plans = container.programs.plans(user)
    return page_of(request, window, plans, ProgramListedPublic.model_validate)


@router.get("/{program_id}", summary="One of your plans, active or not")
def get_program(program_id: RowId, container: ContainerDep, user: ApiUser) -> ProgramPublic:
    return ProgramPublic.of(container.programs.get(user, program_id))


@router.post(
    "/{program_id}/activate",
    summary="Make one of your plans the active one again (it starts again from week 1)",
)
def activate_program(program_id: RowId, container: ContainerDep, user: ApiUser) -> ProgramPublic:
    program, _ = container.programs.use(user, program_id)
    return ProgramPublic.of(program)
