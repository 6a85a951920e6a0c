"""The RPE chart and e1RM formulas the progression engine relies on."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backstrong.domain.programs.rpe import (
    RPE_CHART,
    e1rm,
    epley,
    epley_load,
    load_for,
    percent_of_1rm,
)


def test_five_reps_at_rpe_eight_is_81_percent():
    assert percent_of_1rm(5, 8) == 81.1


@given(reps=st.integers(1, 9), rpe=st.sampled_from([7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0]))
def test_a_cell_depends_only_on_reps_plus_reps_in_reserve(reps, rpe):
    # one more rep at a given RPE weighs the same as one point more in reserve
    assert percent_of_1rm(reps + 1, rpe) == percent_of_1rm(reps, rpe - 1)


def test_the_chart_falls_as_reps_or_reserve_grow():
    for row in RPE_CHART.values():
        assert list(row) == sorted(row, reverse=True)


def test_off_the_chart_gives_none():
    assert percent_of_1rm(12, 8) is None
    assert percent_of_1rm(5, 5) is None


def test_rpe_is_read_to_the_nearest_half_point():
    assert percent_of_1rm(5, 8.2) == percent_of_1rm(5, 8)


def test_epley_at_ten_reps_of_a_hundred_is_133():
    assert epley(100, 10) == pytest.approx(133.33, abs=0.01)
    assert epley(100, 1) == 100


def test_epley_load_inverts_epley():
    assert epley_load(epley(80, 8), 8) == pytest.approx(80)


def test_e1rm_uses_the_chart_when_rpe_is_logged():
    assert e1rm(81.1, 5, 8) == pytest.approx(100)
    assert e1rm(100, 10) == pytest.approx(133.33, abs=0.01)


def test_the_load_for_reps_at_an_rpe_reads_the_chart():
    assert load_for(100, 5, 8) == pytest.approx(81.1)
