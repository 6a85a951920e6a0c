"""History: a month calendar and the sessions of that month by day; records and weekly volume;
one exercise's e1RM over time (an SVG chart drawn on the server)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from backstrong.domain.exercises.vocabulary import REGION_LAY_NAMES
from backstrong.domain.training.describe import load_text, number_text, seconds_text, sets_text
from backstrong.domain.training.sessions import LoggedSet, TrainingSession
from backstrong.entrypoints.web.deps import ContainerDep, PageUser
from backstrong.entrypoints.web.templating import render
from backstrong.services.ports.form import StoredFormCheck
from backstrong.services.ports.training import SetFilter

router = APIRouter()
RECENT_SETS = 30  # sets listed under an exercise's chart
VOLUME_WEEKS = 8
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class ExerciseLine:
    exercise_id: str
    name: str
    text: str
    form_checks: tuple[StoredFormCheck, ...] = ()  # camera checks kept with these sets


@dataclass(frozen=True)
class SessionView:
    session: TrainingSession
    lines: tuple[ExerciseLine, ...]


def _month(text: str | None, today: date) -> date:
    if text:
        try:
            year, month = (int(part) for part in text.split("-"))
            return date(year, month, 1)
        except ValueError:
            pass
    return today.replace(day=1)


def _lines(
    sets: tuple[LoggedSet, ...], names: dict[str, str], checks: dict[str, StoredFormCheck]
) -> tuple[ExerciseLine, ...]:
    grouped: dict[str, list[LoggedSet]] = {}
    for s in sets:
        grouped.setdefault(s.performed.exercise_id, []).append(s)
    return tuple(
        ExerciseLine(eid, names.get(eid, eid), sets_text([s.performed for s in group]),
                     tuple(checks[s.id] for s in group if s.id in checks))
        for eid, group in grouped.items()
    )  # fmt: skip


@router.get("/history", response_class=HTMLResponse)
def history_page(request: Request, container: ContainerDep, user: PageUser) -> Response:
    today = container.training.today(user)
    first = _month(request.query_params.get("month"), today)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    names = container.training.names(user)
    found_sessions = container.training.sessions_between(user, first, last)
    checks = container.form.for_sets(user, [s.id for f in found_sessions for s in f.sets])
    days: dict[date, list[SessionView]] = {}
    for found in found_sessions:
        view = SessionView(found.session, _lines(found.sets, names, checks))
        days.setdefault(found.session.day, []).append(view)
    context = {
        "active": "history",
        "month": first,
        "weeks": calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month),
        "trained": {day for day, views in days.items() if any(v.lines for v in views)},
        "days": days,
        "today": today,
        "previous": (first - timedelta(days=1)).strftime("%Y-%m"),
        "next": (last + timedelta(days=1)).strftime("%Y-%m") if last < today else None,
        "weekday_names": WEEKDAYS,
    }
    return render(request, "training/history.html", context)


@router.get("/history/records", response_class=HTMLResponse)
def records_page(request: Request, container: ContainerDep, user: PageUser) -> Response:
    dashboard = container.training.dashboard(user, weeks=VOLUME_WEEKS)
    names = container.training.names(user)
    context = {
        "active": "history",
        "records": sorted(dashboard.records.values(), key=lambda r: names.get(r.exercise_id, "")),
        "volume": dashboard.volume,
        "names": names,
        "regions": REGION_LAY_NAMES,
        "load_text": partial(load_text, unit=user.unit),
        "number_text": number_text,
        "seconds_text": seconds_text,
    }
    return render(request, "training/records.html", context)


@router.get("/history/exercises/{exercise_id}", response_class=HTMLResponse)
def progress_page(
    exercise_id: str, request: Request, container: ContainerDep, user: PageUser
) -> Response:
    from backstrong.adapters.render.chart_svg import render_svg
    from backstrong.adapters.render.progress_chart import e1rm_lines_chart, progress_chart

    exercise = container.training.exercise(user, exercise_id)  # 404 when not in the library
    points = container.training.progress(user, exercise_id)
    where = SetFilter(exercise_id=exercise_id, limit=RECENT_SETS, newest_first=True)
    progress = container.training.exercise_progress(user, exercise_id)
    drawn = any(line.points for line in progress.e1rm)
    lines_chart = e1rm_lines_chart(exercise.name, progress.e1rm) if drawn else None
    context = {
        "active": "history",
        "exercise": exercise,
        "progress": progress,
        "lines_chart": Markup(render_svg(lines_chart)) if lines_chart else None,  # noqa: S704 - drawn by us, text escaped
        "points": points,
        "chart": Markup(render_svg(progress_chart(exercise.name, points))) if points else None,  # noqa: S704 - drawn by us, text escaped
        "recent": container.training.history(user, where),
        "load_text": partial(load_text, unit=user.unit),
        "sets_text": partial(sets_text, unit=user.unit),
    }
    return render(request, "training/progress.html", context)
