"""A logged thing's date lies between 1900-01-01 and tomorrow on the person's calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from backstrong.domain.errors import FieldError
from backstrong.domain.logged_dates import check_logged_day, check_logged_time

TODAY = date(2026, 3, 13)


def test_the_first_day_of_1900_and_tomorrow_are_accepted():
    assert check_logged_day("date", date(1900, 1, 1), TODAY) == date(1900, 1, 1)
    assert check_logged_day("date", TODAY + timedelta(days=1), TODAY) == date(2026, 3, 14)


@pytest.mark.parametrize("day", [date(1, 1, 1), date(1899, 12, 31), date(2026, 3, 15)])
def test_a_day_outside_the_window_is_refused_naming_the_field(day):
    with pytest.raises(FieldError) as refused:
        check_logged_day("performed_at", day, TODAY)
    assert refused.value.field == "performed_at"
    assert "1900-01-01" in str(refused.value) and "2026-03-14" in str(refused.value)


def test_a_time_near_year_9999_is_refused_before_any_time_zone_arithmetic():
    late = datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-5)))
    with pytest.raises(FieldError):
        check_logged_time("performed_at", late, TODAY)
    early = datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=5)))
    with pytest.raises(FieldError):
        check_logged_time("started_at", early, TODAY)
    assert check_logged_time("at", datetime(2026, 3, 13, tzinfo=UTC), TODAY).year == 2026
