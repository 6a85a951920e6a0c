"""The active plan as files over the API: the printable handout (PDF) of one week and every
session as calendar events (.ics). Both are the caller's own plan; no plan is a 404."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.programs.service import CalendarFile, Handout

router = APIRouter(prefix="/programs", tags=["programs"])
Route = Callable[..., Response]

PDF = {"content": {"application/pdf": {}}, "description": "The handout, as an attachment"}
ICS = {"content": {"text/calendar": {}}, "description": "The sessions, as an attachment"}
NONE = {"description": "You have no active plan"}


def _attachment(body: bytes, media_type: str, filename: str) -> Response:
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    return Response(body, media_type=media_type, headers=headers)


def handout_response(handout: Handout) -> Response:
    return _attachment(handout.pdf, "application/pdf", f"backstrong-week-{handout.week}.pdf")


def calendar_response(calendar: CalendarFile) -> Response:
    name = f"backstrong-plan-{calendar.start.isoformat()}.ics"
    return _attachment(calendar.ics, "text/calendar; charset=utf-8", name)


WEEK_HELP = "Week of the plan (1-based); by default the week of your next session."
START_HELP = "Date of the first week's Monday (YYYY-MM-DD); by default your next Monday."


def _plan_file(path: str, summary: str, content: dict[str, Any]) -> Callable[[Route], Route]:
    """A GET of the active plan as a file: ``content`` (200) is an attachment; no plan is a 404."""
    return router.get(
        path, summary=summary, response_class=Response, responses={200: content, 404: NONE}
    )


@_plan_file("/current/handout.pdf", "Your active plan's printable handout for one week (PDF)", PDF)
def get_handout(
    container: ContainerDep,
    user: ApiUser,
    week: int | None = Query(None, ge=1, description=WEEK_HELP),
) -> Response:
    return handout_response(container.programs.handout(user, week))


@_plan_file(
    "/current/calendar.ics", "Your active plan's sessions as calendar events (iCalendar)", ICS
)
def get_calendar(
    container: ContainerDep,
    user: ApiUser,
    start: date | None = Query(None, description=START_HELP),
) -> Response:
    return calendar_response(container.programs.calendar(user, start))
