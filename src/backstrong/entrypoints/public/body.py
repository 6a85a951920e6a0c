"""Body-weight results as public JSON: weigh-ins, the trend, the expenditure estimate, and
projections and goal plans through the Hall model."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BeforeValidator

from backstrong.entrypoints.public import (
    Hundredth,
    HundredthOrNone,
    IsoTime,
    Public,
    Whole,
    at,
)


def _girths(girths: Any) -> Any:
    if isinstance(girths, dict):
        return girths
    return {g.site: g.centimetres for g in girths}


class WeightPublic(Public):
    """A weigh-in as stored (``LoggedWeight``)."""

    id: int
    measured_at: IsoTime = at("entry", "moment")
    weight_kg: Hundredth = at("entry", "weight_kg")
    body_fat_percent: float | None = at("entry", "body_fat_percent")
    girths: Annotated[dict[str, float], BeforeValidator(_girths)] = at("entry", "girths")


class TrendPointPublic(Public):
    at: IsoTime
    weight_kg: Hundredth
    trend_kg: Hundredth


class TrendPublic(Public):
    """The weight trend (``TrendSummary``) and its weekly rate."""

    trend_kg: HundredthOrNone = at("latest_trend_kg")
    weekly_rate_kg: HundredthOrNone
    points: list[TrendPointPublic]


class SuggestionPublic(Public):
    current_target_kcal: Whole
    suggested_target_kcal: Whole
    change_kcal: Whole
    capped: bool
    explanation: str


class LeftOutDayPublic(Public):
    date: dt.date = at("day")
    reason: str


class ExpenditurePublic(Public):
    """What the person really spends a day (``ExpenditureReport``), learnt from diary and
    weigh-ins; ``note`` says when nothing was learnt yet."""

    expenditure_kcal: Whole = at("estimate", "expenditure_kcal")
    sd_kcal: Whole = at("estimate", "sd_kcal")
    weight_kg: HundredthOrNone = at("estimate", "weight_kg")
    days_used: int = at("estimate", "days_used")
    days_left_out: int = at("estimate", "days_left_out")
    learnt: bool
    note: str | None
    prior_kcal: Whole
    suggestion: SuggestionPublic | None
    left_out: list[LeftOutDayPublic]


class BodyStatePublic(Public):
    """One day of a projection; ``lean_kg`` is fat-free mass, so weight = fat + lean."""

    day: int
    weight_kg: Hundredth
    fat_kg: Hundredth
    lean_kg: Hundredth = at("fat_free_kg")


class RulePointPublic(Public):
    day: int
    weight_kg: Hundredth


class ProjectionPublic(Public):
    baseline_intake_kcal: Whole
    trajectory: list[BodyStatePublic]
    rule_3500: list[RulePointPublic]
    warnings: list[str]


class GoalPlanPublic(Public):
    goal_weight_kg: Hundredth
    by_day: int
    reachable: bool
    intake_kcal: Whole
    intake_change_kcal: Whole
    baseline_intake_kcal: Whole
    weight_on_day_kg: Hundredth
    message: str
    warnings: list[str]


class WeighInImportPublic(Public):
    """What a weigh-in import adds and skips (``WeighInPlan``: a preview, or what was stored)."""

    source: str
    added: int = at("added_count")
    duplicates: int = at("duplicate_count")
    skipped_rows: list[str] = at("skipped_texts")
    warnings: list[str] = at("warning_texts")
    first: IsoTime | None
    last: IsoTime | None
