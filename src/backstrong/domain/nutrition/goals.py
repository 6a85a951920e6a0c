"""Weight goals ("lose-0.5", "gain-1kg", "maintain") and the 3,500-kcal-per-pound rule behind them.

The rule is the *convention* of consumer calculators (Wishnofsky 1958): one pound of body weight
stores 3,500 kcal, so a goal of x lb a week moves intake by 500·x kcal/day. It overestimates
long-run change (Hall 2011, Thomas 2013); ``backstrong.domain.body`` has the dynamic model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.units import MassUnit, convert

KCAL_PER_LB_RULE = 3500.0  # Wishnofsky 1958; *convention* ("3,500 kcal per pound")
DAYS_PER_WEEK = 7
# The rates the calculator offers, per week, in the goal's unit (lb and kg; the calorie-tracker
# widget of the lower back and hip article: docs/sources.md#articles).
GOAL_RATES = (0.5, 1.0, 1.5, 2.0)

_GOAL_TEXT = re.compile(r"(?P<direction>gain|lose)-(?P<rate>\d+(?:\.\d+)?)(?P<unit>kg|lb)?")


class GoalDirection(StrEnum):
    GAIN = "gain"
    MAINTAIN = "maintain"
    LOSE = "lose"


def kcal_per_kg_rule() -> float:
    """The 3,500-kcal-per-pound rule per kilogram (≈ 7,716 kcal/kg), converted by pint."""
    return KCAL_PER_LB_RULE * convert(1.0, "kilogram", "pound")


@dataclass(frozen=True, slots=True)
class WeightGoal:
    """A weekly rate of weight change: ``rate`` in ``unit`` per week (0 when maintaining)."""

    direction: GoalDirection
    rate: float = 0.0
    unit: MassUnit = MassUnit.LB

    @property
    def kg_per_week(self) -> float:
        """Signed: negative when losing."""
        sign = {GoalDirection.GAIN: 1.0, GoalDirection.LOSE: -1.0}.get(self.direction, 0.0)
        return sign * convert(self.rate, self.unit, MassUnit.KG)

    @property
    def daily_kcal_change(self) -> float:
        """Change from maintenance intake, kcal/day, by the 3,500-kcal rule (negative to lose)."""
        return self.kg_per_week * kcal_per_kg_rule() / DAYS_PER_WEEK

    @property
    def label(self) -> str:
        if self.direction is GoalDirection.MAINTAIN:
            return "maintain"
        suffix = "kg" if self.unit is MassUnit.KG else ""
        return f"{self.direction.value}-{self.rate:g}{suffix}"


MAINTAIN = WeightGoal(GoalDirection.MAINTAIN)


def parse_goal(text: str) -> WeightGoal:
    """``maintain``, ``gain-2`` … ``lose-2`` (lb a week), or with ``kg`` (``lose-0.5kg``)."""
    key = text.strip().lower().replace(" ", "")
    if key == "maintain":
        return MAINTAIN
    match = _GOAL_TEXT.fullmatch(key)
    rate = float(match["rate"]) if match else None
    if match is None or rate not in GOAL_RATES:
        rates = ", ".join(f"{r:g}" for r in GOAL_RATES)
        problem = (
            f"use 'maintain', or 'gain-' or 'lose-' followed by {rates} (lb a week),"
            " optionally with 'kg' for kg a week, e.g. 'lose-0.5' or 'lose-0.5kg'"
        )
        raise InvalidInput("goal", text, problem)
    unit = MassUnit.KG if match["unit"] == "kg" else MassUnit.LB
    return WeightGoal(GoalDirection(match["direction"]), rate, unit)
