"""Pregnancy and breastfeeding in the calorie target: the trimesters' extra energy, weight goals
paused in pregnancy, losses slowed while breastfeeding, and due dates read and checked."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from backstrong.domain.nutrition.activity import ActivityLevel
from backstrong.domain.nutrition.bmr import Sex
from backstrong.domain.nutrition.energy import EnergyProfile, calorie_target
from backstrong.domain.nutrition.goals import parse_goal
from backstrong.domain.nutrition.life_stage import parse_due_date, pregnancy_weeks
from backstrong.domain.nutrition.measurements import Height, InvalidInput, parse_body_weight

TODAY = date(2026, 12, 2)


def _target(goal: str = "maintain", **stage: object):
    profile = EnergyProfile(
        sex=Sex.FEMALE,
        age_years=31,
        height=Height(1.66),
        weight=parse_body_weight("68 kg"),
        activity=ActivityLevel.LIGHT,
        goal=parse_goal(goal),
        **stage,  # type: ignore[arg-type]
    )
    return calorie_target(profile)


@pytest.mark.parametrize(("weeks", "extra"), [(8, 0), (13.9, 0), (14, 340), (27, 340), (28, 452)])
def test_each_trimester_adds_its_energy(weeks, extra):
    assert round(_target(pregnancy_weeks=weeks).target_kcal - _target().target_kcal) == extra


def test_a_weight_goal_waits_in_pregnancy_and_says_so():
    pregnant = _target("lose-0.5kg", pregnancy_weeks=20)
    assert pregnant.target_kcal == pytest.approx(_target().target_kcal + 340)
    assert pregnant.goal_kcal_change == 0
    assert any("Weight goals wait during pregnancy" in w for w in pregnant.warnings)
    assert any("week 20 (the second trimester): +340 kcal" in e for e in pregnant.explanations)


def test_breastfeeding_adds_its_energy_and_slows_a_fast_loss():
    gentle = _target("lose-1", breastfeeding=True)  # 1 lb, 0.45 kg a week
    assert gentle.target_kcal == pytest.approx(_target("lose-1").target_kcal + 330)
    fast = _target("lose-1kg", breastfeeding=True)
    assert fast.goal_kcal_change == pytest.approx(-0.5 * 7716.17 / 7, rel=1e-3)
    assert any("at most 0.5 kg a week" in w for w in fast.warnings)


def test_weeks_come_from_the_due_date_until_two_weeks_past_it():
    assert pregnancy_weeks(TODAY + timedelta(weeks=24), TODAY) == 16
    assert pregnancy_weeks(TODAY - timedelta(weeks=2), TODAY) == 42
    assert pregnancy_weeks(TODAY - timedelta(weeks=3), TODAY) is None
    assert pregnancy_weeks(None, TODAY) is None


@pytest.mark.parametrize("typed", ["2027-13-01", "soon", "2028-06-01", "2026-11-01"])
def test_a_due_date_out_of_reach_names_the_field_and_the_dates_accepted(typed):
    with pytest.raises(InvalidInput) as refused:
        parse_due_date(typed, TODAY)
    assert refused.value.field == "due_date"
    assert "a date from 2026-11-18 to 2027-09-22" in str(refused.value)
    assert parse_due_date("none", TODAY) is None
    assert parse_due_date("2027-05-14", TODAY) == date(2027, 5, 14)
