"""A progressive walking programme beside the sessions, after the WalkBack trial.

WalkBack (Pocovi et al., Lancet 2024; 701 adults recovered from an episode of low back pain): an
individualised, progressive walking programme with education nearly halved recurrences that
limit activity (median 208 vs 112 days to the first one). Its programme built up to about 30
minutes, five times a week. Here: a start that suits the person, minutes first, then days,
held in deload weeks, logged as the ``walking`` exercise by duration (so training energy counts
it at its MET).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backstrong.domain.programs.intake import GENTLE_START_PAIN, Intake
from backstrong.domain.programs.phases import WeekFrame

WALKING_ID = "walking"
TARGET_MINUTES = 30  # WalkBack: about 30 minutes …
TARGET_DAYS = 5  # … five times a week
START_MINUTES = 15  # convention: a comfortable first walk
GENTLE_START_MINUTES = 10  # convention: acute or strong pain, or 65 and over
START_DAYS = 3  # convention
MINUTES_STEP = 5  # every other week (convention)
WEEKS_PER_MINUTES_STEP = 2
WEEKS_PER_DAYS_STEP = 3  # one more day every third week (convention)
OLDER_ADULT_AGE = 65


@dataclass(frozen=True, slots=True)
class WalkingTarget:
    """One week's walking: ``minutes`` a day (may be split into two walks) on ``days`` days."""

    minutes: int
    days: int
    reason: str
    exercise_id: str = WALKING_ID

    @property
    def weekly_minutes(self) -> int:
        return self.minutes * self.days


def walking_weeks(intake: Intake, frames: Sequence[WeekFrame]) -> tuple[WalkingTarget | None, ...]:
    """One target per week (None for every week when walking does not fit the person)."""
    if not intake.walking:
        return tuple(None for _ in frames)
    start = _start_minutes(intake)
    out: list[WalkingTarget | None] = []
    steps = 0  # weeks of progression so far; deload weeks hold
    for frame in frames:
        minutes = min(TARGET_MINUTES, start + MINUTES_STEP * (steps // WEEKS_PER_MINUTES_STEP))
        days = min(TARGET_DAYS, START_DAYS + steps // WEEKS_PER_DAYS_STEP)
        out.append(WalkingTarget(minutes, days, _reason(minutes, days, frame, steps)))
        if not frame.deload:
            steps += 1
    return tuple(out)


def _start_minutes(intake: Intake) -> int:
    gentle = intake.starts_gently or intake.pain >= GENTLE_START_PAIN
    return GENTLE_START_MINUTES if gentle or intake.age >= OLDER_ADULT_AGE else START_MINUTES


def _reason(minutes: int, days: int, frame: WeekFrame, steps: int) -> str:
    base = (
        f"Walk {minutes} minutes on {days} days this week, at a pace you can talk at; two "
        "shorter walks count the same"
    )
    if steps == 0:
        why = (
            "regular walking that builds up slowly helps keep back pain from coming back "
            "(WalkBack trial, 2024)"
        )
    elif frame.deload:
        why = "a lighter week for the sessions, so the walking holds steady too"
    elif minutes >= TARGET_MINUTES and days >= TARGET_DAYS:
        why = "you have reached the 30 minutes, five days a week the WalkBack programme built to"
    else:
        why = "a little more than before, building towards 30 minutes on five days"
    return f"{base}: {why}."
