"""Sets read back for the analytics keep the calendar day they were logged on, whatever time zone
the database hands times back in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from backstrong.adapters.db.training.rows import FastSets

NEW_YORK_WINTER = timezone(timedelta(hours=-5))  # a PostgreSQL session zone other than UTC


def test_a_utc_set_read_through_a_non_utc_session_keeps_its_utc_day():
    stored = datetime(2026, 3, 13, 1, 30, tzinfo=UTC).astimezone(NEW_YORK_WINTER)  # 12 March there
    when = FastSets().when(stored, 0)
    assert when == stored
    assert when.date().isoformat() == "2026-03-13"


def test_a_set_logged_in_sydney_reads_back_on_its_sydney_day():
    stored = datetime(2026, 3, 12, 19, 30, tzinfo=UTC).astimezone(NEW_YORK_WINTER)
    when = FastSets().when(stored, 11 * 60)
    assert when.date().isoformat() == "2026-03-13"
    assert when.utcoffset() == timedelta(hours=11)


def test_sqlite_text_times_read_as_utc():
    when = FastSets().when("2026-03-12 19:30:00.000000", 11 * 60)
    assert when == datetime(2026, 3, 13, 6, 30, tzinfo=timezone(timedelta(hours=11)))
