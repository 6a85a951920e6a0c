"""e1RM over time: one point per exercise per day, the day's best, oldest first."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import one_rep_max_trend


def lift(day: int, reps: int, kg: float, exercise: str = "squat", **fields: object) -> PerformedSet:
    return PerformedSet(exercise, datetime(2026, 3, day, 7), reps=reps, load=Load(kg), **fields)  # type: ignore[arg-type]


def test_each_day_shows_its_best_estimate_in_date_order():
    trend = one_rep_max_trend([lift(9, 5, 100), lift(2, 5, 90), lift(2, 3, 95), lift(9, 1, 100)])
    points = trend["squat"]
    assert [p.day for p in points] == [date(2026, 3, 2), date(2026, 3, 9)]
    assert points[0].one_rep_max.value == pytest.approx(90 * (1 + 5 / 30))
    assert points[1].reps == 5


def test_the_formula_can_be_chosen():
    trend = one_rep_max_trend([lift(2, 10, 100)], formula=Formula.BRZYCKI)
    assert trend["squat"][0].method == "brzycki"
    assert trend["squat"][0].one_rep_max.value == pytest.approx(133.33, abs=0.01)


def test_warm_ups_and_sets_past_ten_reps_leave_no_point():
    assert one_rep_max_trend([lift(2, 5, 60, warmup=True), lift(3, 15, 60)]) == {}


def test_one_exercise_can_be_asked_for_alone():
    trend = one_rep_max_trend([lift(2, 5, 100), lift(2, 5, 60, exercise="rdl")], exercise_id="rdl")
    assert set(trend) == {"rdl"}
