"""Accepted ranges: messages name the field, the value and what is accepted."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.validation import (
    TrainingValueError,
    check_load,
    check_performed_set,
    check_reps,
    check_rir,
    check_rpe,
)
from backstrong.domain.units import MassUnit


@pytest.mark.parametrize("reps", [0, 12, 1000])
def test_reps_from_0_to_1000_are_accepted(reps):
    assert check_reps(reps) == reps


@pytest.mark.parametrize("reps", [-1, 1001])
def test_reps_outside_0_to_1000_are_refused_naming_the_range(reps):
    with pytest.raises(
        TrainingValueError, match=rf"reps '{reps}': must be a whole number from 0 to 1000"
    ):
        check_reps(reps)


def test_a_load_is_judged_in_kilograms_after_conversion():
    assert check_load(Load(2200.0, MassUnit.LB)) == Load(2200.0, MassUnit.LB)  # 997.9 kg
    with pytest.raises(TrainingValueError) as caught:
        check_load(Load(2300.0, MassUnit.LB))
    assert str(caught.value) == "load '2300 lb': must be from 0 to 1000 kg (2205 lb)"


@pytest.mark.parametrize("value", [-5.0, float("nan"), float("inf")])
def test_negative_and_non_finite_loads_are_refused(value):
    with pytest.raises(TrainingValueError, match="load"):
        check_load(Load(value))


@pytest.mark.parametrize("rpe", [1.0, 6.5, 10.0])
def test_rpe_in_half_steps_from_1_to_10_is_accepted(rpe):
    assert check_rpe(rpe) == rpe


@pytest.mark.parametrize("rpe", [0.5, 10.5, 7.3])
def test_rpe_off_the_scale_or_between_half_steps_is_refused(rpe):
    with pytest.raises(TrainingValueError, match="half steps"):
        check_rpe(rpe)


def test_rir_must_be_from_0_to_10():
    assert check_rir(2) == 2
    with pytest.raises(TrainingValueError, match="rir '11'"):
        check_rir(11)


def test_a_whole_set_is_checked_field_by_field():
    bad = PerformedSet("deadlift", datetime(2026, 1, 1), reps=5, load=Load(60.0), rpe=11.0)
    with pytest.raises(TrainingValueError) as caught:
        check_performed_set(bad)
    assert caught.value.field == "rpe"
