"""Plain-words descriptions of plans and prescriptions, shared by every interface (CLI, web
pages, the printable handout and the calendar)."""

from __future__ import annotations

from typing import Any

from backstrong.domain.exercises.vocabulary import EQUIPMENT
from backstrong.domain.programs.dosage import Dose
from backstrong.domain.programs.intake import Goal, Intake
from backstrong.domain.programs.phases import PHASE_LAY_NAMES, Phase
from backstrong.domain.programs.plan import DailyMobility, PrescribedExercise, Week
from backstrong.domain.programs.prescription import Change, NextExercise
from backstrong.domain.programs.reasons import dose_phrase
from backstrong.domain.programs.red_flags import ScreenResult, Severity
from backstrong.domain.programs.safety import DISCLAIMER
from backstrong.domain.programs.walking import WalkingTarget
from backstrong.domain.training.model import Load
from backstrong.domain.units import MassUnit

Range = tuple[int, int]

SEVERITY_HEADINGS: dict[Severity, str] = {
    Severity.EMERGENCY: "Get emergency care now",
    Severity.PROMPT: "See a clinician soon",
    Severity.YOUNG_PERSON: "This program is for adults",
    Severity.REVIEW: "Your plan is ready: a check-up is worth booking",
}

CHANGE_LABELS: dict[Change, str] = {
    Change.START: "first time",
    Change.REPEAT: "same as last time",
    Change.MORE_REPS: "more reps",
    Change.LONGER_HOLDS: "longer holds",
    Change.LOAD_UP: "heavier",
    Change.NEW_RANGE: "new rep range",
    Change.HARDER_VARIANT: "harder version",
    Change.LOAD_DOWN: "lighter for pain",
    Change.EASIER_VARIANT: "easier version",
    Change.DELOAD: "lighter week",
    Change.RESUME: "back after a break",
}


GOAL_LABELS: dict[Goal, str] = {
    Goal.PAIN_RELIEF: "less back pain",
    Goal.STRENGTH: "strength",
    Goal.MOBILITY: "mobility",
}
PRESET_WORDS: dict[str, str] = {
    "none": "body weight only",
    "home-basic": "home basics",
    "home-dumbbells": "home with dumbbells",
    "home-barbell": "home gym",
    "gym": "a full gym",
}


def equipment_text(tokens: tuple[str, ...]) -> str:
    """'home with dumbbells, kettlebell' from an intake's presets and items."""
    words = [PRESET_WORDS.get(t, EQUIPMENT.get(t, t)) for t in tokens]
    if len(words) > 1 and words[0] == PRESET_WORDS["none"]:
        words = words[1:]  # "nothing" beside items means just those items
    return ", ".join(dict.fromkeys(words)) or PRESET_WORDS["none"]


def plan_title(intake: Intake) -> str:
    """'Plan for less back pain': how a list of plans names each."""
    return f"Plan for {GOAL_LABELS[intake.goal]}"


def intake_summary(intake: Intake) -> str:
    """'8 weeks · 3 days a week, about 30 min · goal: strength · home with dumbbells ·
    back pain 2/10 (chronic)' — what a list of plans shows of each."""
    parts = [
        f"{intake.weeks} weeks",
        f"{intake.days_per_week} days a week, about {intake.minutes_per_session} min",
        f"goal: {GOAL_LABELS[intake.goal]}",
        equipment_text(intake.equipment),
    ]
    if intake.pain:
        duration = f" ({intake.pain_duration.value})" if intake.pain_duration else ""
        parts.append(f"back pain {intake.pain}/10{duration}")
    if intake.sensitivities:
        parts.append("avoids " + ", ".join(sorted(s.value for s in intake.sensitivities)))
    if intake.pregnancy_weeks is not None:
        parts.append(f"{intake.pregnancy_weeks} weeks pregnant")
    if intake.weeks_since_birth is not None:
        how = " (caesarean)" if intake.caesarean else ""
        parts.append(f"birth {intake.weeks_since_birth} weeks before{how}")
    if intake.osteoporosis:
        parts.append("osteoporosis")
    return " · ".join(parts)


