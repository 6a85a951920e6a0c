import pytest

from backstrong.domain.nutrition.activity import ActivityLevel, parse_activity
from backstrong.domain.nutrition.bmr import (
    BmrEquation,
    Sex,
    bmr_kcal,
    parse_equation,
    parse_sex,
)
from backstrong.domain.nutrition.goals import GoalDirection, kcal_per_kg_rule, parse_goal
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.units import MassUnit


def test_mifflin_st_jeor_uses_the_published_coefficients_for_men_and_women():
    man = bmr_kcal(BmrEquation.MIFFLIN_ST_JEOR, Sex.MALE, 80.0, 180.0, 30.0)
    woman = bmr_kcal(BmrEquation.MIFFLIN_ST_JEOR, Sex.FEMALE, 60.0, 165.0, 30.0)
    assert man == pytest.approx(9.99 * 80 + 6.25 * 180 - 4.92 * 30 + 5)
    assert woman == pytest.approx(9.99 * 60 + 6.25 * 165 - 4.92 * 30 - 161)


def test_revised_harris_benedict_matches_roza_and_shizgal():
    man = bmr_kcal(BmrEquation.HARRIS_BENEDICT_REVISED, Sex.MALE, 80.0, 180.0, 30.0)
    woman = bmr_kcal(BmrEquation.HARRIS_BENEDICT_REVISED, Sex.FEMALE, 60.0, 165.0, 30.0)
    assert man == pytest.approx(88.362 + 13.397 * 80 + 4.799 * 180 - 5.677 * 30)
    assert woman == pytest.approx(447.593 + 9.247 * 60 + 3.098 * 165 - 4.330 * 30)


def test_katch_mcardle_works_from_lean_mass():
    assert bmr_kcal(BmrEquation.KATCH_MCARDLE, Sex.MALE, 80.0, 180.0, 30.0, 20.0) == pytest.approx(
        370 + 21.6 * 64.0
    )


def test_katch_mcardle_without_body_fat_says_what_it_needs():
    with pytest.raises(InvalidInput, match="equation 'katch-mcardle': needs your body-fat"):
        bmr_kcal(BmrEquation.KATCH_MCARDLE, Sex.MALE, 80.0, 180.0, 30.0)


def test_activity_levels_carry_the_conventional_multipliers():
    assert [level.multiplier for level in ActivityLevel] == [1.2, 1.375, 1.55, 1.725, 1.9]
    assert parse_activity("Very") is ActivityLevel.VERY
    assert parse_activity("moderately active") is ActivityLevel.MODERATE


def test_unknown_activity_lists_the_choices():
    with pytest.raises(InvalidInput, match="activity 'couch': use one of 'sedentary', 'light'"):
        parse_activity("couch")


def test_sex_and_equation_are_read_from_common_spellings():
    assert parse_sex("F") is Sex.FEMALE
    assert parse_equation("Harris Benedict") is BmrEquation.HARRIS_BENEDICT_REVISED
    with pytest.raises(InvalidInput, match="sex 'x': use 'male' or 'female'"):
        parse_sex("x")


@pytest.mark.parametrize(
    ("text", "kcal_per_day"),
    [
        ("gain-2", 1000.0),
        ("gain-0.5", 250.0),
        ("maintain", 0.0),
        ("lose-1", -500.0),
        ("lose-1.5", -750.0),
    ],
)
def test_pound_goals_move_intake_by_500_kcal_per_pound_a_week(text, kcal_per_day):
    assert parse_goal(text).daily_kcal_change == pytest.approx(kcal_per_day)


def test_kilogram_goals_use_the_same_rule_converted_by_pint():
    goal = parse_goal("lose-0.5kg")
    assert goal.unit is MassUnit.KG
    assert goal.direction is GoalDirection.LOSE
    assert goal.kg_per_week == pytest.approx(-0.5)
    assert goal.daily_kcal_change == pytest.approx(-0.5 * 3500 / 0.45359237 / 7)
    assert goal.label == "lose-0.5kg"


def test_the_rule_is_about_7716_kcal_per_kilogram():
    assert kcal_per_kg_rule() == pytest.approx(7716.18, abs=0.01)


@pytest.mark.parametrize("text", ["lose-3", "lose", "gain-0.7kg", "shrink-1", "lose-1 st"])
def test_goals_outside_the_menu_are_refused_with_the_menu(text):
    with pytest.raises(InvalidInput, match="use 'maintain', or 'gain-' or 'lose-' followed by"):
        parse_goal(text)
