"""Progress for every set: unreliable high-rep e1RMs marked, one formula per line, the RPE chart
apart, best-set and volume trends, reps and hold-time trends for body-weight work."""

from datetime import datetime, timedelta

import pytest

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.progress import (
    best_set_trend,
    e1rm_lines,
    hold_trend,
    reps_trend,
)

DAY = datetime(2026, 3, 2, 18, 0)


def sets(exercise_id, day, reps, load=None, *, rpe=None, hold=None):
    when = DAY + timedelta(days=day)
    return [
        PerformedSet(
            exercise_id,
            when + timedelta(minutes=n),
            reps=r,
            load=None if load is None else Load(load),
            rpe=rpe,
            hold_seconds=hold,
        )
        for n, r in enumerate(reps)
    ]


def test_the_seeds_deadlift_dose_gets_an_e1rm_marked_less_reliable():
    line = e1rm_lines(sets("deadlift", 0, [12, 12, 12], 80.0), "deadlift")[0]
    point = line.points[0]
    assert point.reliable is False
    assert point.one_rep_max.value == pytest.approx(80.0 * (1 + 12 / 30))


def test_a_reliable_set_wins_the_day_over_a_bigger_high_rep_estimate():
    day = sets("deadlift", 0, [15], 80.0) + sets("deadlift", 0, [5], 90.0)
    point = e1rm_lines(day, "deadlift")[0].points[0]
    assert point.reliable and point.reps == 5


def test_the_rpe_chart_is_its_own_line_and_the_formula_line_keeps_one_formula():
    logged = sets("squat", 0, [5], 100.0, rpe=8) + sets("squat", 2, [5], 100.0)
    lines = e1rm_lines(logged, "squat", formula=Formula.BRZYCKI)
    assert [line.method for line in lines] == ["brzycki", "rpe-chart"]
    assert [p.day.day for p in lines[0].points] == [4]
    assert lines[1].points[0].one_rep_max.value == pytest.approx(100 / 0.811)


def test_past_a_formulas_range_the_best_set_and_volume_trend_stands_in():
    high = sets("bridge-weighted", 0, [40, 38], 20.0)
    assert e1rm_lines(high, "bridge-weighted", formula=Formula.BRZYCKI)[0].points == ()
    point = best_set_trend(high, "bridge-weighted")[0]
    assert (point.load.value, point.reps, point.volume.value) == (20.0, 40, 20.0 * 78)


def test_body_weight_reps_trend_shows_the_best_set_and_the_total():
    logged = sets("bridge", 0, [12, 15, 14]) + sets("bridge", 3, [15, 15, 15])
    trend = reps_trend(logged, "bridge")
    assert [(p.best, p.total) for p in trend] == [(15, 41), (15, 45)]


def test_hold_times_trend_for_planks_and_walks():
    logged = sets("plank", 0, [1, 1], hold=20.0) + sets("plank", 1, [1, 1], hold=30.0)
    assert [(p.best, p.total) for p in hold_trend(logged, "plank")] == [(20, 40), (30, 60)]
