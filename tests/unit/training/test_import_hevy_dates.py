"""Hevy writes start and end times in the phone's language: month names in other languages."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstrong.adapters.files.training.hevy import parse_hevy_csv
from backstrong.adapters.files.training.worded_dates import WordedDates

HEADER = (
    '"title","start_time","end_time","description","exercise_title","superset_id",'
    '"exercise_notes","set_index","set_type","weight_kg","reps","distance_km",'
    '"duration_seconds","rpe"'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 de jan. de 2025, 06:40", datetime(2025, 1, 9, 6, 40)),  # Brazilian Portuguese
        ("30 de out. de 2025, 21:05", datetime(2025, 10, 30, 21, 5)),
        ("3 März 2025, 18:00", datetime(2025, 3, 3, 18, 0)),  # German
        ("3. Oktober 2025, 18:00", datetime(2025, 10, 3, 18, 0)),
        ("12 févr. 2025, 07:15", datetime(2025, 2, 12, 7, 15)),  # French
        ("12 dic 2025, 19:45", datetime(2025, 12, 12, 19, 45)),  # Spanish, Italian
        ("12 ago. 2025, 7:45 p. m.", datetime(2025, 8, 12, 19, 45)),
        ("1 mei 2025, 09:00", datetime(2025, 5, 1, 9, 0)),  # Dutch
        ("14 мая 2025 г., 08:30", datetime(2025, 5, 14, 8, 30)),  # Russian
        ("7 сент. 2025 г., 12:00", datetime(2025, 9, 7, 12, 0)),
    ],
)
def test_month_names_in_other_languages_are_read(text, expected):
    assert WordedDates().parse(text) == expected


def test_a_file_in_one_language_then_a_date_in_another_is_still_read():
    dates = WordedDates()
    assert dates.parse("12 dic 2025, 19:45") == datetime(2025, 12, 12, 19, 45)
    assert dates.parse("30 de out. de 2025, 21:05") == datetime(2025, 10, 30, 21, 5)


@pytest.mark.parametrize(
    "text",
    [
        "31 de fev. de 2025, 10:00",
        "3 Brumaire 2025, 10:00",
        "3 März 2025",
        "13 PM",
        "yesterday 10:00",
        "now",
    ],
)
def test_what_is_not_a_date_stays_unread(text):
    assert WordedDates().parse(text) is None


def test_a_portuguese_export_is_read_with_its_times():
    row = (
        '"Pernas","9 de jan. de 2025, 06:40","9 de jan. de 2025, 07:52","","Leg Press (Machine)",,'
        '"pés altos\nsem travar",0,"normal",140,10,,,'
    )
    parsed = parse_hevy_csv(f"{HEADER}\n{row}\n")
    assert parsed.errors == ()
    [workout] = parsed.workouts
    assert (workout.start, workout.end) == (
        datetime(2025, 1, 9, 6, 40),
        datetime(2025, 1, 9, 7, 52),
    )
    assert workout.sets[0].notes == "pés altos\nsem travar"


def test_an_unreadable_start_time_still_names_the_cell():
    row = '"Pernas","nove de janeiro","","","Leg Press (Machine)",,"",0,"normal",140,10,,,'
    [error] = parse_hevy_csv(f"{HEADER}\n{row}\n").errors
    assert (error.field, error.value) == ("start_time", "nove de janeiro")
    assert "not a date this import knows" in error.message
