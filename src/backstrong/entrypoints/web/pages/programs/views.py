"""What the program pages show, as plain values for the templates: weeks with their sessions,
the daily drills, favourites by name and one session's exercises with pictures."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.describe import (
    CHANGE_LABELS,
    daily_text,
    next_text,
    phase_name,
    prescribed_text,
)
from backstrong.domain.programs.plan import Plan, Session, Week
from backstrong.domain.programs.prescription import NextSession
from backstrong.domain.programs.safety import DISCLAIMER


def page_context(**extra: Any) -> dict[str, Any]:
    return {"active": "program", "disclaimer": DISCLAIMER, **extra}


def session_url(week: int, index: int) -> str:
    return f"/program/week/{week}/session/{index + 1}"


def _week(week: Week, sessions: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "number": week.number,
        "phase": phase_name(week.phase),
        "phase_key": week.phase.value,
        "deload": week.deload,
        "sessions": sessions,
        "walking": week.walking,
    }


def overview_weeks(plan: Plan, upcoming: tuple[int, int]) -> list[dict[str, Any]]:
    """Every week with a link per session; the one up next is marked."""
    return [
        _week(
            week,
            [
                {
                    "number": s.index + 1,
                    "minutes": s.estimated_minutes,
                    "url": session_url(week.number, s.index),
                    "next": (week.number, s.index) == upcoming,
                }
                for s in week.sessions
            ],
        )
        for week in plan.weeks
    ]


def planned_weeks(
    plan: Plan, library: ExerciseLibrary, unit: str | None = None
) -> list[dict[str, Any]]:
    """Every week with its sessions' exercises and doses, as planned (nothing adjusted), loads
    in ``unit`` when given."""
    return [_week(week, [_planned(s, library, unit) for s in week.sessions]) for week in plan.weeks]


def _named(exercise_id: str, library: ExerciseLibrary) -> tuple[dict[str, Any], bool]:
    """A plan's exercise as the pages name it (its id; its name, or the id when the library no
    longer has it; whether the library knows it), and whether it is done one side at a time."""
    found = library.find(exercise_id)
    name = exercise_id if found is None else found.name
    shown = {"id": exercise_id, "name": name, "known": found is not None}
    return shown, bool(found and found.unilateral)


def _planned(session: Session, library: ExerciseLibrary, unit: str | None) -> dict[str, Any]:
    items = []
    for item in session.exercises:
        shown, unilateral = _named(item.exercise_id, library)
        items.append({**shown, "dose": prescribed_text(item, unilateral, unit)})
    return {"number": session.index + 1, "minutes": session.estimated_minutes, "exercises": items}


def favourite_names(plan: Plan, library: ExerciseLibrary) -> list[str]:
    """The intake's favourites by name (the id when the library no longer has one)."""
    found = (library.find(exercise_id) for exercise_id in plan.intake.favourites)
    return [
        e.name if e is not None else exercise_id
        for e, exercise_id in zip(found, plan.intake.favourites, strict=True)
    ]


def daily_items(plan: Plan, library: ExerciseLibrary) -> list[dict[str, Any]]:
    out = []
    for item in plan.daily_mobility:
        shown, unilateral = _named(item.exercise_id, library)
        out.append({**shown, "dose": daily_text(item, unilateral), "reason": item.reason})
    return out


def session_items(
    upcoming: NextSession, planned: Session, library: ExerciseLibrary, unit: str | None = None
) -> list[dict[str, Any]]:
    """Each exercise of a session: this time's dose beside the planned one, with its picture."""
    from backstrong.adapters.render.figure_svg import render_exercise_figure

    items = []
    for item, prescribed in zip(upcoming.exercises, planned.exercises, strict=True):
        exercise = library.find(item.exercise_id)
        uni = bool(exercise and exercise.unilateral)
        items.append(
            {
                "id": item.exercise_id,
                "name": item.exercise_id if exercise is None else exercise.name,
                "known": exercise is not None,
                "figure": Markup(render_exercise_figure(exercise)) if exercise else "",  # noqa: S704
                "now": next_text(item, uni, unit),
                "plan": prescribed_text(prescribed, uni, unit),
                "change": CHANGE_LABELS[item.change],
                "reason": item.reason,
                "why": prescribed.reason,
                "swapped": item.exercise_id != item.planned_exercise_id,
            }
        )
    return items


def neighbour(plan: Plan, week: int, index: int, step: int) -> str | None:
    """The link to the session ``step`` places away in the plan's order, if there is one."""
    order = [(w.number, s.index) for w in plan.weeks for s in w.sessions]
    at = order.index((week, index)) + step
    return session_url(*order[at]) if 0 <= at < len(order) else None
