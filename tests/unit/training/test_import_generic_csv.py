"""The generic one-row-per-set CSV documented in training_import/README.md."""

from __future__ import annotations

from datetime import datetime

from backstrong.adapters.files.training.generic_csv import parse_generic_csv
from backstrong.domain.training.imported import SetKind
from backstrong.domain.training.model import Load, Side
from backstrong.domain.units import MassUnit

HEADER = "date,workout,exercise,set,reps,weight,unit,seconds,rpe,rir,side,warmup,notes"


def csv_text(*rows: str, header: str = HEADER) -> str:
    return "\n".join((header, *rows)) + "\n"


def test_the_readme_example_reads_as_one_workout():
    parsed = parse_generic_csv(
        csv_text(
            "2026-03-13 07:30,Back day,Deadlift,1,5,40,kg,,,,,yes,",
            "2026-03-13 07:30,Back day,Deadlift,2,5,60,kg,,8,,,,",
            "2026-03-13 07:30,Back day,Side plank,1,,,,30,,,left,,",
            "2026-03-13 07:30,Back day,Side plank,1,,,,30,,,right,,",
        )
    )
    assert parsed.errors == ()
    [workout] = parsed.workouts
    assert (workout.title, workout.start) == ("Back day", datetime(2026, 3, 13, 7, 30))
    warmup, work, left, right = workout.sets
    assert (warmup.kind, warmup.load) == (SetKind.WARMUP, Load(40.0))
    assert (work.kind, work.rpe) == (SetKind.NORMAL, 8.0)
    assert [(s.seconds, s.side) for s in (left, right)] == [(30.0, Side.LEFT), (30.0, Side.RIGHT)]


def test_columns_may_come_in_any_order_and_case_with_semicolons():
    parsed = parse_generic_csv(csv_text("Bridge;15;2026-03-13", header="Exercise;REPS;Date"))
    [s] = parsed.workouts[0].sets
    assert (s.exercise_name, s.reps, s.order) == ("Bridge", 15, 1)


def test_missing_set_numbers_follow_the_rows_order():
    parsed = parse_generic_csv(
        csv_text("2026-03-13,,Bridge,,15,,,,,,,,", "2026-03-13,,Bridge,,12,,,,,,,,")
    )
    assert [s.order for s in parsed.workouts[0].sets] == [1, 2]


def test_a_weight_without_unit_takes_the_given_unit_and_reports_it():
    parsed = parse_generic_csv(csv_text("2026-03-13,,Squat,1,5,100,,,,,,,"), unit=MassUnit.LB)
    assert parsed.workouts[0].sets[0].load == Load(100.0, MassUnit.LB)
    assert parsed.assumed_unit is MassUnit.LB


def test_a_misspelt_column_is_refused_instead_of_silently_dropped():
    parsed = parse_generic_csv(csv_text("2026-03-13,Squat,100", header="date,exercise,wieght"))
    assert parsed.workouts == ()
    assert (parsed.errors[0].field, parsed.errors[0].value) == ("header", "wieght")


def test_rows_with_bad_values_are_errors_naming_the_column():
    parsed = parse_generic_csv(
        csv_text(
            "13.03.2026,,Squat,1,5,,,,,,,,",
            "2026-03-13,,Squat,1,,,,,,,,,",
            "2026-03-13,,Squat,1,5,,,,,,up,,",
            "2026-03-13,,Squat,1,5,,,,,12,,,",
        )
    )
    assert [(e.row_number, e.field) for e in parsed.errors] == [
        (2, "date"),
        (3, "reps"),
        (4, "side"),
        (5, "rir"),
    ]
