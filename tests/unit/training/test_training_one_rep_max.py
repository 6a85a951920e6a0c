"""Estimated one-rep max: the seven formulas, the RPE chart, and when no estimate is given."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.one_rep_max import (
    RPE_CHART,
    Estimator,
    Formula,
    estimate_from_rpe,
    estimate_one_rep_max,
    estimate_set,
    parse_formula,
    ratio,
)
from backstrong.domain.training.validation import TrainingValueError
from backstrong.domain.units import MassUnit

KG100 = Load(100.0)


def performed(reps: int | None = 5, kg: float | None = 100.0, **fields: object) -> PerformedSet:
    load = None if kg is None else Load(kg)
    return PerformedSet("deadlift", datetime(2026, 3, 13), reps=reps, load=load, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        (Formula.EPLEY, 133.33),
        (Formula.BRZYCKI, 133.33),
        (Formula.LANDER, 134.07),
        (Formula.LOMBARDI, 125.89),
        (Formula.MAYHEW, 130.93),
        (Formula.OCONNER, 125.0),
        (Formula.WATHAN, 134.75),
    ],
)
def test_each_formula_gives_its_published_value_for_100_kg_times_10(formula, expected):
    assert estimate_one_rep_max(KG100, 10, formula).value == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("formula", list(Formula))
def test_a_single_is_its_own_one_rep_max_whatever_the_formula(formula):
    assert estimate_one_rep_max(Load(140.0), 1, formula) == Load(140.0)


def test_the_estimate_stays_in_the_unit_it_was_lifted_in():
    assert estimate_one_rep_max(Load(225.0, MassUnit.LB), 5).unit is MassUnit.LB


def test_zero_reps_give_no_estimate():
    with pytest.raises(TrainingValueError, match="reps '0'"):
        ratio(0)


def test_brzycki_refuses_reps_where_its_denominator_reaches_zero():
    with pytest.raises(TrainingValueError, match="Brzycki estimates from 1 to 36 reps"):
        estimate_one_rep_max(KG100, 37, Formula.BRZYCKI)


def test_five_reps_at_rpe_8_read_81_1_percent_from_the_chart():
    e1rm = estimate_from_rpe(KG100, 5, 8.0)
    assert e1rm is not None
    assert e1rm.value == pytest.approx(100 / 0.811)


def test_an_rpe_off_the_chart_falls_back_to_the_formula():
    estimate = estimate_set(performed(reps=5, rpe=5.0))
    assert estimate is not None
    assert estimate.method == "epley"


def test_a_set_with_rpe_on_the_chart_is_estimated_from_the_chart():
    estimate = estimate_set(performed(reps=5, rpe=8.0))
    assert estimate is not None
    assert estimate.method == RPE_CHART
    assert estimate.one_rep_max.value == pytest.approx(123.3, abs=0.05)


def test_the_chart_can_be_switched_off():
    estimate = estimate_set(performed(reps=5, rpe=8.0), use_rpe=False)
    assert estimate is not None
    assert estimate.method == "epley"


def test_sets_past_ten_reps_are_estimated_but_flagged_unreliable():
    estimate = estimate_set(performed(reps=15))
    assert estimate is not None
    assert not estimate.reliable


def test_a_body_weight_set_is_estimated_from_its_added_load():
    estimate = estimate_set(performed(reps=1, kg=None, added_load=Load(20.0)))
    assert estimate is not None
    assert estimate.one_rep_max == Load(20.0)


def test_a_set_without_load_or_reps_has_no_estimate():
    assert estimate_set(performed(kg=None)) is None
    assert estimate_set(performed(reps=None)) is None


def test_the_fast_estimator_agrees_with_the_plain_functions():
    estimator = Estimator(Formula.WATHAN)
    for reps in range(1, 11):
        assert estimator.factor(reps, None) == pytest.approx(ratio(reps, Formula.WATHAN))
    assert estimator.factor(11, None) == 0.0
    assert estimator.factor(5, 8.0) == pytest.approx(100 / 81.1)


def test_formula_names_are_read_leniently_and_refused_with_the_choices():
    assert parse_formula("O'Conner") is Formula.OCONNER
    with pytest.raises(TrainingValueError, match="use one of epley"):
        parse_formula("guess")
