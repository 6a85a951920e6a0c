"""How the progression engine reads effort: the training package's RTS chart and Epley, with RPE
read to the nearest half point and reps in reserve past the chart."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backstrong.domain.programs.effort import chart_percent, e1rm, epley_ratio, load_for
from backstrong.domain.training.rpe_chart import chart_rows


def test_five_reps_at_rpe_eight_is_81_percent():
    assert chart_percent(5, 8) == 81.1


@given(reps=st.integers(1, 9), rpe=st.sampled_from([7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0]))
def test_a_cell_depends_only_on_reps_plus_reps_in_reserve(reps, rpe):
    # one more rep at a given RPE weighs the same as one point more in reserve
    assert chart_percent(reps + 1, rpe) == chart_percent(reps, rpe - 1)


def test_the_chart_falls_as_reps_or_reserve_grow():
    for _rpe, row in chart_rows():
        assert list(row) == sorted(row, reverse=True)


def test_off_the_chart_gives_none():
    assert chart_percent(12, 8) is None
    assert chart_percent(5, 5) is None


def test_rpe_is_read_to_the_nearest_half_point():
    assert chart_percent(5, 8.2) == chart_percent(5, 8)
    assert chart_percent(5, 7.8) == chart_percent(5, 8)


def test_epley_at_ten_reps_of_a_hundred_is_133():
    assert e1rm(100, 10) == pytest.approx(133.33, abs=0.01)
    assert e1rm(100, 1) == 100
    assert epley_ratio(1) == 1.0


def test_e1rm_uses_the_chart_when_rpe_is_logged():
    assert e1rm(81.1, 5, 8) == pytest.approx(100)


def test_past_the_chart_reps_in_reserve_count_as_reps():
    # 12 reps at RPE 8: two more were left, so Epley reads it as 14 reps to failure
    assert e1rm(60, 12, 8) == pytest.approx(e1rm(60, 14))


def test_the_load_for_reps_at_an_rpe_reads_the_chart():
    assert load_for(100, 5, 8) == pytest.approx(81.1)


@given(
    load=st.floats(10, 300),
    reps=st.integers(1, 20),
    rpe=st.sampled_from([6.0, 7.0, 7.5, 8.0, 9.0, 10.0]),
)
def test_the_load_for_an_e1rm_gives_that_e1rm_back(load, reps, rpe):
    assert e1rm(load_for(e1rm(load, reps, rpe), reps, rpe), reps, rpe) == pytest.approx(
        e1rm(load, reps, rpe)
    )
