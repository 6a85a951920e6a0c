"""After a hard day every exercise starts carefully, new ones too; after a gentle start, weight
waits for the logged pain to settle, not for the calendar."""

from dataclasses import replace

from programs_builders import item, pain_check, plan_of, sets_of
from test_programs_progression import LIB

from backstrong.domain.programs.caution import FLARE_UP_NOTE
from backstrong.domain.programs.phases import Phase
from backstrong.domain.programs.plan import Plan, Week
from backstrong.domain.programs.prescription import Change
from backstrong.domain.programs.progression import next_session
from backstrong.domain.training.model import Load


def test_a_day_above_five_makes_even_a_new_exercise_start_lighter_with_the_reason():
    plan = plan_of(item("bridge", reps=(12, 15)), item("bird-dog", reps=(4, 6), hold=(7, 10)))
    done = sets_of("bridge", 0, [12, 12], pain=7)
    result = next_session(plan, done, [], LIB, position=(1, 0))
    new = next(e for e in result.exercises if e.exercise_id == "bird-dog")
    assert new.change is Change.START
    assert "start lighter" in new.reason and "7/10" in new.reason
    assert FLARE_UP_NOTE in result.education
    assert any("smaller range" in w for w in result.warnings)


def test_a_suggested_first_load_is_cut_after_a_hard_day():
    planned = item("goblet-squat")
    planned = replace(planned, load=Load(20.0), reps=(8, 12))
    plan = plan_of(planned, item("bridge", reps=(12, 15)))
    calm = next_session(plan, [], [], LIB, position=(1, 0)).exercises[0]
    assert calm.load == Load(20.0)
    hard = sets_of("bridge", 0, [12], pain=8)
    careful = next_session(plan, hard, [], LIB, position=(1, 0)).exercises[0]
    assert careful.load.value < 20.0


def _gentle_then_base(plan: Plan) -> Plan:
    weeks = tuple(
        Week(w.number, Phase.GENTLE if w.number == 1 else Phase.BASE, False, w.sessions)
        for w in plan.weeks
    )
    return Plan(plan.id, plan.intake, weeks, (), ())


def test_after_a_gentle_start_a_loaded_squat_waits_while_logged_pain_is_high():
    plan = _gentle_then_base(plan_of(item("goblet-squat"), weeks=3))
    painful = sets_of("bridge", 0, [10, 10], pain=6)
    result = next_session(plan, painful, [pain_check(0, 4, 6, 6)], LIB, position=(2, 0))
    assert result.exercises[0].exercise_id == "bodyweight-squat"
    assert "waits" in result.exercises[0].reason
    assert any("waits until it settles" in w for w in result.warnings)


def test_once_the_pain_has_settled_the_loaded_squat_comes_back():
    plan = _gentle_then_base(plan_of(item("goblet-squat"), weeks=3))
    calm = sets_of("bridge", 0, [10, 10], pain=2)
    result = next_session(plan, calm, [pain_check(0, 2, 2, 2)], LIB, position=(2, 0))
    assert result.exercises[0].exercise_id == "goblet-squat"
