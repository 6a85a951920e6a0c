"""The plan's handout (PDF) and calendar (.ics) as links on the program page."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import Response

from backstrong.domain.errors import FieldError
from backstrong.entrypoints.web.api.programs.files import calendar_response, handout_response
from backstrong.entrypoints.web.deps import ContainerDep, PageUser

router = APIRouter()


def _week(text: str | None) -> int | None:
    if not text:
        return None
    if not text.strip().isdigit() or int(text) < 1:
        raise FieldError("week", text, "must be a week number of the plan, 1 or more")
    return int(text)


def _start(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise FieldError("start", text, "must be a date like 2026-03-02") from None


@router.get("/program/handout.pdf")
def handout(request: Request, container: ContainerDep, user: PageUser) -> Response:
    week = _week(request.query_params.get("week"))
    return handout_response(container.programs.handout(user, week))


@router.get("/program/calendar.ics")
def calendar(request: Request, container: ContainerDep, user: PageUser) -> Response:
    start = _start(request.query_params.get("start"))
    return calendar_response(container.programs.calendar(user, start))
