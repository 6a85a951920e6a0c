from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backstrong.domain.nutrition.activity import ActivityLevel
from backstrong.domain.nutrition.bmr import BmrEquation, Sex
from backstrong.domain.nutrition.energy import (
    FLOOR_KCAL,
    VERY_LOW_CALORIE_KCAL,
    EnergyProfile,
    calorie_target,
    energy_profile_from_text,
)
from backstrong.domain.nutrition.goals import GOAL_RATES, MAINTAIN, GoalDirection, WeightGoal
from backstrong.domain.nutrition.macros import macro_plan
from backstrong.domain.nutrition.measurements import BodyWeight, Height, InvalidInput
from backstrong.domain.units import MassUnit
from backstrong.entrypoints.public import shown
from backstrong.entrypoints.public.nutrition import CalorieTargetPublic


def a_profile(**changes: object) -> EnergyProfile:
    base = EnergyProfile(
        sex=Sex.FEMALE,
        age_years=30.0,
        height=Height(1.65),
        weight=BodyWeight(68.0),
        activity=ActivityLevel.MODERATE,
    )
    return replace(base, **changes)


def test_maintenance_target_is_bmr_times_activity():
    result = calorie_target(a_profile())
    expected_bmr = 9.99 * 68 + 6.25 * 165 - 4.92 * 30 - 161
    assert result.bmr_kcal == pytest.approx(expected_bmr)
    assert result.tdee_kcal == pytest.approx(expected_bmr * 1.55)
    assert result.target_kcal == pytest.approx(result.tdee_kcal)
    assert not result.floor_applied
    assert result.warnings == ()


def test_a_loss_goal_subtracts_its_daily_deficit():
    result = calorie_target(a_profile(goal=WeightGoal(GoalDirection.LOSE, 1.0)))
    assert result.target_kcal == pytest.approx(result.tdee_kcal - 500)


def test_a_woman_is_never_given_less_than_1200_kcal_without_the_override():
    result = calorie_target(
        a_profile(activity=ActivityLevel.SEDENTARY, goal=WeightGoal(GoalDirection.LOSE, 2.0))
    )
    assert result.target_kcal == 1200
    assert result.floor_applied
    assert any("1,200 kcal" in warning and "raised" in warning for warning in result.warnings)


def test_a_man_is_never_given_less_than_1500_kcal_without_the_override():
    result = calorie_target(
        a_profile(
            sex=Sex.MALE,
            activity=ActivityLevel.SEDENTARY,
            goal=WeightGoal(GoalDirection.LOSE, 2.0),
        )
    )
    assert result.target_kcal == 1500
    assert result.floor_applied


def test_the_override_allows_going_under_the_floor_with_a_warning():
    result = calorie_target(
        a_profile(
            activity=ActivityLevel.SEDENTARY,
            goal=WeightGoal(GoalDirection.LOSE, 1.5),
            allow_below_floor=True,
        )
    )
    assert result.target_kcal == pytest.approx(result.tdee_kcal - 750)
    assert result.target_kcal < 1200
    assert not result.floor_applied
    assert any("doctor or dietitian" in warning for warning in result.warnings)


def test_even_the_override_stops_at_a_very_low_calorie_diet():
    result = calorie_target(
        a_profile(
            activity=ActivityLevel.SEDENTARY,
            goal=WeightGoal(GoalDirection.LOSE, 2.0, MassUnit.KG),
            allow_below_floor=True,
        )
    )
    assert result.target_kcal == VERY_LOW_CALORIE_KCAL
    assert result.floor_applied
    assert any("only a doctor should run" in warning for warning in result.warnings)


def test_losing_more_than_one_percent_a_week_is_warned_about():
    result = calorie_target(a_profile(goal=WeightGoal(GoalDirection.LOSE, 1.0, MassUnit.KG)))
    assert any("1.5% of your body weight" in warning for warning in result.warnings)


