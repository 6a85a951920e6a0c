"""Strong's other layouts, as found in real exports: units in the header, French and German names.

Every CSV here is written for the test; the shapes (header names, 0-based set numbers, durations)
are those of exports seen in the wild.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from backstrong.adapters.files.training.strong import parse_strong_csv
from backstrong.domain.training.model import Load
from backstrong.domain.units import MassUnit


def test_the_2016_layout_names_its_units_in_the_header_and_counts_sets_from_zero():
    text = (
        "Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes\n"
        '2016-05-02 18:10:00,"Day A","Front Squat",0,40.0,8,0.0,0,""\n'
        '2016-05-02 18:10:00,"Day A","Front Squat",1,45.0,6,0.0,0,""\n'
        '2016-05-02 18:10:00,"Day A","Rowing",0,0.0,0,1.5,420,""\n'
    )
    parsed = parse_strong_csv(text, unit=MassUnit.LB)
    assert (parsed.source, parsed.assumed_unit, parsed.errors) == ("strong", None, ())
    first, second, row = parsed.workouts[0].sets
    assert [(s.order, s.load, s.reps) for s in (first, second)] == [
        (1, Load(40.0, MassUnit.KG), 8),
        (2, Load(45.0, MassUnit.KG), 6),
    ]
    assert (row.order, row.distance_m, row.seconds) == (1, pytest.approx(1500.0), 420.0)


def test_units_in_parentheses_and_a_duration_in_seconds_are_read():
    text = (
        "Workout #,Date,Workout Name,Duration (sec),Exercise Name,Set Order,Weight (lbs),Reps,RPE,"
        "Distance (meters),Seconds,Notes,Workout Notes\n"
        "7,2025-02-11 06:45:00,Pull,2700,Chin Up,W,0,6,,,,,\n"
        "7,2025-02-11 06:45:00,Pull,2700,Pendlay Row,1,155,5,8.5,,,,\n"
        "7,2025-02-11 06:45:00,Pull,2700,Pendlay Row,Rest Timer,,,,,150,,\n"
        "7,2025-02-11 06:45:00,Pull,2700,Sled Push,1,90,,,40,,,\n"
    )
    parsed = parse_strong_csv(text, unit=MassUnit.KG)
    assert (parsed.source, parsed.assumed_unit, parsed.errors) == ("strong", None, ())
    [workout] = parsed.workouts
    assert workout.end == datetime(2025, 2, 11, 7, 30)
    _, row, sled = workout.sets
    assert (row.load, row.rpe) == (Load(155.0, MassUnit.LB), 8.5)
    assert sled.distance_m == pytest.approx(40.0)
    assert parsed.skipped_rows == 1


def test_a_weight_header_with_a_unit_this_import_does_not_know_is_not_guessed():
    text = (
        "Date,Workout Name,Exercise Name,Set Order,Weight (st),Reps\n"
        "2025-02-11 06:45:00,Pull,Chin Up,1,2,6\n"
    )
    parsed = parse_strong_csv(text)
    assert parsed.workouts == ()
    assert "not a Strong export" in parsed.errors[0].message


def test_french_headers_are_read():
    text = (
        "Date,Nom de l'entraînement,Durée,Nom de l'exercice,Ordre de la série,Poids,Réps,Distance,"
        "Secondes,Notes,Notes d'entraînement,RPE\n"
        '2024-01-09 12:05:00,"Haut du corps",1h 2min,"Développé couché",1,42.5,10,0,0,"",'
        '"bonne séance",\n'
        '2024-01-09 12:05:00,"Haut du corps",1h 2min,"Gainage",1,0,0,0,45,"",,\n'
    )
    parsed = parse_strong_csv(text, unit=MassUnit.KG)
    assert parsed.errors == ()
    [workout] = parsed.workouts
    assert (workout.title, workout.notes, workout.end) == (
        "Haut du corps",
        "bonne séance",
        datetime(2024, 1, 9, 13, 7),
    )
    press, plank = workout.sets
    assert (press.exercise_name, press.load, press.reps) == ("Développé couché", Load(42.5), 10)
    assert plank.seconds == 45.0


def test_the_german_android_duration_column_is_read():
    text = (
        "Datum;Workout-Name;Name der Übung;Reihenfolge festlegen;Gewicht;Wiederh.;RPE;Entfernung;"
        "Sekunden;Notizen;Workout-Notizen;Workout-Dauer\n"
        '2024-04-02 17:00:00;"Beine";"Beinpresse";1;120;12;;0;0;"";"";52m\n'
    )
    parsed = parse_strong_csv(text)
    assert parsed.errors == ()
    assert parsed.workouts[0].end == datetime(2024, 4, 2, 17, 52)


def test_a_typographic_apostrophe_in_a_header_reads_as_a_plain_one():
    text = (
        "Date,Nom de l\u2019entraînement,Nom de l\u2019exercice,Ordre de la série,Poids,Réps\n"
        '2024-01-09 12:05:00,"Jambes","Presse",1,90,12\n'
    )
    parsed = parse_strong_csv(text)
    assert parsed.errors == ()
    assert parsed.workouts[0].title == "Jambes"
