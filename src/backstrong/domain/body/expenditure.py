"""Adaptive expenditure: what a person really spends a day, learnt from logged intake and weight.

A two-state Kalman filter over [weight kg, expenditure kcal/day]. Each day weight moves by
(intake − expenditure)/ρ, with logged intake as a noisy control (~10 % error); each weigh-in
corrects weight, and through the weight, expenditure. The prior is BMR × activity factor. Days the
caller flags as incomplete are left out of the energy balance (their weigh-ins still count).
From the estimate, a target change is suggested, capped at ±150 kcal a week.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from backstrong.domain.nutrition.activity import ActivityLevel
from backstrong.domain.nutrition.goals import kcal_per_kg_rule
from backstrong.domain.nutrition.measurements import InvalidInput

# Logged intake is off by ~10 % a day (food-log studies; docs/sources.md#energy).
INTAKE_ERROR_FRACTION = 0.10
WEIGHT_READING_SD_KG = 0.5  # day-to-day scale swing from water and gut content. *Convention*
# How much real expenditure may drift a day (weight change, adaptation, activity). *Convention*
EXPENDITURE_DRIFT_SD_KCAL = 10.0
PRIOR_SD_FRACTION = 0.15  # BMR × activity factor is within ~15 % for most people. *Convention*
# An unlogged day is assumed eaten at expenditure, give or take this much. *Convention*
UNLOGGED_DAY_INTAKE_SD_KCAL = 1000.0
# Change the target by at most ~100–150 kcal a week (docs/sources.md#energy).
MAX_TARGET_CHANGE_KCAL_PER_WEEK = 150.0
SUGGESTION_MAX_SD_KCAL = 250.0  # above this uncertainty the estimate is too vague to act on


@dataclass(frozen=True, slots=True)
class DayLog:
    """One day: the logged intake, the morning weigh-in (either may be missing), and the caller's
    flag saying whether the food log of that day is complete."""

    day: date
    intake_kcal: float | None
    weight_kg: float | None = None
    complete: bool = True

    @property
    def counts_for_energy(self) -> bool:
        return self.complete and self.intake_kcal is not None


@dataclass(frozen=True, slots=True)
class DailyEstimate:
    day: date
    weight_kg: float
    expenditure_kcal: float
    sd_kcal: float


@dataclass(frozen=True, slots=True)
class ExpenditureEstimate:
    expenditure_kcal: float
    sd_kcal: float  # one standard deviation
    weight_kg: float | None  # the filter's weight, a trend; None without any weigh-in
    days_used: int
    days_left_out: int
    history: tuple[DailyEstimate, ...]


@dataclass(frozen=True, slots=True)
class TargetSuggestion:
    current_target_kcal: float
    suggested_target_kcal: float
    capped: bool
    explanation: str

    @property
    def change_kcal(self) -> float:
        return self.suggested_target_kcal - self.current_target_kcal


def expenditure_prior_kcal(bmr_kcal: float, activity: ActivityLevel) -> float:
    return bmr_kcal * activity.multiplier


def estimate_expenditure(
    logs: Sequence[DayLog], prior_kcal: float, prior_sd_kcal: float | None = None
) -> ExpenditureEstimate:
    """Run the filter over the logs (any order; missing days count as unlogged)."""
    if not prior_kcal > 0:
        raise InvalidInput("expected expenditure", prior_kcal, "must be a positive kcal a day")
    prior_sd = PRIOR_SD_FRACTION * prior_kcal if prior_sd_kcal is None else prior_sd_kcal
    by_day = {log.day: log for log in logs}
    weighed = sorted(day for day, log in by_day.items() if log.weight_kg is not None)
    if not weighed:
        return ExpenditureEstimate(prior_kcal, prior_sd, None, 0, len(by_day), ())
    filter_ = _Filter(by_day[weighed[0]].weight_kg or 0.0, prior_kcal, prior_sd)
    history: list[DailyEstimate] = []
    used = left_out = 0
    day, last = weighed[0], max(by_day)
    while True:
        log = by_day.get(day)
        if log is not None and log.weight_kg is not None:
            filter_.observe(log.weight_kg)
        history.append(DailyEstimate(day, filter_.weight, filter_.expenditure, filter_.sd_kcal))
        if day == last:
            break
        if log is not None and log.counts_for_energy:
            filter_.eat(log.intake_kcal or 0.0)
            used += 1
        else:
            filter_.skip()
            left_out += 1
        day += timedelta(days=1)
    return ExpenditureEstimate(
        filter_.expenditure, filter_.sd_kcal, filter_.weight, used, left_out, tuple(history)
    )


def suggest_target(
    current_target_kcal: float,
    estimate: ExpenditureEstimate,
    goal_kcal_change: float,
    weeks_since_last_change: float = 1.0,
    floor_kcal: float = 0.0,
) -> TargetSuggestion:
    """Move the target towards estimated expenditure + the goal's change, by at most
    :data:`MAX_TARGET_CHANGE_KCAL_PER_WEEK` per week since the last change, never under
    ``floor_kcal`` (pass the sex's floor from ``nutrition.energy.FLOOR_KCAL``)."""
    if estimate.sd_kcal > SUGGESTION_MAX_SD_KCAL:
        explanation = (
            f"Not enough logged days yet: expenditure is {estimate.expenditure_kcal:,.0f}"
            f" ± {estimate.sd_kcal:,.0f} kcal, too uncertain to change the target."
        )
        return TargetSuggestion(current_target_kcal, current_target_kcal, False, explanation)
    ideal = estimate.expenditure_kcal + goal_kcal_change
    cap = MAX_TARGET_CHANGE_KCAL_PER_WEEK * max(weeks_since_last_change, 0.0)
    change = min(max(ideal - current_target_kcal, -cap), cap)
    suggested = max(current_target_kcal + change, floor_kcal)
    capped = abs(ideal - current_target_kcal) > cap
    explanation = (
        f"You seem to spend about {estimate.expenditure_kcal:,.0f} ± {estimate.sd_kcal:,.0f} kcal"
        f" a day; with your goal ({goal_kcal_change:+,.0f} kcal) that points to"
        f" {ideal:,.0f} kcal."
    )
    if capped:
        explanation += (
            f" The target moves at most {MAX_TARGET_CHANGE_KCAL_PER_WEEK:,.0f} kcal a week so"
            " that one odd week cannot swing it."
        )
    if suggested > current_target_kcal + change:
        explanation += f" It stays at the {floor_kcal:,.0f} kcal minimum."
    return TargetSuggestion(current_target_kcal, suggested, capped, explanation)


class _Filter:
    """The Kalman filter's mean [weight, expenditure] and covariance, updated in place."""

    def __init__(self, weight_kg: float, prior_kcal: float, prior_sd_kcal: float) -> None:
        self.weight, self.expenditure = weight_kg, prior_kcal
        self.p_ww, self.p_we, self.p_ee = WEIGHT_READING_SD_KG**2, 0.0, prior_sd_kcal**2
        self.kcal_per_kg = kcal_per_kg_rule()
        self.logged_kcal, self.logged_days = 0.0, 0

    @property
    def sd_kcal(self) -> float:
        return math.sqrt(self.p_ee)

    def observe(self, weight_kg: float) -> None:
        innovation_var = self.p_ww + WEIGHT_READING_SD_KG**2
        gain_w, gain_e = self.p_ww / innovation_var, self.p_we / innovation_var
        innovation = weight_kg - self.weight
        self.weight += gain_w * innovation
        self.expenditure += gain_e * innovation
        self.p_ee -= gain_e * self.p_we
        self.p_ww, self.p_we = (1.0 - gain_w) * self.p_ww, (1.0 - gain_w) * self.p_we

    def eat(self, intake_kcal: float) -> None:
        """One day with a complete food log: weight moves by (intake − expenditure)/ρ."""
        self.logged_kcal += intake_kcal
        self.logged_days += 1
        self._predict(intake_kcal, INTAKE_ERROR_FRACTION * intake_kcal)

    def _predict(self, intake_kcal: float, intake_sd_kcal: float) -> None:
        a = 1.0 / self.kcal_per_kg
        self.weight += (intake_kcal - self.expenditure) * a
        self.p_ww += -2.0 * a * self.p_we + a * a * self.p_ee + (intake_sd_kcal * a) ** 2
        self.p_we -= a * self.p_ee
        self.p_ee += EXPENDITURE_DRIFT_SD_KCAL**2

    def skip(self) -> None:
        """A day left out: assume the usual logged intake (or, before any, expenditure) with a
        wide uncertainty, so that its weight change teaches little."""
        usual = self.logged_kcal / self.logged_days if self.logged_days else self.expenditure
        self._predict(usual, UNLOGGED_DAY_INTAKE_SD_KCAL)
