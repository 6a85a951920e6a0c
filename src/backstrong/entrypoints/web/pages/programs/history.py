"""The person's plans, past and present: a list (the active one first), each plan read-only, and
"make this my plan again" (a CSRF-checked form). Another person's plan is a 404."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.programs.describe import intake_summary, plan_title
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.pages.programs.views import (
    daily_items,
    favourite_names,
    page_context,
    planned_weeks,
)
from backstrong.entrypoints.web.templating import render

router = APIRouter()


@router.get("/program/history", response_class=HTMLResponse)
def history(request: Request, container: ContainerDep, user: PageUser) -> Response:
    plans = [
        {
            "id": p.id,
            "url": f"/program/history/{p.id}",
            "active": p.active,
            "title": plan_title(p.intake),
            "created_at": p.created_at,
            "started_at": p.started_at if p.started_at != p.created_at else None,
            "summary": p.summary,
        }
        for p in container.programs.plans(user)
    ]
    return render(request, "programs/history.html", page_context(plans=plans))


@router.get("/program/history/{program_id}", response_class=HTMLResponse)
def past_plan(
    program_id: int, request: Request, container: ContainerDep, user: PageUser
) -> Response:
    view = container.programs.view(user, program_id)
    stored, library = view.program, view.library
    context = page_context(
        program=stored,
        title=plan_title(stored.plan.intake),
        summary=intake_summary(stored.plan.intake),
        favourites=favourite_names(stored.plan, library),
        weeks=planned_weeks(stored.plan, library, user.unit),
        daily=daily_items(stored.plan, library),
        restarted=stored.started_at != stored.created_at,
    )
    return render(request, "programs/past.html", context)


@router.post("/program/history/{program_id}/use")
def use_again(
    program_id: int, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    _, changed = container.programs.use(user, program_id)
    return RedirectResponse("/program?again=1" if changed else "/program", status_code=303)
