"""The progression engine: double progression, variants, holds, pain, misses and breaks."""

from datetime import timedelta

import pytest
from programs_builders import (
    ISO,
    START,
    P,
    exercise,
    item,
    library,
    pain_check,
    plan_of,
    sets_of,
)

from backstrong.domain.exercises.model import Dosage
from backstrong.domain.programs.history import estimated_1rm
from backstrong.domain.programs.prescription import Change
from backstrong.domain.programs.progression import PLAN_DONE, next_session
from backstrong.domain.units import MassUnit

LIB = {e.id: e for e in library()}
LIB["hip-thrust"] = exercise("hip-thrust", P.BRIDGE, equipment=("barbell", "bench"))
LIB["goblet-squat"] = exercise(
    "goblet-squat",
    P.SQUAT,
    equipment=("dumbbell",),
    easier=("bodyweight-squat",),
    harder=("squat",),
)
LIB["kettlebell-deadlift"] = exercise("kettlebell-deadlift", P.HINGE, equipment=("kettlebell",))
LIB["plank-knees"] = exercise(
    "plank-knees",
    P.ANTI_EXTENSION,
    kind=ISO,
    equipment=("mat",),
    harder=("plank",),
    dosage=Dosage(sets=3, hold_seconds=(10, 20)),
)


def only(plan, performed, checks=(), **kwargs):
    result = next_session(plan, performed, checks, LIB, position=(1, 0), **kwargs)
    assert len(result.exercises) == 1
    return result.exercises[0]


def top_twice(exercise_id, load, **kwargs):
    """Two sessions with every set at the top of 8–12: the 2-for-2 rule is met."""
    return sets_of(exercise_id, 0, [12, 12, 12], load, **kwargs) + sets_of(
        exercise_id, 2, [12, 12, 12], load, **kwargs
    )


def test_one_session_at_the_top_keeps_the_load_for_the_second_of_two_for_two():
    plan = plan_of(item("hip-thrust"))
    nxt = only(plan, sets_of("hip-thrust", 0, [12, 12, 12], 60.0))
    assert nxt.change is Change.REPEAT
    assert nxt.load.value == 60.0
    assert "2-for-2" in nxt.reason


def test_every_set_at_the_top_of_the_range_raises_a_barbell_by_two_and_a_half_kilos():
    plan = plan_of(item("hip-thrust"))
    nxt = only(plan, top_twice("hip-thrust", 60.0))
    assert nxt.change is Change.LOAD_UP
    assert (nxt.load.value, nxt.load.unit) == (62.5, MassUnit.KG)
    assert nxt.target_reps == 8
    assert "60 kg" in nxt.reason and "62.5 kg" in nxt.reason


def test_in_pounds_the_barbell_step_is_five():
    plan = plan_of(item("hip-thrust"))
    nxt = only(plan, top_twice("hip-thrust", 135.0, unit=MassUnit.LB))
    assert (nxt.load.value, nxt.load.unit) == (140.0, MassUnit.LB)


@pytest.mark.parametrize(
    ("exercise_id", "load", "expected"),
    [("goblet-squat", 20.0, 22.0), ("kettlebell-deadlift", 16.0, 20.0)],
)
def test_dumbbells_go_to_the_next_pair_and_kettlebells_to_the_next_bell(
    exercise_id, load, expected
):
    plan = plan_of(item(exercise_id))
    nxt = only(plan, top_twice(exercise_id, load))
    assert nxt.load.value == expected


def test_a_set_short_of_the_top_keeps_the_load_and_asks_for_one_more_rep():
    plan = plan_of(item("hip-thrust"))
    nxt = only(plan, sets_of("hip-thrust", 0, [12, 11, 10], 60.0))
    assert nxt.change is Change.MORE_REPS
    assert nxt.load.value == 60.0
    assert nxt.target_reps == 11


def test_progress_is_judged_on_the_weight_actually_lifted():
    performed = [
        s.__class__(**{**{f: getattr(s, f) for f in s.__slots__}, "target_load": s.load * 1.2})
        for s in top_twice("hip-thrust", 50.0)
    ]
    nxt = only(plan_of(item("hip-thrust")), performed)
    assert nxt.load.value == 52.5  # from the 50 kg lifted, not the 60 kg prescribed


def test_a_low_rpe_at_the_top_raises_after_one_session_and_by_up_to_ten_percent():
    plan = plan_of(item("hip-thrust"))
    nxt = only(plan, sets_of("hip-thrust", 0, [12, 12, 12], 100.0, rpe=6))
    assert nxt.load.value == 110.0
    assert "RPE" in nxt.reason


