"""How long a logged session lasted: the clock when believable, else the sets and their rests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backstrong.domain.body.session_time import (
    MAX_CLOCK_MINUTES,
    WORK_SECONDS_PER_REP,
    SetWork,
    session_time,
    set_work_seconds,
)
from backstrong.domain.nutrition.measurements import InvalidInput


def sets(exercise_id: str, count: int, reps: int | None = None, hold: float | None = None):
    return [SetWork(exercise_id, reps, hold) for _ in range(count)]


def test_a_set_works_three_seconds_a_rep_or_for_its_hold():
    assert WORK_SECONDS_PER_REP == 3.0
    assert set_work_seconds(SetWork("bridge", reps=10)) == 30
    assert set_work_seconds(SetWork("plank", hold_seconds=45)) == 45
    assert set_work_seconds(SetWork("bird-dog", reps=6, hold_seconds=8)) == 48


def test_the_estimate_adds_each_exercises_rest_between_its_sets():
    time = session_time(sets("bridge", 3, reps=10) + sets("plank", 2, hold=30), {"bridge": 60})
    by_id = {e.exercise_id: e for e in time.exercises}
    assert by_id["bridge"].minutes == pytest.approx((3 * 30 + 2 * 60) / 60)  # 3.5 min
    assert by_id["plank"].minutes == pytest.approx((2 * 30 + 60) / 60)  # default rest: 60 s
    assert (time.sets, time.from_clock) == (5, False)


def test_a_believable_clock_sets_the_length_shared_out_by_each_exercises_time():
    work = sets("deadlift", 3, reps=5) + sets("bridge", 3, reps=10)
    rests = {"deadlift": 150, "bridge": 60}
    estimate = session_time(work, rests)
    timed = session_time(work, rests, clock_minutes=45)
    assert timed.from_clock and timed.minutes == pytest.approx(45)
    share = estimate.exercises[0].minutes / estimate.minutes
    assert timed.exercises[0].minutes == pytest.approx(45 * share)


def test_a_clock_shorter_than_the_sets_or_spanning_hours_is_not_believed():
    work = sets("bridge", 3, reps=10)
    assert not session_time(work, {"bridge": 60}, clock_minutes=0).from_clock
    assert not session_time(work, {"bridge": 60}, clock_minutes=MAX_CLOCK_MINUTES + 1).from_clock
    assert session_time(work, {"bridge": 60}, clock_minutes=0).minutes == pytest.approx(3.5)


def test_a_negative_clock_is_refused_naming_the_field():
    with pytest.raises(InvalidInput, match="duration '-5'"):
        session_time(sets("bridge", 1, reps=10), {}, clock_minutes=-5)


@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(1, 30) | st.none()), max_size=20
    ),
    st.floats(0, 500) | st.none(),
)
def test_the_minutes_never_fall_below_the_sets_own_time(logged, clock):
    work = [SetWork(exercise_id, reps) for exercise_id, reps in logged]
    estimate = session_time(work, {"a": 30, "b": 90})
    timed = session_time(work, {"a": 30, "b": 90}, clock)
    assert timed.minutes >= estimate.minutes - 1e-9
    assert timed.minutes <= max(estimate.minutes, MAX_CLOCK_MINUTES) + 1e-9
