"""Exports opened in a spreadsheet and saved again: numeric dates in the computer's style."""

from __future__ import annotations

from datetime import datetime

from backstrong.adapters.files.training.hevy import parse_hevy_csv
from backstrong.adapters.files.training.strong import parse_strong_csv

STRONG = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds\n"


def starts(parsed):
    return [w.start for w in parsed.workouts]


def test_a_day_over_12_anywhere_turns_the_whole_file_day_first():
    parsed = parse_strong_csv(
        STRONG
        + "4/3/2024 07:10,Upper,40m,Row,1,50,10,0,0\n"
        + "18/3/2024 07:05,Upper,1h 2m,Row,1,52.5,10,0,0\n"
    )
    assert parsed.errors == () and parsed.warnings == ()
    assert starts(parsed) == [datetime(2024, 3, 4, 7, 10), datetime(2024, 3, 18, 7, 5)]
    assert parsed.workouts[0].end == datetime(2024, 3, 4, 7, 50)


def test_a_month_first_file_with_a_12_hour_clock_is_read_month_first():
    parsed = parse_strong_csv(
        STRONG
        + "3/4/2024 6:10 PM,Legs,45m,Squat,1,135,5,0,0\n"
        + "3/19/2024 6:02 PM,Legs,45m,Squat,1,140,5,0,0\n"
    )
    assert parsed.warnings == ()
    assert starts(parsed) == [datetime(2024, 3, 4, 18, 10), datetime(2024, 3, 19, 18, 2)]


def test_dates_that_fit_both_ways_are_read_month_first_with_a_warning_naming_one():
    parsed = parse_strong_csv(STRONG + "4/3/2024 07:10,Upper,40m,Row,1,50,10,0,0\n")
    assert starts(parsed) == [datetime(2024, 4, 3, 7, 10)]
    [warning] = parsed.warnings
    assert (warning.row_number, warning.field, warning.value) == (2, "date", "4/3/2024 07:10")
    assert "day or month first" in warning.message


def test_dotted_dates_are_day_first():
    parsed = parse_strong_csv(STRONG + "04.03.2024 07:10,Upper,40m,Row,1,50,10,0,0\n")
    assert (starts(parsed), parsed.warnings) == ([datetime(2024, 3, 4, 7, 10)], ())


def test_a_date_that_is_no_date_is_still_a_row_error():
    parsed = parse_strong_csv(STRONG + "31/31/2024 07:10,Upper,40m,Row,1,50,10,0,0\n")
    [error] = parsed.errors
    assert (error.field, error.value) == ("Date", "31/31/2024 07:10")


def test_a_resaved_hevy_file_keeps_its_end_times_with_the_turned_dates():
    header = (
        "title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,"
        "set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
    )
    parsed = parse_hevy_csv(
        header
        + "Push,2/5/2025 09:08,2/5/2025 10:23,,Bench Press (Barbell),,,0,normal,60,8,,,\n"
        + "Pull,21/5/2025 18:00,21/5/2025 19:10,,Chin Up,,,0,normal,,8,,,\n"
    )
    assert parsed.errors == () and parsed.warnings == ()
    push, pull = parsed.workouts
    assert (push.start, push.end) == (datetime(2025, 5, 2, 9, 8), datetime(2025, 5, 2, 10, 23))
    assert pull.start == datetime(2025, 5, 21, 18, 0)
