"""A plan as calendar events (iCalendar, RFC 5545): one all-day event per session on the
person's training days, counted from a start date, with the session's exercises in the
description. Built with the icalendar package."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from backstrong import __version__
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.describe import phase_name, prescribed_text, session_title
from backstrong.domain.programs.plan import Plan, Session, Week
from backstrong.domain.programs.safety import DISCLAIMER
from backstrong.domain.programs.slots import session_days

PRODUCT_ID = f"-//Backstrong//Backstrong {__version__}//EN"
DAYS_PER_WEEK = 7


def session_date(start: date, days_per_week: int, week: int, index: int) -> date:
    """The day of session ``index`` (0-based) of week ``week`` (1-based): the week's training
    days keep the plan's layout (rest days between), counted from ``start``."""
    offset = DAYS_PER_WEEK * (week - 1) + session_days(days_per_week)[index]
    return start + timedelta(days=offset)


def render_plan_ics(
    plan: Plan, library: ExerciseLibrary, start: date, *, now: datetime | None = None
) -> bytes:
    """Every session of ``plan`` as an all-day event from ``start`` on."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Backstrong plan")
    stamp = now or datetime.now(UTC)
    for week in plan.weeks:
        for session in week.sessions:
            calendar.add_component(_event(plan, week, session, library, start, stamp))
    return bytes(calendar.to_ical())


def _event(
    plan: Plan,
    week: Week,
    session: Session,
    library: ExerciseLibrary,
    start: date,
    stamp: datetime,
) -> Event:
    day = session_date(start, plan.intake.days_per_week, week.number, session.index)
    deload = ", deload week" if week.deload else ""
    event = Event()
    event.add("uid", f"{plan.id}-w{week.number}-s{session.index + 1}@backstrong")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add(
        "summary",
        f"Backstrong: {session_title(week.number, session.index).lower()} "
        f"({phase_name(week.phase).lower()}{deload})",
    )
    event.add("description", _description(session, library))
    event.add("categories", ["Backstrong", "Training"])
    event.add("transp", "TRANSPARENT")
    return event


def _description(session: Session, library: ExerciseLibrary) -> str:
    lines = [f"About {session.estimated_minutes} minutes.", ""]
    for item in session.exercises:
        exercise = library.find(item.exercise_id)
        name = item.exercise_id if exercise is None else exercise.name
        dose = prescribed_text(item, bool(exercise and exercise.unilateral))
        lines.append(f"- {name}: {dose}")
    lines += ["", "Your next session adjusts to what you log: `backstrong plan today`.", ""]
    lines.append(DISCLAIMER)
    return "\n".join(lines)
