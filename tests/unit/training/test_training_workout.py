"""The guided workout: last session's sets become targets, the log says which set is next."""

from __future__ import annotations

from datetime import UTC, datetime

from backstrong.domain.training.model import EntrySet, Load, PerformedSet, Side
from backstrong.domain.training.workout import (
    Dose,
    PlannedSet,
    next_step,
    performed_from,
    plan_from_doses,
    plan_from_sets,
)

WHEN = datetime(2026, 3, 13, 7, 30, tzinfo=UTC)
KG60 = Load(60.0)


def done(exercise_id: str, reps: int = 10, *, load: Load | None = None, warmup: bool = False):
    return PerformedSet(exercise_id, WHEN, reps=reps, load=load, warmup=warmup)


def test_last_sessions_working_sets_become_todays_targets_in_order():
    plan = plan_from_sets(
        [
            done("deadlift", 5, load=Load(40.0), warmup=True),
            done("deadlift", 12, load=KG60),
            done("bridge", 15),
            done("deadlift", 10, load=KG60),
        ]
    )
    assert [p.exercise_id for p in plan] == ["deadlift", "bridge"]
    assert [(s.reps, s.load) for s in plan[0].sets] == [(12, KG60), (10, KG60)]


def test_the_next_step_follows_what_was_logged_today():
    plan = plan_from_sets([done("deadlift"), done("deadlift"), done("bridge")])
    assert next_step(plan, []).exercise.exercise_id == "deadlift"
    step = next_step(plan, [done("deadlift")])
    assert (step.exercise_index, step.set_index) == (0, 1)
    step = next_step(plan, [done("deadlift"), done("deadlift")])
    assert (step.exercise.exercise_id, step.set_index) == ("bridge", 0)
    assert next_step(plan, [done("deadlift"), done("deadlift"), done("bridge")]) is None


def test_warm_ups_do_not_count_as_planned_sets():
    plan = plan_from_sets([done("deadlift")])
    assert next_step(plan, [done("deadlift", warmup=True)]).set_index == 0


def test_an_ad_hoc_list_gets_each_side_for_one_sided_exercises():
    plan = plan_from_doses(
        [Dose("bird-dog", 2, reps=8, each_side=True), Dose("plank", 3, hold_seconds=30)]
    )
    assert [s.side for s in plan[0].sets] == [Side.LEFT, Side.RIGHT] * 2
    assert [s.hold_seconds for s in plan[1].sets] == [30, 30, 30]


def test_a_set_done_as_planned_keeps_the_target_beside_it():
    s = performed_from("deadlift", PlannedSet(reps=12, load=KG60), WHEN)
    assert (s.reps, s.load, s.target_reps, s.target_load) == (12, KG60, 12, KG60)


def test_typed_values_replace_the_target_and_the_rest_stays_planned():
    typed = EntrySet(reps=10, rpe=8.5)
    s = performed_from("deadlift", PlannedSet(reps=12, load=KG60), WHEN, typed)
    assert (s.reps, s.load, s.rpe, s.target_reps) == (10, KG60, 8.5, 12)
