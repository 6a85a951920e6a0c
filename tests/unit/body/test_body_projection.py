import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backstrong.domain.body.hall_model import Person
from backstrong.domain.body.projection import (
    ScheduleStep,
    daily_intake_changes,
    intake_for_goal,
    parse_schedule,
    project,
)
from backstrong.domain.nutrition.bmr import Sex
from backstrong.domain.nutrition.goals import kcal_per_kg_rule
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.entrypoints.public import shown
from backstrong.entrypoints.public.body import ProjectionPublic


def a_person(sex: Sex = Sex.MALE, weight_kg: float = 95.0) -> Person:
    return Person(sex, age_years=40.0, height_m=1.80, weight_kg=weight_kg)


def test_a_schedule_reads_as_day_and_kcal_steps():
    assert parse_schedule("0:-600, 180:0") == (ScheduleStep(0, -600.0), ScheduleStep(180, 0.0))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-600", "schedule '-600': give day:kcal steps"),
        ("0:-600,0:0", "days must go up, each once"),
        ("180:0,0:-600", "days must go up, each once"),
    ],
)
def test_a_bad_schedule_says_what_is_accepted(text, message):
    with pytest.raises(InvalidInput, match=message):
        parse_schedule(text)


def test_each_day_takes_the_change_of_the_step_it_falls_in():
    changes = daily_intake_changes((ScheduleStep(2, -600.0), ScheduleStep(4, 0.0)), 6)
    assert changes == [0.0, 0.0, -600.0, -600.0, 0.0, 0.0]


def test_a_projection_has_one_row_a_day_from_zero_to_n_beside_the_rule():
    data = shown(ProjectionPublic, project(a_person(), parse_schedule("0:-500"), 30))
    assert [row["day"] for row in data["trajectory"]] == list(range(31))
    assert [row["day"] for row in data["rule_3500"]] == list(range(31))
    assert set(data["trajectory"][0]) == {"day", "weight_kg", "fat_kg", "lean_kg"}
    first = data["trajectory"][0]
    assert first["weight_kg"] == pytest.approx(first["fat_kg"] + first["lean_kg"], abs=0.02)


def test_going_back_to_baseline_intake_regains_while_the_rule_stays_flat():
    projection = project(a_person(), parse_schedule("0:-600,180:0"), 360)
    weights = [state.weight_kg for state in projection.trajectory]
    assert weights[180] < weights[0] - 5
    assert weights[360] > weights[180] + 3
    rule = [point.weight_kg for point in projection.rule_3500]
    assert rule[180] == pytest.approx(95.0 - 600 * 180 / kcal_per_kg_rule())
    assert rule[360] == pytest.approx(rule[180])


def test_the_rule_counts_extra_activity_as_a_deficit_too():
    projection = project(a_person(), (), 100, activity_change_percent=20.0)
    assert projection.rule_3500[-1].weight_kg < 95.0
    assert projection.trajectory[-1].weight_kg < 95.0


def test_the_goal_intake_reaches_the_goal_weight_on_the_day():
    goal = intake_for_goal(a_person(), goal_weight_kg=88.0, by_day=180)
    assert goal.reachable
    assert goal.intake_change_kcal < 0
    changes = (ScheduleStep(0, goal.intake_change_kcal),)
    reached = project(a_person(), changes, 180).trajectory[-1].weight_kg
    assert reached == pytest.approx(88.0, abs=0.05)
    assert goal.warnings == ()


def test_a_goal_too_far_for_the_safe_minimum_is_said_to_be_out_of_reach():
    goal = intake_for_goal(a_person(), goal_weight_kg=70.0, by_day=60)
    assert not goal.reachable
    assert goal.intake_kcal == 1500
    assert goal.weight_on_day_kg > 70.0
    assert "out of safe reach" in goal.message
    assert "1,500 kcal" in goal.message


def test_a_gain_beyond_the_largest_surplus_is_out_of_reach():
    goal = intake_for_goal(a_person(Sex.FEMALE, 60.0), goal_weight_kg=80.0, by_day=30)
    assert not goal.reachable
    assert "largest surplus" in goal.message


def test_a_fast_but_reachable_goal_is_warned_about():
    goal = intake_for_goal(a_person(), goal_weight_kg=88.5, by_day=42)
    assert goal.reachable
    assert any("1 % of your body weight" in warning for warning in goal.warnings)


def test_a_plan_that_dips_under_the_floor_is_warned_about():
    projection = project(a_person(), parse_schedule("0:-1600"), 10)
    assert any("1,500 kcal" in warning for warning in projection.warnings)
    assert project(a_person(), parse_schedule("0:-500"), 10).warnings == ()


def test_a_cut_larger_than_the_whole_intake_is_refused():
    with pytest.raises(InvalidInput, match="intake change '-4000 kcal': the baseline intake is"):
        project(a_person(), parse_schedule("0:-4000"), 10)


def test_projection_days_outside_the_range_are_refused():
    with pytest.raises(InvalidInput, match="days '0': give a whole number of days"):
        project(a_person(), (), 0)


@st.composite
def people(draw: st.DrawFn) -> Person:
    """Adults with a body-mass index from 18 to 45, the range the fat equation was fitted on."""
    height_m = draw(st.floats(1.50, 2.00))
    return Person(
        sex=draw(st.sampled_from(list(Sex))),
        age_years=draw(st.floats(18, 90)),
        height_m=height_m,
        weight_kg=draw(st.floats(18, 45)) * height_m**2,
        physical_activity_level=draw(st.floats(1.2, 2.2)),
    )


@settings(max_examples=40, deadline=None)
@given(people(), st.integers(1, 400))
def test_a_projection_with_no_change_stays_flat(person, days):
    projection = project(person, (ScheduleStep(0, 0.0),), days)
    for state in projection.trajectory:
        assert state.weight_kg == pytest.approx(person.weight_kg, abs=1e-6)
    assert projection.rule_3500[-1].weight_kg == pytest.approx(person.weight_kg)
