"""Strong exports in both layouts, English and German, built here as small CSV strings."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstrong.adapters.files.training.strong import parse_strong_csv
from backstrong.domain.training.imported import SetKind, accepted_workouts
from backstrong.domain.training.model import Load
from backstrong.domain.units import MassUnit

CLASSIC_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE"
)
NEW_HEADER = (
    "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;"
    "Seconds;Notes;Workout Notes;Workout Duration"
)
GERMAN_HEADER = (
    "Datum;Trainingsname;Name der Übung;Reihenfolge festlegen;Gewicht;Gewichtseinheit;Wiederh.;RPE;"
    "Entfernung;Entfernungseinheit;Sekunden;Notizen;Trainingsnotizen;Trainingsdauer"
)


def classic(*rows: str) -> str:
    return "\n".join((CLASSIC_HEADER, *rows)) + "\n"


def android(*rows: str, header: str = NEW_HEADER) -> str:
    return "\n".join((header, *rows)) + "\n"


def test_classic_layout_takes_the_unit_it_is_given_and_reports_it():
    parsed = parse_strong_csv(
        classic('2024-11-28 17:36:08,"Back",1h 5m,"Deadlift (Barbell)",1,225,5,0,0,"",,8'),
        unit=MassUnit.LB,
    )
    assert (parsed.source, parsed.assumed_unit, parsed.errors) == (
        "strong-classic",
        MassUnit.LB,
        (),
    )
    [workout] = parsed.workouts
    assert (workout.title, workout.start, workout.end) == (
        "Back",
        datetime(2024, 11, 28, 17, 36, 8),
        datetime(2024, 11, 28, 18, 41, 8),
    )
    [s] = workout.sets
    assert (s.exercise_name, s.order, s.reps, s.load, s.rpe, s.source_row) == (
        "Deadlift (Barbell)",
        1,
        5,
        Load(225.0, MassUnit.LB),
        8.0,
        2,
    )


def test_unused_numbers_written_as_zero_are_not_logged_values():
    parsed = parse_strong_csv(classic('2024-11-28 17:36:08,"Core",20m,"Plank",1,0,0,0,60,"",,'))
    [s] = parsed.workouts[0].sets
    assert (s.reps, s.load, s.seconds, s.distance_m, s.rpe) == (None, None, 60.0, None, None)


def test_rest_timer_rows_are_skipped_and_counted():
    parsed = parse_strong_csv(
        classic(
            '2024-11-28 17:36:08,"Back",30m,"Deadlift (Barbell)",1,100,5,0,0,"",,',
            '2024-11-28 17:36:08,"Back",30m,"Deadlift (Barbell)",Rest Timer,0,0,0,120,"",,',
        )
    )
    assert parsed.set_count == 1
    assert parsed.skipped_rows == 1


def test_android_semicolons_and_unit_columns_are_read():
    parsed = parse_strong_csv(
        android(
            '2026-03-13 15:22:00;"Legs";"Squat (Barbell)";1;100;kg;5;8,5;;;0;"";"";45m',
            '2026-03-13 15:22:00;"Legs";"Squat (Barbell)";2;225;lbs;5;;;;0;"";"";45m',
            '2026-03-13 15:22:00;"Legs";"Running";1;0;kg;0;;3;miles;1500;"";"";45m',
        )
    )
    assert (parsed.source, parsed.assumed_unit, parsed.errors) == ("strong", None, ())
    first, second, run = parsed.workouts[0].sets
    assert (first.load, first.rpe) == (Load(100.0, MassUnit.KG), 8.5)
    assert second.load == Load(225.0, MassUnit.LB)
    assert run.distance_m == pytest.approx(4828.03, abs=0.01)
    assert run.seconds == 1500.0


def test_german_headers_and_decimal_commas_are_read():
    parsed = parse_strong_csv(
        android(
            '2026-03-13 15:22:00;"Rücken";"Kreuzheben (Langhantel)";W;40;kg;10;;;;0;;;1h 5m',
            '2026-03-13 15:22:00;"Rücken";"Kreuzheben (Langhantel)";1;62,5;kg;8;;;;0;;;1h 5m',
            header=GERMAN_HEADER,
        )
    )
    assert parsed.errors == ()
    warmup, work = parsed.workouts[0].sets
    assert (warmup.kind, warmup.order, warmup.load) == (SetKind.WARMUP, 1, Load(40.0))
    assert (work.kind, work.order, work.load) == (SetKind.NORMAL, 1, Load(62.5))


def test_ios_names_the_duration_column_duration():
    header = NEW_HEADER.replace("Workout Duration", "Duration")
    parsed = parse_strong_csv(
        android('2026-03-13 15:22:00;"A";"Plank";1;0;kg;0;;;;60;;;1h', header=header)
    )
    assert parsed.workouts[0].end == datetime(2026, 3, 13, 16, 22)


def test_rows_are_grouped_into_workouts_by_start_and_title():
    parsed = parse_strong_csv(
        classic(
            '2026-03-13 07:00:00,"Morning",20m,"Bridge",1,0,15,0,0,,,',
            '2026-03-13 18:00:00,"Evening",20m,"Bridge",1,0,15,0,0,,,',
            '2026-03-13 07:00:00,"Morning",20m,"Bridge",2,0,15,0,0,,,',
        )
    )
    assert [(w.title, len(w.sets)) for w in parsed.workouts] == [("Morning", 2), ("Evening", 1)]


def test_malformed_rows_are_reported_with_row_column_and_value():
    parsed = parse_strong_csv(
        classic(
            '2026-03-13 07:00:00,"A",20m,"Deadlift",1,abc,5,0,0,,,',
            '13/03/2026,"A",20m,"Deadlift",2,100,5,0,0,,,',
            '2026-03-13 07:00:00,"A",20m,"Deadlift",3,100,5,0,0,,,11',
            '2026-03-13 07:00:00,"A",20m,"Deadlift",4,100,5,0,0,,,',
        )
    )
    assert [(e.row_number, e.field, e.value) for e in parsed.errors] == [
        (2, "Weight", "abc"),
        (3, "Date", "13/03/2026"),
        (4, "RPE", "11"),
    ]
    assert [s.order for s in accepted_workouts(parsed, skip_invalid=True)[0].sets] == [4]


def test_a_load_over_1000_kg_is_a_row_error():
    parsed = parse_strong_csv(classic('2026-03-13 07:00:00,"A",20m,"Deadlift",1,2500,5,0,0,,,'))
    [error] = parsed.errors
    assert (error.field, error.message) == ("Weight", "must be from 0 to 1000 kg")


def test_an_unreadable_duration_is_a_warning_not_an_error():
    parsed = parse_strong_csv(classic('2026-03-13 07:00:00,"A",eine Stunde,"Bridge",1,0,15,0,0,,,'))
    assert parsed.errors == ()
    assert parsed.workouts[0].end is None
    assert [w.value for w in parsed.warnings] == ["eine Stunde"]


def test_a_file_that_is_not_a_strong_export_says_so():
    parsed = parse_strong_csv("name,calories\napple,52\n")
    assert parsed.workouts == ()
    assert parsed.errors[0].row_number == 1
    assert "not a Strong export" in parsed.errors[0].message


def test_notes_with_commas_and_line_breaks_stay_in_their_cell():
    parsed = parse_strong_csv(
        classic('2026-03-13 07:00:00,"A",20m,"Deadlift",1,100,5,0,0,"slow, controlled\nno pain",,')
    )
    assert parsed.workouts[0].sets[0].notes == "slow, controlled\nno pain"


def test_reimporting_the_same_file_gives_the_same_keys():
    text = classic(
        '2026-03-13 07:00:00,"A",20m,"Deadlift",1,100,5,0,0,,,',
        '2026-03-13 07:00:00,"A",20m,"Deadlift",2,100,5,0,0,,,',
    )
    first = [k for w in parse_strong_csv(text).workouts for k, _ in w.keyed_sets()]
    again = [k for w in parse_strong_csv(text).workouts for k, _ in w.keyed_sets()]
    assert first == again
    assert len(set(first)) == 2


def test_a_file_the_csv_reader_cannot_follow_reports_the_row_where_it_stopped():
    giant = "x" * 200_000  # past the csv module's field size limit
    parsed = parse_strong_csv(
        classic(
            '2026-03-13 07:00:00,"A",20m,"Deadlift",1,100,5,0,0,,,',
            f'2026-03-13 07:00:00,"A",20m,"Deadlift",2,100,5,0,0,"{giant}",,',
        )
    )
    assert [(e.row_number, e.field) for e in parsed.errors] == [(3, "row")]
    assert parsed.set_count == 1
