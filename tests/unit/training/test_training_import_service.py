"""Imports through the service: review first, then all of it in one go, and never twice."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from backstrong.domain.training.imported import (
    ImportedSet,
    ImportedWorkout,
    ImportRejected,
    ParsedImport,
    RowError,
)
from backstrong.domain.training.model import Load
from tests.unit.training.training_log_builders import person, service, store

ADA = person(1)
MONDAY = datetime(2026, 3, 9, 18, 0)


def workout(*names: str, start: datetime = MONDAY) -> ImportedWorkout:
    sets = tuple(
        ImportedSet(name, order=i + 1, source_row=i + 2, reps=5, load=Load(60.0))
        for i, name in enumerate(names)
    )
    return ImportedWorkout("Back day", start, sets=sets)


def parsed(*workouts: ImportedWorkout, errors: tuple[RowError, ...] = ()) -> ParsedImport:
    return ParsedImport("strong", workouts, errors)


def run(uow, file: ParsedImport, **options):
    training = service(uow)
    plan = training.prepare_import(ADA, file, zone=UTC, **options)
    return plan, training.apply_import(ADA, plan, zone=UTC)


def test_known_names_map_to_the_library_and_unknown_ones_become_custom_exercises():
    uow = store()
    plan, result = run(uow, parsed(workout("Deadlift (Barbell)", "Bench Press (Barbell)")))
    assert plan.exercise_for()["Deadlift (Barbell)"] == "deadlift"
    assert result.exercises_created == ("bench-press-barbell",)
    assert uow.custom_exercises.ids_for(ADA.id) == {"bench-press-barbell"}
    ids = [s.performed.exercise_id for s in service(uow).history(ADA)]
    assert ids == ["deadlift", "bench-press-barbell"]


def test_importing_the_same_file_again_adds_nothing():
    uow = store()
    file = parsed(workout("Deadlift (Barbell)", "Deadlift (Barbell)"))
    _, first = run(uow, file)
    plan, again = run(uow, file)
    assert (first.sets, plan.new_sets, again.sets, again.duplicates) == (2, 0, 0, 2)
    assert len(service(uow).history(ADA)) == 2


def test_unreadable_rows_stop_the_import_unless_skipping_was_asked():
    uow = store()
    bad = RowError(7, "Reps", "many", "must be a whole number")
    with pytest.raises(ImportRejected, match="row 7, Reps 'many'"):
        run(uow, parsed(workout("Deadlift (Barbell)"), errors=(bad,)))
    assert service(uow).history(ADA) == []
    plan, result = run(uow, parsed(workout("Deadlift (Barbell)"), errors=(bad,)), skip_invalid=True)
    assert (plan.skipped_rows, result.sets) == ((bad,), 1)


def test_a_workout_dated_ahead_is_a_row_error():
    uow = store()
    ahead = workout("Deadlift (Barbell)", start=datetime(2027, 1, 1, 9, 0))
    with pytest.raises(ImportRejected, match="more than a day in the future"):
        run(uow, parsed(ahead))