def test_a_hard_rpe_at_the_top_still_moves_by_the_smallest_step():
    plan = plan_of(item("hip-thrust"))
    nxt = only(plan, top_twice("hip-thrust", 100.0, rpe=10))
    assert nxt.load.value == 102.5


def test_a_loaded_exercise_with_no_history_starts_without_a_load():
    nxt = only(plan_of(item("hip-thrust")), [])
    assert nxt.change is Change.START
    assert nxt.load is None
    assert "3–4 more" in nxt.reason


def test_body_weight_work_adds_reps_first():
    plan = plan_of(item("bodyweight-squat", reps=(10, 15)))
    nxt = only(plan, sets_of("bodyweight-squat", 0, [11, 10, 10]))
    assert nxt.change is Change.MORE_REPS
    assert nxt.target_reps == 12


def test_body_weight_work_at_the_top_moves_to_the_harder_variant():
    plan = plan_of(item("bodyweight-squat", reps=(10, 15)))
    nxt = only(plan, sets_of("bodyweight-squat", 0, [15, 15, 15]))
    assert nxt.change is Change.HARDER_VARIANT
    assert nxt.exercise_id == "goblet-squat"
    assert nxt.planned_exercise_id == "bodyweight-squat"
    assert nxt.load is None  # a loaded variant: the person picks the first weight


def test_the_engine_keeps_following_the_variant_the_person_moved_to():
    plan = plan_of(item("bodyweight-squat", reps=(10, 15)))
    history = sets_of("bodyweight-squat", 0, [15, 15, 15]) + sets_of(
        "goblet-squat", 3, [10, 10, 9], 16.0
    )
    nxt = only(plan, history)
    assert nxt.exercise_id == "goblet-squat"
    assert nxt.load.value == 16.0


def test_a_harder_variant_that_needs_missing_equipment_is_not_offered():
    plan = plan_of(item("bodyweight-squat", reps=(10, 15)), equipment=("home-basic",))
    nxt = only(plan, sets_of("bodyweight-squat", 0, [15, 15, 15]))
    assert nxt.exercise_id == "bodyweight-squat"
    assert "no harder variant fits" in nxt.reason


def test_holds_add_seconds_up_to_the_top_then_move_on():
    plan = plan_of(item("plank-knees", reps=None, hold=(10, 20)))
    longer = only(plan, sets_of("plank-knees", 0, [1, 1, 1], hold=12))
    assert longer.change is Change.LONGER_HOLDS
    assert longer.target_hold_seconds == 15
    harder = only(plan, sets_of("plank-knees", 0, [1, 1, 1], hold=20))
    assert harder.change is Change.HARDER_VARIANT
    assert harder.exercise_id == "plank"


def test_pain_above_five_cuts_the_load_by_ten_to_twenty_percent():
    plan = plan_of(item("hip-thrust"))
    nxt = only(plan, sets_of("hip-thrust", 0, [12, 12, 12], 100.0, pain=7))
    assert nxt.change is Change.LOAD_DOWN
    assert 80.0 <= nxt.load.value <= 90.0
    assert "extrapolation" in nxt.reason


def test_a_worse_next_morning_steps_back_too():
    plan = plan_of(item("hip-thrust"))
    performed = sets_of("hip-thrust", 0, [12, 12, 12], 100.0, pain=2)
    nxt = only(plan, performed, [pain_check(0, before=2, after=3, morning=5)])
    assert nxt.change is Change.LOAD_DOWN


def test_pain_of_four_or_five_repeats_rather_than_adds():
    plan = plan_of(item("hip-thrust"))
    nxt = only(plan, sets_of("hip-thrust", 0, [12, 12, 12], 100.0, pain=5))
    assert nxt.change is Change.REPEAT
    assert nxt.load.value == 100.0


def test_painful_body_weight_work_switches_to_the_easier_variant():
    plan = plan_of(item("good-morning-bodyweight", reps=(10, 15)))
    nxt = only(plan, sets_of("good-morning-bodyweight", 0, [12, 12, 12], pain=6))
    assert nxt.change is Change.EASIER_VARIANT
    assert nxt.exercise_id == "hip-hinge-drill"


def test_repeated_painful_sessions_suggest_seeing_a_clinician():
    plan = plan_of(item("hip-thrust"))
    performed = []
    for day in (0, 2, 4):
        performed += sets_of("hip-thrust", day, [10, 10, 10], 60.0, pain=6)
    result = next_session(plan, performed, [], LIB, position=(1, 0))
    assert any("doctor or physiotherapist" in w for w in result.warnings)


