"""Adaptive expenditure on synthetic logs: a person who truly spends 2,600 kcal a day, eats
2,100, and whose calculator said 2,200."""

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from backstrong.domain.body.expenditure import (
    MAX_TARGET_CHANGE_KCAL_PER_WEEK,
    DayLog,
    estimate_expenditure,
    expenditure_prior_kcal,
    suggest_target,
)
from backstrong.domain.nutrition.activity import ActivityLevel
from backstrong.domain.nutrition.goals import kcal_per_kg_rule
from backstrong.domain.nutrition.measurements import InvalidInput

TRUE_EXPENDITURE = 2600.0
LOGGED_INTAKE = 2100.0
PRIOR = 2200.0
FIRST_DAY = date(2024, 1, 1)


def synthetic_logs(
    days: int,
    seed: int | None = None,
    weight_sd_kg: float = 0.5,
    intake_error: float = 0.10,
) -> list[DayLog]:
    """Seed None: no noise. Otherwise daily scale noise and ~10 % error in what was logged."""
    rng = random.Random(seed)
    weight, logs = 90.0, []
    for day in range(days + 1):
        eaten = LOGGED_INTAKE * (1 + (rng.gauss(0, intake_error) if seed is not None else 0))
        reading = weight + (rng.gauss(0, weight_sd_kg) if seed is not None else 0)
        logs.append(DayLog(FIRST_DAY + timedelta(days=day), LOGGED_INTAKE, reading))
        weight += (eaten - TRUE_EXPENDITURE) / kcal_per_kg_rule()
    return logs


def test_without_noise_the_estimate_finds_the_true_expenditure_within_three_weeks():
    estimate = estimate_expenditure(synthetic_logs(21), PRIOR)
    assert estimate.expenditure_kcal == pytest.approx(TRUE_EXPENDITURE, abs=60)


@pytest.mark.parametrize("seed", range(20))
def test_with_noisy_scales_and_logs_six_weeks_land_near_the_truth(seed):
    estimate = estimate_expenditure(synthetic_logs(42, seed), PRIOR)
    assert estimate.expenditure_kcal == pytest.approx(TRUE_EXPENDITURE, abs=200)
    assert abs(estimate.expenditure_kcal - TRUE_EXPENDITURE) < 3 * estimate.sd_kcal


def test_uncertainty_shrinks_as_days_are_logged():
    sds = [estimate_expenditure(synthetic_logs(days, 1), PRIOR).sd_kcal for days in (7, 21, 42)]
    assert sds[0] > sds[1] > sds[2]
    assert sds[2] < 100


def test_flagged_incomplete_days_are_left_out_of_the_balance():
    logs = synthetic_logs(42, seed=3)
    flagged = [
        replace(log, intake_kcal=600.0, complete=False) if i % 4 == 0 else log
        for i, log in enumerate(logs)
    ]
    clean = estimate_expenditure(logs, PRIOR)
    with_gaps = estimate_expenditure(flagged, PRIOR)
    assert with_gaps.days_left_out == 11
    assert with_gaps.expenditure_kcal == pytest.approx(clean.expenditure_kcal, abs=120)
    assert with_gaps.expenditure_kcal == pytest.approx(TRUE_EXPENDITURE, abs=200)


def test_missing_days_in_the_log_count_as_unlogged():
    logs = [log for i, log in enumerate(synthetic_logs(42, seed=4)) if i % 5 != 3]
    estimate = estimate_expenditure(logs, PRIOR)
    assert estimate.days_left_out == 8
    assert len(estimate.history) == 43


def test_without_any_weigh_in_the_prior_stands():
    logs = [DayLog(FIRST_DAY, 2000.0)]
    estimate = estimate_expenditure(logs, PRIOR)
    assert estimate.expenditure_kcal == PRIOR
    assert estimate.sd_kcal == pytest.approx(0.15 * PRIOR)
    assert estimate.weight_kg is None


def test_the_prior_is_bmr_times_the_activity_factor():
    assert expenditure_prior_kcal(1600.0, ActivityLevel.MODERATE) == pytest.approx(2480.0)
    with pytest.raises(InvalidInput, match=r"expected expenditure '0\.0'"):
        estimate_expenditure([], 0.0)


def test_a_big_gap_to_the_target_is_closed_by_at_most_150_kcal_a_week():
    estimate = estimate_expenditure(synthetic_logs(42), PRIOR)
    suggestion = suggest_target(1700.0, estimate, goal_kcal_change=-500.0)
    assert suggestion.change_kcal == MAX_TARGET_CHANGE_KCAL_PER_WEEK
    assert suggestion.capped
    assert "at most 150 kcal a week" in suggestion.explanation
    two_weeks = suggest_target(1700.0, estimate, -500.0, weeks_since_last_change=2)
    assert two_weeks.change_kcal == 2 * MAX_TARGET_CHANGE_KCAL_PER_WEEK


def test_a_small_gap_is_closed_at_once():
    estimate = estimate_expenditure(synthetic_logs(42), PRIOR)
    suggestion = suggest_target(2050.0, estimate, goal_kcal_change=-500.0)
    assert not suggestion.capped
    assert suggestion.suggested_target_kcal == pytest.approx(estimate.expenditure_kcal - 500)


def test_an_uncertain_estimate_changes_nothing():
    estimate = estimate_expenditure(synthetic_logs(3, seed=1), PRIOR)
    suggestion = suggest_target(1700.0, estimate, goal_kcal_change=-500.0)
    assert suggestion.change_kcal == 0
    assert "Not enough logged days yet" in suggestion.explanation


def test_a_suggestion_never_goes_under_the_floor():
    estimate = estimate_expenditure(synthetic_logs(42), 1600.0)
    estimate = replace(estimate, expenditure_kcal=1500.0)
    suggestion = suggest_target(1250.0, estimate, goal_kcal_change=-500.0, floor_kcal=1200.0)
    assert suggestion.suggested_target_kcal == 1200.0
    assert "1,200 kcal minimum" in suggestion.explanation
