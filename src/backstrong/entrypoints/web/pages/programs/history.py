"""The person's plans, past and present: a list (the active one first), each plan read-only, and
"make this my plan again" (a CSRF-checked form). Another person's plan is a 404."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.describe import (
    intake_summary,
    phase_name,
    plan_title,
    prescribed_text,
)
from backstrong.domain.programs.plan import Plan
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.pages.programs.program import (
    daily_items,
    favourite_names,
    library_of,
    page_context,
)
from backstrong.entrypoints.web.templating import render
from backstrong.services.programs import service as programs

router = APIRouter()


def _not_found(exc: programs.ProgramNotFound) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, str(exc))


@router.get("/program/history", response_class=HTMLResponse)
def history(request: Request, container: ContainerDep, user: PageUser) -> Response:
    listed = programs.list_programs(container.uow(), user)
    plans = [
        {
            "id": p.id,
            "url": f"/program/history/{p.id}",
            "active": p.active,
            "title": plan_title(p.intake),
            "created_at": p.created_at,
            "started_at": p.started_at if p.started_at != p.created_at else None,
            "summary": intake_summary(p.intake),
        }
        for p in listed
    ]
    return render(request, "programs/history.html", page_context(plans=plans))


@router.get("/program/history/{program_id}", response_class=HTMLResponse)
def past_plan(
    program_id: int, request: Request, container: ContainerDep, user: PageUser
) -> Response:
    try:
        stored = programs.get_program(container.uow(), user, program_id)
    except programs.ProgramNotFound as exc:
        raise _not_found(exc) from exc
    library = library_of(container, user)
    context = page_context(
        program=stored,
        title=plan_title(stored.plan.intake),
        summary=intake_summary(stored.plan.intake),
        favourites=favourite_names(stored.plan, library),
        weeks=_weeks(stored.plan, library),
        daily=daily_items(stored.plan, library),
        restarted=stored.started_at != stored.created_at,
    )
    return render(request, "programs/past.html", context)


@router.post("/program/history/{program_id}/use")
def use_again(
    program_id: int, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    try:
        _, changed = programs.use_program(container.uow(), user, program_id)
    except programs.ProgramNotFound as exc:
        raise _not_found(exc) from exc
    return RedirectResponse("/program?again=1" if changed else "/program", status_code=303)


def _weeks(plan: Plan, library: ExerciseLibrary) -> list[dict[str, Any]]:
    """Every week with its sessions' exercises and doses, as planned (nothing adjusted)."""
    out = []
    for week in plan.weeks:
        sessions = []
        for session in week.sessions:
            items = []
            for item in session.exercises:
                found = library.find(item.exercise_id)
                items.append(
                    {
                        "id": item.exercise_id,
                        "name": item.exercise_id if found is None else found.name,
                        "known": found is not None,
                        "dose": prescribed_text(item, bool(found and found.unilateral)),
                    }
                )
            sessions.append(
                {
                    "number": session.index + 1,
                    "minutes": session.estimated_minutes,
                    "exercises": items,
                }
            )
        out.append(
            {
                "number": week.number,
                "phase": phase_name(week.phase),
                "phase_key": week.phase.value,
                "deload": week.deload,
                "sessions": sessions,
            }
        )
    return out
