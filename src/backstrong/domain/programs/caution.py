"""Caution from the logged pain: a flare-up day makes the next session careful throughout, and
after a gentle start, weight comes back when the pain allows it, not by the calendar.

Pain above 5/10 is "too much" in the pain-monitoring model (Silbernagel 2007, extrapolated to
backs); the gentle start follows NICE NG59's stay-active advice with load held back while pain
is high (docs/sources.md#low-back-pain).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from backstrong.domain.programs.history import ExerciseSession, History
from backstrong.domain.programs.pain import ACCEPTABLE_MAX, Verdict

RECENT_DAYS = 7  # the gentle phase is re-judged from the last week's logged pain
FLARE_UP_NOTE = "flare-up-plan"  # education note shown after a flare-up day
CAUTIOUS_CUT = 0.15  # a first load after a flare-up day starts this much lighter (convention)
TOP_OF_RANGE_SESSIONS = 2  # NSCA's 2-for-2: two sessions at the top before the load goes up
RPE_CONFIRMS_RESERVE = 9.0  # an RPE this low or lower at the top says the load can go up now


@dataclass(frozen=True, slots=True)
class Caution:
    """Why the whole next session is careful ("" when it need not be)."""

    flare_up: str = ""  # a day with pain above 5 (or a worse next morning)
    load_waits: str = ""  # after a gentle start, the pain says weight must wait


NO_CAUTION = Caution()


def caution_from(history: History, started_gently: bool) -> Caution:
    if not history.days:
        return NO_CAUTION
    latest = history.days[-1]
    flare = ""
    if history.day_judgement(latest).verdict is Verdict.REGRESS:
        worst = _worst(history, latest)
        shown = f" ({worst}/10)" if worst is not None else ""
        flare = f"your back had a hard day last time{shown}"
    waits = ""
    if started_gently:
        since = latest - timedelta(days=RECENT_DAYS - 1)
        recent = [d for d in history.days if d >= since]
        worst_recent = max((_worst(history, d) or 0 for d in recent), default=0)
        if worst_recent > ACCEPTABLE_MAX:
            waits = (
                f"your pain reached {worst_recent}/10 in the past week, so weight on hinges, "
                "squats and carries waits until it settles"
            )
    return Caution(flare, waits)


def cautious_start_text(caution: Caution) -> str:
    if not caution.flare_up:
        return ""
    return (
        f"{caution.flare_up}: start lighter than planned and move through a smaller, "
        "comfortable range"
    )


def top_twice(sessions: list[ExerciseSession], high: int, timed: bool) -> bool:
    """The 2-for-2 rule, unless RPE says otherwise: the top of the range in every set in the
    last two sessions, or in the last one when its logged RPE shows reps to spare."""
    if not sessions:
        return False
    last = sessions[-1]
    if not _at_top(last, high, timed):
        return False
    rpes = [s.rpe for s in last.sets if s.rpe is not None]
    if rpes and max(rpes) <= RPE_CONFIRMS_RESERVE:
        return True
    recent = sessions[-TOP_OF_RANGE_SESSIONS:]
    return len(recent) == TOP_OF_RANGE_SESSIONS and all(_at_top(s, high, timed) for s in recent)


def _at_top(session: ExerciseSession, high: int, timed: bool) -> bool:
    done = [round(s.hold_seconds or 0) if timed else (s.reps or 0) for s in session.sets]
    return bool(done) and min(done) >= high


def _worst(history: History, day: date) -> int | None:
    values = []
    if day in history.set_pain:
        values.append(history.set_pain[day])
    check = history.checks.get(day)
    if check is not None:
        values += [v for v in (check.after, check.next_morning) if v is not None]
    return max(values) if values else None
