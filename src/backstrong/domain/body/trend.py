"""The weight log and its trend: time-aware exponential smoothing and the weekly rate of change.

Day-to-day scale readings swing with water and gut content; the trend follows the tissue.
Each entry pulls the trend towards it by 1 − e^(−Δt/τ): a long gap lets one reading count more,
several readings on one day count little each. Body-fat % and girths ride along as plain data.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from backstrong.domain.nutrition.goals import DAYS_PER_WEEK
from backstrong.domain.nutrition.measurements import InvalidInput

# τ of the trend: 7–10 days is usual (docs/sources.md#energy); the Hacker's Diet's fixed 0.1 a day
# is τ ≈ 9.5 days.
TREND_TIME_CONSTANT_DAYS = 10.0
RATE_WINDOW_DAYS = 14.0  # the weekly rate is the trend's slope over the last two weeks
RATE_MIN_SPAN_DAYS = 3.0  # less than this says nothing about a rate
SECONDS_PER_DAY = 86_400.0


@dataclass(frozen=True, slots=True)
class Girth:
    site: str  # e.g. "waist", "hips", "thigh"
    centimetres: float


@dataclass(frozen=True, slots=True)
class WeightEntry:
    """One weigh-in. A plain ``date`` counts as midnight of that day."""

    at: datetime | date
    weight_kg: float
    body_fat_percent: float | None = None
    girths: tuple[Girth, ...] = ()

    def __post_init__(self) -> None:
        if not (math.isfinite(self.weight_kg) and self.weight_kg > 0):
            raise InvalidInput("weight", self.weight_kg, "must be a positive number of kg")

    @property
    def moment(self) -> datetime:
        if isinstance(self.at, datetime):
            return self.at
        return datetime.combine(self.at, time())


@dataclass(frozen=True, slots=True)
class TrendPoint:
    at: datetime
    weight_kg: float
    trend_kg: float


@dataclass(frozen=True, slots=True)
class TrendSummary:
    points: tuple[TrendPoint, ...]
    weekly_rate_kg: float | None  # None until the log spans a few days

    @property
    def latest_trend_kg(self) -> float | None:
        return self.points[-1].trend_kg if self.points else None


def weight_trend(
    entries: Iterable[WeightEntry], tau_days: float = TREND_TIME_CONSTANT_DAYS
) -> tuple[TrendPoint, ...]:
    """The trend at every entry, in time order; the first entry starts the trend."""
    ordered = sorted(entries, key=lambda entry: entry.moment)
    points: list[TrendPoint] = []
    trend = 0.0
    previous: datetime | None = None
    for entry in ordered:
        moment = entry.moment
        if previous is None:
            trend = entry.weight_kg
        else:
            gap_days = (moment - previous).total_seconds() / SECONDS_PER_DAY
            trend += (1.0 - math.exp(-gap_days / tau_days)) * (entry.weight_kg - trend)
        points.append(TrendPoint(moment, entry.weight_kg, trend))
        previous = moment
    return tuple(points)


def weekly_rate_kg(
    points: Sequence[TrendPoint], window_days: float = RATE_WINDOW_DAYS
) -> float | None:
    """Least-squares slope of the trend over the last ``window_days``, in kg a week (negative
    when losing); None when the window spans less than :data:`RATE_MIN_SPAN_DAYS`."""
    if not points:
        return None
    end = points[-1].at
    recent = [p for p in points if (end - p.at).total_seconds() / SECONDS_PER_DAY <= window_days]
    days = [(p.at - end).total_seconds() / SECONDS_PER_DAY for p in recent]
    if days[-1] - days[0] < RATE_MIN_SPAN_DAYS:
        return None
    mean_day = sum(days) / len(days)
    mean_trend = sum(p.trend_kg for p in recent) / len(recent)
    covariance = sum(
        (d - mean_day) * (p.trend_kg - mean_trend) for d, p in zip(days, recent, strict=True)
    )
    spread = sum((d - mean_day) ** 2 for d in days)
    return covariance / spread * DAYS_PER_WEEK


def summarise_trend(
    entries: Iterable[WeightEntry], tau_days: float = TREND_TIME_CONSTANT_DAYS
) -> TrendSummary:
    points = weight_trend(entries, tau_days)
    return TrendSummary(points, weekly_rate_kg(points))
