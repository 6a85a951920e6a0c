"""History: a month calendar and the sessions of that month by day; records and weekly volume;
one exercise's e1RM over time (an SVG chart drawn on the server)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from backstrong.domain.exercises.library import UnknownExercise
from backstrong.domain.exercises.vocabulary import REGION_LAY_NAMES
from backstrong.domain.training.describe import load_text, number_text, seconds_text, sets_text
from backstrong.domain.training.sessions import LoggedSet, TrainingSession
from backstrong.entrypoints.web.deps import ContainerDep, PageUser
from backstrong.entrypoints.web.pages.training.today import page_library
from backstrong.entrypoints.web.pages.training.today_state import local_now
from backstrong.entrypoints.web.templating import render
from backstrong.services.ports.form import StoredFormCheck
from backstrong.services.ports.training import SetFilter
from backstrong.services.training import log as training_log
from backstrong.services.training import sessions as training_sessions
from backstrong.services.training import stats as training_stats

router = APIRouter()
RECENT_SETS = 30  # sets listed under an exercise's chart
VOLUME_WEEKS = 8


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
    today = local_now(request).date()
    first = _month(request.query_params.get("month"), today)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    names = {exercise.id: exercise.name for exercise in page_library(container, user)}
    sessions = training_sessions.list_sessions(container.uow(), user, first=first, last=last)
    sets = training_log.history(container.uow(), user, SetFilter(first=first, last=last))
    checks = container.form.for_sets(user, [s.id for s in sets])
    by_session: dict[str, list[LoggedSet]] = {}
    for s in sets:
        by_session.setdefault(s.session_id, []).append(s)
    days: dict[date, list[SessionView]] = {}
    for session, _count in reversed(sessions):
        lines = _lines(tuple(by_session.get(session.id, ())), names, checks)
        days.setdefault(session.day, []).append(SessionView(session, lines))
    context = {
        "active": "history",
        "month": first,
        "weeks": calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month),
        "trained": {day for day, views in days.items() if any(v.lines for v in views)},
        "days": days,
        "today": today,
        "previous": (first - timedelta(days=1)).strftime("%Y-%m"),
        "next": (last + timedelta(days=1)).strftime("%Y-%m") if last < today else None,
        "weekday_names": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    }
    return render(request, "training/history.html", context)


@router.get("/history/records", response_class=HTMLResponse)
def records_page(request: Request, container: ContainerDep, user: PageUser) -> Response:
    library = page_library(container, user)
    unit = training_stats.unit_of(user)
    dashboard = training_stats.dashboard(
        container.uow(),
        user,
        library,
        unit=unit,
        weeks=VOLUME_WEEKS,
        cache=container.training_stats,
    )
    names = {exercise.id: exercise.name for exercise in library}
    context = {
        "active": "history",
        "records": sorted(dashboard.records.values(), key=lambda r: names.get(r.exercise_id, "")),
        "volume": dashboard.volume,
        "names": names,
        "regions": REGION_LAY_NAMES,
        "load_text": load_text,
        "number_text": number_text,
        "seconds_text": seconds_text,
    }
    return render(request, "training/records.html", context)


@router.get("/history/exercises/{exercise_id}", response_class=HTMLResponse)
def progress_page(
    exercise_id: str, request: Request, container: ContainerDep, user: PageUser
) -> Response:
    from backstrong.adapters.render.chart_svg import render_svg
    from backstrong.adapters.render.progress_chart import progress_chart

    library = page_library(container, user)
    try:
        exercise = library.get(exercise_id)
    except UnknownExercise as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    lines = training_stats.trend(
        container.uow(), user, unit=training_stats.unit_of(user), cache=container.training_stats
    )
    points = lines.get(exercise_id, ())
    recent = training_log.history(
        container.uow(),
        user,
        SetFilter(exercise_id=exercise_id, limit=RECENT_SETS, newest_first=True),
    )
    context = {
        "active": "history",
        "exercise": exercise,
        "points": points,
        "chart": Markup(render_svg(progress_chart(exercise.name, points))) if points else None,  # noqa: S704 - drawn by us, text escaped
        "recent": recent,
        "load_text": load_text,
        "sets_text": sets_text,
    }
    return render(request, "training/progress.html", context)
