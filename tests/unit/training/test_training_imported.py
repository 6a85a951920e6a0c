"""Imported workouts: dedup keys that make re-imports add nothing, and all-or-nothing imports."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstrong.domain.training.imported import (
    ImportedSet,
    ImportedWorkout,
    ImportRejected,
    ParsedImport,
    RowError,
    SetKind,
    accepted_workouts,
    dedup_key,
)
from backstrong.domain.training.model import Load
from backstrong.domain.units import MassUnit

START = datetime(2026, 3, 13, 15, 22)


def imported(
    order: int = 1, reps: int = 5, kg: float = 100.0, row: int = 2, **fields: object
) -> ImportedSet:
    return ImportedSet("Deadlift (Barbell)", order, row, reps=reps, load=Load(kg), **fields)  # type: ignore[arg-type]


def test_the_same_set_read_again_has_the_same_key():
    assert dedup_key(START, imported(row=2)) == dedup_key(START, imported(row=40))


def test_a_different_value_date_or_order_gives_a_different_key():
    key = dedup_key(START, imported())
    assert key != dedup_key(START, imported(reps=6))
    assert key != dedup_key(START, imported(kg=102.5))
    assert key != dedup_key(START, imported(order=2))
    assert key != dedup_key(datetime(2026, 3, 14, 15, 22), imported())
    assert key != dedup_key(START, imported(kind=SetKind.WARMUP))


def test_the_same_load_in_pounds_or_kilograms_has_the_same_key():
    in_lb = ImportedSet(
        "Deadlift (Barbell)", 1, 2, reps=5, load=Load(100 / 0.45359237, MassUnit.LB)
    )
    assert dedup_key(START, in_lb) == dedup_key(START, imported())


def test_name_case_and_spacing_do_not_change_the_key():
    other = ImportedSet("deadlift  (barbell)", 1, 2, reps=5, load=Load(100.0))
    assert dedup_key(START, other) == dedup_key(START, imported())


def test_identical_sets_in_one_workout_get_distinct_keys_that_repeat_on_reimport():
    workout = ImportedWorkout("Back", START, sets=(imported(), imported()))
    keys = [key for key, _ in workout.keyed_sets()]
    assert len(set(keys)) == 2
    assert keys == [key for key, _ in workout.keyed_sets()]


def test_an_import_with_row_errors_is_refused_unless_invalid_rows_are_skipped():
    parsed = ParsedImport(
        "strong",
        (ImportedWorkout("Back", START, sets=(imported(),)),),
        (RowError(3, "Weight", "abc", "must be a number, like 62.5"),),
    )
    with pytest.raises(ImportRejected, match="row 3, Weight 'abc': must be a number"):
        accepted_workouts(parsed, skip_invalid=False)
    assert accepted_workouts(parsed, skip_invalid=True) == parsed.workouts


def test_an_imported_set_becomes_a_performed_set_of_the_mapped_exercise():
    performed = imported(kind=SetKind.WARMUP, rpe=7.0).to_performed_set("deadlift", START)
    assert (
        performed.exercise_id,
        performed.reps,
        performed.load,
        performed.warmup,
        performed.rpe,
    ) == (
        "deadlift",
        5,
        Load(100.0),
        True,
        7.0,
    )