def dose_text(
    sets: int,
    reps: Range | None,
    hold_seconds: Range | None,
    *,
    unilateral: bool,
    rest_seconds: int = 0,
) -> str:
    """'3 × 8–12 reps per side, rest 90 s' or '2 × 20–45 s hold'."""
    return dose_phrase(Dose(sets, reps, hold_seconds, rest_seconds, ""), unilateral)


def load_text(load: Load | None, unit: str | None = None) -> str:
    """'42.5 kg', '95 lb' or 'body weight'; in ``unit`` (the person's kg or lb) when given."""
    if load is None:
        return "body weight"
    if unit is not None:
        load = load.to(MassUnit(unit))
    value = round(load.value, 2)
    shown = f"{value:g}" if value != int(value) else str(int(value))
    return f"{shown} {load.unit.value}"


def prescribed_text(item: PrescribedExercise, unilateral: bool, unit: str | None = None) -> str:
    """A plan entry's dose, with its load when the plan sets one."""
    text = dose_text(
        item.sets,
        item.reps,
        item.hold_seconds,
        unilateral=unilateral,
        rest_seconds=item.rest_seconds,
    )
    return text if item.load is None else f"{text} at {load_text(item.load, unit)}"


def next_text(item: NextExercise, unilateral: bool, unit: str | None = None) -> str:
    """This time's target: '3 sets of 10 reps at 42.5 kg, rest 90 s'."""
    side = " per side" if unilateral else ""
    if item.target_hold_seconds is not None and item.target_reps:
        work = f"{item.target_reps} holds of {item.target_hold_seconds} s{side}"
    elif item.target_hold_seconds is not None:
        work = f"a {item.target_hold_seconds} s hold{side}"
    elif item.target_reps is not None:
        work = f"{item.target_reps} reps{side}"
    else:
        return dose_text(
            item.sets,
            item.reps,
            item.hold_seconds,
            unilateral=unilateral,
            rest_seconds=item.rest_seconds,
        )
    sets = "1 set" if item.sets == 1 else f"{item.sets} sets"
    load = "" if item.load is None else f" at {load_text(item.load, unit)}"
    rest = f", rest {item.rest_seconds} s" if item.rest_seconds else ""
    return f"{sets} of {work}{load}{rest}"


def daily_text(item: DailyMobility, unilateral: bool) -> str:
    """'2 × 5–10 s hold per side, 3 times a day'."""
    text = dose_text(item.sets, item.reps, item.hold_seconds, unilateral=unilateral)
    times = "once a day" if item.times_per_day == 1 else f"{item.times_per_day} times a day"
    return f"{text}, {times}"


def phase_name(phase: Phase) -> str:
    """'Base phase'."""
    name = PHASE_LAY_NAMES[phase]
    return name[0].upper() + name[1:]


def week_title(week: Week) -> str:
    """'Week 4 · base phase · deload week'."""
    parts = [f"Week {week.number}", PHASE_LAY_NAMES[week.phase]]
    if week.deload:
        parts.append("deload week")
    return " · ".join(parts)


def walking_text(target: WalkingTarget | None) -> str:
    """'Walk 15 minutes a day on 3 days this week' ('' without walking)."""
    if target is None:
        return ""
    days = "1 day" if target.days == 1 else f"{target.days} days"
    return f"Walk {target.minutes} minutes a day on {days} this week"


def session_title(week_number: int, index: int) -> str:
    """'Week 2, session 3' (sessions count from 1 for people)."""
    return f"Week {week_number}, session {index + 1}"


def screen_json(result: ScreenResult) -> dict[str, Any]:
    """A screen with warning signs as every interface reports it (the API's 422 body)."""
    return {
        "outcome": result.outcome.value,
        "red_flags": [flag.slug for flag in result.flags],
        "questions": [flag.question for flag in result.flags],
        "severity": None if result.severity is None else result.severity.value,
        "heading": None if result.severity is None else SEVERITY_HEADINGS[result.severity],
        "advice": result.advice,
        "derived": [{"slug": d.slug, "why": d.why} for d in result.derived],
        "reviews": [
            {"slug": r.slug, "advice": r.advice, "signs": list(r.signs)} for r in result.reviews
        ],
        "disclaimer": DISCLAIMER,
    }
