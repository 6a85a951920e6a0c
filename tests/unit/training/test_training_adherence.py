"""Adherence: prescribed against done sessions, per week and overall."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from backstrong.domain.training.adherence import session_days, weekly_adherence
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.validation import TrainingValueError


def test_each_week_shows_sessions_done_against_prescribed():
    sessions = [date(2026, 3, 9), date(2026, 3, 11), date(2026, 3, 18)]
    result = weekly_adherence(sessions, 3, first_day=date(2026, 3, 9), last_day=date(2026, 3, 22))
    assert [(w.week_start, w.done, w.prescribed) for w in result.weeks] == [
        (date(2026, 3, 9), 2, 3),
        (date(2026, 3, 16), 1, 3),
    ]
    assert result.weeks[0].ratio == 2 / 3


def test_extra_sessions_in_one_week_do_not_make_up_for_a_missed_week():
    sessions = [date(2026, 3, d) for d in (9, 10, 11, 12)]
    result = weekly_adherence(sessions, 2, first_day=date(2026, 3, 9), last_day=date(2026, 3, 22))
    assert result.weeks[0].ratio == 2.0
    assert result.overall == 0.5


def test_a_different_prescription_each_week_can_be_given_by_any_day_of_the_week():
    result = weekly_adherence(
        [datetime(2026, 3, 10, 7)],
        {date(2026, 3, 12): 1, date(2026, 3, 16): 0},
        first_day=date(2026, 3, 9),
        last_day=date(2026, 3, 22),
    )
    assert [(w.prescribed, w.ratio) for w in result.weeks] == [(1, 1.0), (0, None)]
    assert result.overall == 1.0


def test_a_negative_prescription_is_refused():
    with pytest.raises(TrainingValueError, match="sessions per week '-1'"):
        weekly_adherence([], -1, first_day=date(2026, 3, 9), last_day=date(2026, 3, 9))


def test_session_days_are_the_distinct_days_with_working_sets():
    sets = [
        PerformedSet("bridge", datetime(2026, 3, 10, 7)),
        PerformedSet("bridge", datetime(2026, 3, 10, 19)),
        PerformedSet("bridge", datetime(2026, 3, 12, 7), warmup=True),
    ]
    assert session_days(sets) == (date(2026, 3, 10),)