def test_losing_half_a_pound_a_week_draws_no_rate_warning():
    result = calorie_target(a_profile(goal=WeightGoal(GoalDirection.LOSE, 0.5)))
    assert result.warnings == ()


def test_macros_give_protein_by_weight_a_quarter_of_energy_as_fat_and_carbohydrate_the_rest():
    result = calorie_target(a_profile())
    assert result.macros.protein_g == pytest.approx(1.6 * 68)
    assert result.macros.fat_g * 9 == pytest.approx(0.25 * result.target_kcal)
    assert result.macros.kcal == pytest.approx(result.target_kcal)


def test_protein_is_trimmed_when_it_and_the_fat_floor_exceed_the_target():
    plan = macro_plan(target_kcal=1000.0, weight_kg=150.0, protein_g_per_kg=2.2)
    assert plan.macros.carbohydrate_g == 0
    assert plan.macros.kcal == pytest.approx(1000.0)
    assert any("Protein was lowered" in line for line in plan.explanations)


def test_katch_mcardle_is_used_when_chosen_with_body_fat():
    result = calorie_target(a_profile(equation=BmrEquation.KATCH_MCARDLE, body_fat_percent=25.0))
    assert result.bmr_kcal == pytest.approx(370 + 21.6 * 51.0)


def test_the_json_has_the_shape_the_cli_and_api_print():
    result = calorie_target(a_profile(goal=WeightGoal(GoalDirection.LOSE, 0.5)))
    data = shown(CalorieTargetPublic, result)
    assert {"bmr_kcal", "tdee_kcal", "target_kcal", "floor_applied", "warnings", "macros"} <= set(
        data
    )
    assert set(data["macros"]) == {"protein_g", "fat_g", "carbohydrate_g"}
    assert data["target_kcal"] == round(result.tdee_kcal - 250)
    assert data["equation"] == "mifflin-st-jeor"


def test_text_input_from_the_calculator_form_is_parsed():
    profile = energy_profile_from_text(
        sex="male",
        age="40",
        height="5'10\"",
        weight="180 lb",
        activity="light",
        goal="lose-1",
        body_fat="20 %",
    )
    assert profile.height.centimetres == pytest.approx(177.8)
    assert profile.weight.kilograms == pytest.approx(81.6466266)
    assert profile.goal.daily_kcal_change == pytest.approx(-500)
    assert profile.body_fat_percent == 20.0


def test_bad_text_input_names_the_field():
    with pytest.raises(InvalidInput, match="height 'tall'"):
        energy_profile_from_text(
            sex="male", age=40, height="tall", weight="80 kg", activity="light"
        )


goals = st.one_of(
    st.just(MAINTAIN),
    st.builds(
        WeightGoal,
        st.sampled_from([GoalDirection.GAIN, GoalDirection.LOSE]),
        st.sampled_from(GOAL_RATES),
        st.sampled_from(list(MassUnit)),
    ),
)
profiles = st.builds(
    EnergyProfile,
    sex=st.sampled_from(list(Sex)),
    age_years=st.floats(18, 100),
    height=st.builds(Height, st.floats(1.40, 2.10)),
    weight=st.builds(BodyWeight, st.floats(40, 200)),
    activity=st.sampled_from(list(ActivityLevel)),
    goal=goals,
    equation=st.sampled_from([BmrEquation.MIFFLIN_ST_JEOR, BmrEquation.HARRIS_BENEDICT_REVISED]),
)


@given(profiles)
def test_the_target_never_falls_below_the_floor_without_the_override(profile):
    result = calorie_target(profile)
    assert result.target_kcal >= FLOOR_KCAL[profile.sex]
    assert result.floor_applied == (result.tdee_kcal + result.goal_kcal_change < result.floor_kcal)


@given(profiles)
def test_with_the_override_the_target_never_falls_below_a_very_low_calorie_diet(profile):
    result = calorie_target(replace(profile, allow_below_floor=True))
    assert result.target_kcal >= VERY_LOW_CALORIE_KCAL
    assert result.macros.kcal == pytest.approx(result.target_kcal)
