"""Personal records: heaviest load, most reps at a load, best e1RM, best session volume."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.records import personal_records
from backstrong.domain.units import MassUnit


def lift(
    day: int, reps: int | None, load: Load | None, exercise: str = "deadlift", **fields: object
) -> PerformedSet:
    return PerformedSet(exercise, datetime(2026, 3, day, 18), reps=reps, load=load, **fields)  # type: ignore[arg-type]


def kg(value: float) -> Load:
    return Load(value, MassUnit.KG)


def test_the_heaviest_load_is_dated_on_the_day_it_was_lifted():
    records = personal_records([lift(2, 5, kg(100)), lift(5, 3, kg(110)), lift(9, 5, kg(105))])
    heaviest = records["deadlift"].heaviest
    assert heaviest is not None
    assert (heaviest.load, heaviest.reps, heaviest.on) == (kg(110), 3, date(2026, 3, 5))


def test_warm_up_sets_never_set_records():
    records = personal_records([lift(2, 5, kg(100)), lift(3, 5, kg(140), warmup=True)])
    assert records["deadlift"].heaviest.load == kg(100)  # type: ignore[union-attr]


def test_a_missed_attempt_with_zero_reps_is_not_a_load_record():
    records = personal_records([lift(2, 5, kg(100)), lift(3, 0, kg(150))])
    assert records["deadlift"].heaviest.load == kg(100)  # type: ignore[union-attr]


def test_an_equalled_record_keeps_the_date_it_was_first_reached_whatever_the_order():
    records = personal_records([lift(9, 5, kg(100)), lift(2, 5, kg(100))])
    assert records["deadlift"].heaviest.on == date(2026, 3, 2)  # type: ignore[union-attr]


def test_loads_logged_in_pounds_are_compared_in_kilograms():
    records = personal_records([lift(2, 5, kg(100)), lift(3, 5, Load(225.0, MassUnit.LB))])
    assert records["deadlift"].heaviest.load == Load(225.0, MassUnit.LB)  # type: ignore[union-attr]


def test_most_reps_are_kept_per_load_lightest_first_with_body_weight_first():
    records = personal_records(
        [
            lift(2, 8, kg(60)),
            lift(3, 10, kg(60)),
            lift(4, 5, kg(100)),
            lift(5, 20, None, exercise="deadlift"),
        ]
    )
    most = records["deadlift"].most_reps
    assert [(m.load, m.reps) for m in most] == [(None, 20), (kg(60), 10), (kg(100), 5)]
    assert records["deadlift"].most_reps_at(kg(60)).on == date(2026, 3, 3)  # type: ignore[union-attr]


def test_sixty_kilograms_and_the_same_in_pounds_share_a_rep_record():
    records = personal_records([lift(2, 8, kg(60)), lift(3, 9, Load(60 / 0.45359237, MassUnit.LB))])
    assert len(records["deadlift"].most_reps) == 1
    assert records["deadlift"].most_reps[0].reps == 9


def test_the_best_e1rm_uses_the_rpe_chart_when_rpe_is_logged():
    records = personal_records([lift(2, 5, kg(100), rpe=8.0), lift(3, 10, kg(80))])
    best = records["deadlift"].best_one_rep_max
    assert best is not None
    assert best.method == "rpe-chart"
    assert best.one_rep_max.value == pytest.approx(100 / 0.811)


def test_sets_past_ten_reps_do_not_set_the_e1rm_record_by_default():
    records = personal_records([lift(2, 5, kg(100)), lift(3, 20, kg(90))])
    assert records["deadlift"].best_one_rep_max.load == kg(100)  # type: ignore[union-attr]
    wider = personal_records([lift(2, 5, kg(100)), lift(3, 20, kg(90))], max_reps_for_estimate=20)
    assert wider["deadlift"].best_one_rep_max.load == kg(90)  # type: ignore[union-attr]


def test_the_e1rm_is_reported_in_the_unit_asked_for():
    records = personal_records([lift(2, 1, kg(100))], unit=MassUnit.LB)
    best = records["deadlift"].best_one_rep_max
    assert best is not None
    assert best.one_rep_max.unit is MassUnit.LB
    assert best.one_rep_max.value == pytest.approx(220.46, abs=0.01)


def test_best_session_volume_sums_one_days_working_sets():
    records = personal_records(
        [
            lift(2, 5, kg(100)),
            lift(2, 5, kg(100)),
            lift(2, 5, kg(40), warmup=True),
            lift(5, 3, kg(150)),
        ]
    )
    best = records["deadlift"].best_session_volume
    assert best is not None
    assert (best.volume, best.on) == (kg(1000), date(2026, 3, 2))


def test_body_weight_sets_count_their_added_load():
    records = personal_records([lift(2, 8, None, exercise="back-extension", added_load=kg(10))])
    assert records["back-extension"].heaviest.load == kg(10)  # type: ignore[union-attr]


def test_the_longest_hold_is_recorded_for_timed_sets():
    records = personal_records(
        [
            lift(2, None, None, exercise="side-plank", hold_seconds=30.0, side=Side.LEFT),
            lift(4, None, None, exercise="side-plank", hold_seconds=45.0, side=Side.RIGHT),
        ]
    )
    hold = records["side-plank"].longest_hold
    assert hold is not None
    assert (hold.seconds, hold.on) == (45.0, date(2026, 3, 4))
    assert records["side-plank"].heaviest is None


def test_each_exercise_has_its_own_records():
    records = personal_records([lift(2, 5, kg(100)), lift(2, 15, None, exercise="bridge")])
    assert set(records) == {"deadlift", "bridge"}
    assert records["bridge"].heaviest is None