def test_two_missed_targets_in_a_row_deload_by_ten_percent():
    plan = plan_of(item("hip-thrust"))
    performed = sets_of("hip-thrust", 0, [8, 7, 6], 100.0) + sets_of(
        "hip-thrust", 2, [8, 7, 6], 100.0
    )
    nxt = only(plan, performed)
    assert nxt.change is Change.DELOAD
    assert nxt.load.value == 90.0


def test_one_missed_target_is_not_yet_a_deload():
    plan = plan_of(item("hip-thrust"))
    performed = sets_of("hip-thrust", 0, [8, 8, 8], 100.0) + sets_of(
        "hip-thrust", 2, [8, 7, 6], 100.0
    )
    assert only(plan, performed).change is not Change.DELOAD


def test_a_deload_week_keeps_the_load():
    plan = plan_of(item("hip-thrust", sets=2), deload_week=1)
    nxt = only(plan, sets_of("hip-thrust", 0, [12, 12, 12], 60.0))
    assert nxt.change is Change.REPEAT
    assert nxt.load.value == 60.0
    assert nxt.sets == 2


def test_back_after_a_break_starts_ten_percent_lighter():
    plan = plan_of(item("hip-thrust"))
    nxt = only(
        plan, sets_of("hip-thrust", 0, [12, 12, 12], 100.0), today=START + timedelta(days=40)
    )
    assert nxt.change is Change.RESUME
    assert nxt.load.value == 90.0


def test_a_new_rep_range_sets_the_load_from_the_e1rm():
    plan = plan_of(item("hip-thrust", reps=(4, 6)))
    nxt = only(plan, sets_of("hip-thrust", 0, [15, 15, 15], 60.0))
    assert nxt.change is Change.NEW_RANGE
    assert nxt.load.value > 60.0
    assert nxt.e1rm is not None


def test_stretches_stay_as_planned():
    plan = plan_of(item("figure-4-stretch", reps=None, hold=(20, 30), sets=2))
    nxt = only(plan, sets_of("figure-4-stretch", 0, [1, 1], hold=30))
    assert nxt.change is Change.REPEAT
    assert nxt.exercise_id == "figure-4-stretch"


def test_the_next_session_follows_the_training_days_done():
    from backstrong.domain.programs.plan import Session, Week

    plan = plan_of(item("hip-thrust"), weeks=2)
    two_a_week = tuple(
        Week(w.number, w.phase, w.deload, (w.sessions[0], Session(1, 30, w.sessions[0].exercises)))
        for w in plan.weeks
    )
    plan = plan.__class__(plan.id, plan.intake, two_a_week, (), ())
    done = sets_of("hip-thrust", 0, [10, 10, 10], 60.0) + sets_of(
        "hip-thrust", 3, [10, 10, 10], 60.0
    )
    done += sets_of("hip-thrust", 5, [10, 10, 10], 60.0)
    result = next_session(plan, done, [], LIB)
    assert (result.week, result.index) == (2, 1)
    finished = done + sets_of("hip-thrust", 7, [10, 10, 10], 60.0)
    assert PLAN_DONE in next_session(plan, finished, [], LIB).warnings


def test_warm_up_sets_do_not_count():
    plan = plan_of(item("hip-thrust"))
    warmups = [
        s.__class__(**{**{f: getattr(s, f) for f in s.__slots__}, "warmup": True})
        for s in sets_of("hip-thrust", 0, [5, 5], 20.0)
    ]
    nxt = only(plan, warmups + top_twice("hip-thrust", 60.0))
    assert nxt.load.value == 62.5


def test_e1rm_is_kept_per_exercise_from_the_latest_session():
    performed = sets_of("hip-thrust", 0, [10], 100.0) + sets_of("hip-thrust", 2, [5], 81.1, rpe=8)
    assert estimated_1rm(performed)["hip-thrust"].value == pytest.approx(100.0)


def test_the_next_session_dict_is_plain_json():
    import json

    from backstrong.services.programs.mapping import next_session_to_json

    result = next_session(plan_of(item("hip-thrust")), top_twice("hip-thrust", 60.0), [], LIB)
    data = json.loads(json.dumps(next_session_to_json(result)))
    assert data["exercises"][0]["load"] == {"value": 62.5, "unit": "kg"}


def test_a_position_outside_the_plan_is_refused_with_the_accepted_range():
    from backstrong.domain.programs.errors import PlanDataError

    with pytest.raises(PlanDataError, match="position week '3': accepted 1–2"):
        next_session(plan_of(item("hip-thrust")), [], [], LIB, position=(3, 0))
