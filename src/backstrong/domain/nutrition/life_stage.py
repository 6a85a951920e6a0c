"""Pregnancy and breastfeeding in the calorie target (docs/sources.md#energy).

- Extra energy, from the Institute of Medicine's dietary reference intakes (2005): none in the
  first trimester, 340 kcal a day in the second (from week 14), 452 in the third (from week 28);
  330 kcal a day while breastfeeding (the first six months' figure, used throughout).
- No weight-loss or weight-gain goal in pregnancy: the target is maintenance plus the extra,
  and gaining is expected (how much is the midwife's call).
- While breastfeeding, a loss of at most 0.5 kg a week keeps the milk supply safe (a common
  clinical rule; *convention* here): a faster goal is slowed to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from backstrong.domain.nutrition.goals import DAYS_PER_WEEK, kcal_per_kg_rule
from backstrong.domain.nutrition.measurements import InvalidInput

SECOND_TRIMESTER_WEEK = 14
THIRD_TRIMESTER_WEEK = 28
SECOND_TRIMESTER_KCAL = 340.0
THIRD_TRIMESTER_KCAL = 452.0
BREASTFEEDING_KCAL = 330.0
BREASTFEEDING_MAX_LOSS_KG_WEEK = 0.5
TERM_WEEKS = 40
LAST_WEEK = 42  # past this the due date is over: the profile is not read as pregnant any more
DUE_DATE_AHEAD_WEEKS = 42  # a due date further off than this is a typo


def pregnancy_weeks(due: date | None, on: date) -> float | None:
    """How far along a pregnancy with this due date is on ``on`` (None when there is none, or
    the due date is more than two weeks past)."""
    if due is None:
        return None
    weeks = TERM_WEEKS - (due - on).days / DAYS_PER_WEEK
    return max(0.0, weeks) if weeks <= LAST_WEEK else None


@dataclass(frozen=True, slots=True)
class LifeStageEnergy:
    """What pregnancy or breastfeeding changes: the extra kcal, the goal's change as applied,
    why (``steps``) and what the person should know (``notes``)."""

    extra_kcal: float
    goal_change: float
    steps: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def life_stage_energy(
    goal_change: float, weeks_pregnant: float | None, breastfeeding: bool
) -> LifeStageEnergy:
    if weeks_pregnant is not None:
        return _pregnant(goal_change, weeks_pregnant)
    if breastfeeding:
        return _breastfeeding(goal_change)
    return LifeStageEnergy(0.0, goal_change)


def _pregnant(goal_change: float, weeks: float) -> LifeStageEnergy:
    if weeks >= THIRD_TRIMESTER_WEEK:
        extra, when = THIRD_TRIMESTER_KCAL, "the third trimester"
    elif weeks >= SECOND_TRIMESTER_WEEK:
        extra, when = SECOND_TRIMESTER_KCAL, "the second trimester"
    else:
        extra, when = 0.0, "the first trimester"
    step = f"Pregnancy, week {int(weeks)} ({when}): {extra:+,.0f} kcal a day" + (
        " (no extra is needed yet)." if not extra else "."
    )
    notes = []
    if goal_change:
        notes.append(
            "Weight goals wait during pregnancy: the target is what keeps you going plus "
            "pregnancy's extra. Gaining weight is expected; ask your midwife how much suits you."
        )
    return LifeStageEnergy(extra, 0.0, (step,), tuple(notes))


def _breastfeeding(goal_change: float) -> LifeStageEnergy:
    step = f"Breastfeeding: {BREASTFEEDING_KCAL:+,.0f} kcal a day for the milk."
    slowest = -BREASTFEEDING_MAX_LOSS_KG_WEEK * kcal_per_kg_rule() / DAYS_PER_WEEK
    if goal_change >= slowest:
        return LifeStageEnergy(BREASTFEEDING_KCAL, goal_change, (step,))
    note = (
        f"While breastfeeding, lose at most {BREASTFEEDING_MAX_LOSS_KG_WEEK:g} kg a week so your "
        f"milk supply stays up: the goal is slowed to that ({slowest:+,.0f} kcal a day)."
    )
    return LifeStageEnergy(BREASTFEEDING_KCAL, slowest, (step,), (note,))


def parse_due_date(value: object, today: date) -> date | None:
    """A due date as typed (``2027-05-14``; ``none`` or ``-`` for no pregnancy), between two
    weeks ago and 42 weeks ahead."""
    text = str(value).strip()
    if text.lower() in ("none", "-"):
        return None
    earliest = today - timedelta(weeks=LAST_WEEK - TERM_WEEKS)
    latest = today + timedelta(weeks=DUE_DATE_AHEAD_WEEKS)
    accepted = f"a date from {earliest} to {latest}, like {latest}, or none"
    try:
        due = value if isinstance(value, date) else date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("due_date", value, accepted) from None
    if not earliest <= due <= latest:
        raise InvalidInput("due_date", value, accepted)
    return due


MODEL_NOTES = {
    "pregnant": (
        "The body-weight model is fitted on adults who are not pregnant: it does not show the "
        "weight a pregnancy adds, so read its lines as a rough guide only."
    ),
    "breastfeeding": (
        "The body-weight model does not count the energy breastfeeding takes; the weight it "
        "shows may come off faster than this."
    ),
}


def model_note(due: date | None, breastfeeding: bool, on: date) -> str | None:
    """What to say beside a body-weight projection for someone pregnant or breastfeeding."""
    if pregnancy_weeks(due, on) is not None:
        return MODEL_NOTES["pregnant"]
    return MODEL_NOTES["breastfeeding"] if breastfeeding else None
