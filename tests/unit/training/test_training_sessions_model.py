"""Logged sets and sessions: ids, dates and the rules a repeat is judged by."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.sessions import (
    LoggedSet,
    TrainingSession,
    check_id,
    check_session,
    check_when,
)
from backstrong.domain.training.validation import TrainingValueError

NOW = datetime(2026, 3, 13, 12, 0, tzinfo=UTC)
ID = "3f2b6c1e-8a4d-4e8a-9c61-2d1f0b7a5e43"


def test_an_id_must_be_a_uuid_and_comes_back_in_canonical_form():
    assert check_id(ID.upper()) == ID
    with pytest.raises(TrainingValueError, match="id 'abc': must be a UUID"):
        check_id("abc")


def test_a_time_more_than_a_day_ahead_is_refused_naming_the_field():
    assert check_when(NOW + timedelta(hours=23), NOW)
    with pytest.raises(TrainingValueError, match=r"performed_at .* more than a day in the future"):
        check_when(NOW + timedelta(days=2), NOW)


def test_a_time_without_offset_is_refused():
    with pytest.raises(TrainingValueError, match="needs a UTC offset"):
        check_when(datetime(2026, 3, 13, 7, 0), NOW)


def test_the_training_day_is_the_local_day_of_the_start():
    late = datetime(2026, 3, 13, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert TrainingSession(ID, late).day.isoformat() == "2026-03-13"


def test_pain_outside_0_to_10_is_refused_per_field():
    with pytest.raises(TrainingValueError, match="pain_after '11'"):
        check_session(TrainingSession(ID, NOW, pain_after=11), NOW)


def test_a_repeat_is_the_same_set_whatever_its_place_in_the_session():
    performed = PerformedSet("deadlift", NOW, reps=5, load=Load(100.0))
    stored = LoggedSet(ID, "session-a", 3, performed)
    assert stored.same_content(LoggedSet(ID, "session-a", 0, performed))
    assert not stored.same_content(LoggedSet(ID, "session-a", 3, replace(performed, reps=6)))
