"""The active plan on the web: its overview (weeks, phases, deloads, the next session marked)
and one page per session, adjusted to what the person logged."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.programs.describe import phase_name, session_title, walking_text
from backstrong.entrypoints.web.deps import ContainerDep, PageUser
from backstrong.entrypoints.web.pages.programs.views import (
    daily_items,
    favourite_names,
    neighbour,
    overview_weeks,
    page_context,
    session_items,
    session_url,
)
from backstrong.entrypoints.web.templating import render
from backstrong.services.programs.errors import NoProgram
from backstrong.services.programs.sessions import next_monday

router = APIRouter()


@router.get("/program", response_class=HTMLResponse)
def overview(request: Request, container: ContainerDep, user: PageUser) -> Response:
    try:
        view = container.programs.upcoming(user)
    except NoProgram:  # not an error here: the page offers to start one
        return render(request, "programs/overview.html", page_context(plan=None))
    plan, nxt = view.program.plan, view.upcoming
    assert nxt is not None
    context = page_context(
        plan=plan,
        started_at=view.program.started_at,
        weeks=overview_weeks(plan, (nxt.week, nxt.index)),
        next_url=session_url(nxt.week, nxt.index),
        next_title=session_title(nxt.week, nxt.index),
        next_warnings=nxt.warnings,
        daily=daily_items(plan, view.library),
        fresh=request.query_params.get("new") == "1",
        again=request.query_params.get("again") == "1",
        intake=plan.intake,
        favourites=favourite_names(plan, view.library),
        due_notes=view.notes,
        walking=walking_text(plan.weeks[nxt.week - 1].walking),
        next_week=nxt.week,
        calendar_start=next_monday(container.clock.today(user)).isoformat(),
    )
    return render(request, "programs/overview.html", context)


@router.get("/program/notes", response_class=HTMLResponse)
def notes_page(request: Request, container: ContainerDep, user: PageUser) -> Response:
    context = page_context(notes=container.programs.notes(user))
    return render(request, "programs/notes.html", context)


@router.get("/program/week/{week}/session/{number}", response_class=HTMLResponse)
def session_page(
    week: int, number: int, request: Request, container: ContainerDep, user: PageUser
) -> Response:
    try:
        view = container.programs.upcoming(user, (week, number - 1))
    except NoProgram:  # not an error here: the program page offers to start one
        return RedirectResponse("/program", status_code=303)
    plan, nxt = view.program.plan, view.upcoming
    assert nxt is not None
    planned = plan.session(week, number - 1)
    context = page_context(
        title=session_title(week, number - 1),
        session_key=f"week-{week}/session-{number}",
        phase=phase_name(nxt.phase),
        deload=nxt.deload,
        minutes=planned.estimated_minutes,
        items=session_items(nxt, planned, view.library, user.unit),
        warnings=nxt.warnings,
        walking=walking_text(plan.weeks[week - 1].walking),
        previous=neighbour(plan, week, number - 1, -1),
        following=neighbour(plan, week, number - 1, +1),
    )
    return render(request, "programs/session.html", context)
