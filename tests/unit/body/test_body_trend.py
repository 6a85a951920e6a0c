import math
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backstrong.domain.body.trend import (
    TREND_TIME_CONSTANT_DAYS,
    Girth,
    WeightEntry,
    summarise_trend,
    weekly_rate_kg,
    weight_trend,
)
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.entrypoints.public import shown
from backstrong.entrypoints.public.body import TrendPublic

START = datetime(2024, 3, 1, 7, 0)


def daily_log(weights: list[float], start: datetime = START) -> list[WeightEntry]:
    return [WeightEntry(start + timedelta(days=i), w) for i, w in enumerate(weights)]


def test_the_first_entry_starts_the_trend():
    points = weight_trend(daily_log([80.0]))
    assert points[0].trend_kg == 80.0


def test_one_day_later_the_trend_moves_a_tenth_of_the_way():
    points = weight_trend(daily_log([80.0, 81.0]))
    pull = 1.0 - math.exp(-1.0 / TREND_TIME_CONSTANT_DAYS)
    assert points[1].trend_kg == pytest.approx(80.0 + pull)


def test_after_a_long_gap_a_new_reading_counts_for_more():
    after_a_day = weight_trend(daily_log([80.0, 78.0]))[-1].trend_kg
    after_a_month = weight_trend(
        [WeightEntry(START, 80.0), WeightEntry(START + timedelta(days=30), 78.0)]
    )[-1].trend_kg
    assert 78.0 < after_a_month < after_a_day < 80.0
    assert after_a_month == pytest.approx(78.0 + 2.0 * math.exp(-3.0))


def test_two_readings_in_one_day_each_count_a_little():
    entries = [
        WeightEntry(START, 80.0),
        WeightEntry(START + timedelta(hours=12), 81.0),
        WeightEntry(START + timedelta(days=1), 81.0),
    ]
    points = weight_trend(entries)
    assert points[1].trend_kg == pytest.approx(80.0 + (1.0 - math.exp(-0.05)))
    assert points[2].trend_kg == pytest.approx(80.0 + (1.0 - math.exp(-0.1)))


def test_entries_given_out_of_order_are_sorted_and_dates_count_as_midnight():
    entries = [WeightEntry(date(2024, 3, 2), 79.0), WeightEntry(date(2024, 3, 1), 80.0)]
    points = weight_trend(entries)
    assert [p.weight_kg for p in points] == [80.0, 79.0]
    assert points[0].at == datetime(2024, 3, 1)


def test_a_steady_loss_of_half_a_kilo_a_week_shows_as_that_rate():
    weights = [90.0 - 0.5 * day / 7 for day in range(60)]
    assert weekly_rate_kg(weight_trend(daily_log(weights))) == pytest.approx(-0.5, abs=0.02)


def test_no_rate_until_the_log_spans_a_few_days():
    assert weekly_rate_kg(weight_trend(daily_log([80.0, 79.8]))) is None
    assert weekly_rate_kg(()) is None


def test_body_fat_and_girths_ride_along_as_data():
    entry = WeightEntry(START, 80.0, body_fat_percent=22.0, girths=(Girth("waist", 86.0),))
    summary = summarise_trend([entry])
    assert summary.latest_trend_kg == 80.0
    assert shown(TrendPublic, summary)["points"][0]["trend_kg"] == 80.0
    assert entry.girths[0].centimetres == 86.0


def test_a_weight_of_zero_is_refused():
    with pytest.raises(InvalidInput, match=r"weight '0\.0': must be a positive number of kg"):
        WeightEntry(START, 0.0)


readings = st.lists(
    st.tuples(st.floats(0.0, 20.0), st.floats(40.0, 200.0)), min_size=1, max_size=40
)


@given(readings)
def test_the_trend_stays_between_the_lightest_and_heaviest_reading(pairs):
    entries = [WeightEntry(START + timedelta(days=offset), w) for offset, w in pairs]
    low, high = min(w for _, w in pairs), max(w for _, w in pairs)
    for point in weight_trend(entries):
        assert low - 1e-9 <= point.trend_kg <= high + 1e-9
