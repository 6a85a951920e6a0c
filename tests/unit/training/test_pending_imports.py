"""Pending imports in the service, over in-memory fakes: kept an hour, the person's own, the
person's matches override the proposal, and a refused match stores nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from backstrong.adapters.files.training.formats import read_training_file
from backstrong.domain.errors import FieldError
from backstrong.services.errors import NotFound
from tests.unit.training.training_log_builders import NOW, person, service, store

STRONG = (
    "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;"
    "Seconds;Notes;Workout Notes;Workout Duration\n"
    '2026-03-09 18:00:00;"Back";"Deadlift (Barbell)";1;100;kg;5;8;0;km;0;"";"";1h 5m\n'
    '2026-03-09 18:00:00;"Back";"Wobble Hinge";1;20;kg;8;;0;km;0;"";"";1h 5m\n'
)


def _uploaded(uow, **kw):
    training = service(uow, read_file=read_training_file, **kw)
    return training, training.upload_import(person(), STRONG, "auto", "kg")


def test_the_review_proposes_matches_and_offers_close_candidates():
    _, review = _uploaded(store())
    entries = {e.imported_name: e for e in review.plan.mapping.entries}
    assert entries["Deadlift (Barbell)"].exercise_id == "deadlift"
    assert not entries["Wobble Hinge"].matched
    close = [c.exercise_id for c in review.candidates["Deadlift (Barbell)"]]
    assert close[0] == "deadlift" and "romanian-deadlift" in close


def test_a_pending_import_expires_after_an_hour():
    uow = store()
    _, review = _uploaded(uow)
    later = service(uow, now=NOW + timedelta(minutes=59), read_file=read_training_file)
    assert later.pending_import(person(), review.pending.id).pending.id == review.pending.id
    expired = service(uow, now=NOW + timedelta(hours=1), read_file=read_training_file)
    with pytest.raises(NotFound):
        expired.pending_import(person(), review.pending.id)


def test_another_person_cannot_read_or_apply_it():
    training, review = _uploaded(store())
    with pytest.raises(NotFound):
        training.pending_import(person(2), review.pending.id)
    with pytest.raises(NotFound):
        training.apply_pending_import(person(2), review.pending.id, {})


def test_the_persons_matches_are_stored():
    uow = store()
    training, review = _uploaded(uow)
    choices = {"Deadlift (Barbell)": "romanian-deadlift", "Wobble Hinge": "bridge"}
    result = training.apply_pending_import(person(), review.pending.id, choices)
    assert result.sets == 2 and result.exercises_created == ()
    logged = {s.performed.exercise_id for s in training.history(person())}
    assert logged == {"romanian-deadlift", "bridge"}


def test_a_match_to_an_unknown_exercise_or_name_stores_nothing():
    uow = store()
    training, review = _uploaded(uow)
    with pytest.raises(FieldError, match="nope"):
        training.apply_pending_import(person(), review.pending.id, {"Wobble Hinge": "nope"})
    with pytest.raises(FieldError, match="Squat"):
        training.apply_pending_import(person(), review.pending.id, {"Squat": None})
    assert training.history(person()) == []


def test_an_empty_upload_or_a_bad_unit_is_refused_naming_the_field():
    training = service(store(), read_file=read_training_file)
    with pytest.raises(FieldError, match="header row") as refused:
        training.upload_import(person(), " \n", "auto", "kg")
    assert refused.value.field == "file"
    with pytest.raises(FieldError) as bad_unit:
        training.upload_import(person(), STRONG, "auto", "stone")
    assert bad_unit.value.field == "unit"


def test_auto_recognises_strong_and_hevy_and_says_so_when_it_cannot():
    from backstrong.domain.units import MassUnit

    assert read_training_file(STRONG, "auto", MassUnit.KG).source == "strong"
    hevy = (
        '"title","start_time","end_time","description","exercise_title","superset_id",'
        '"exercise_notes","set_index","set_type","weight_kg","reps","distance_km",'
        '"duration_seconds","rpe"\n'
        '"Legs","13 Mar 2026, 15:22","13 Mar 2026, 16:10","","Romanian Deadlift (Barbell)","","",'
        '"0","normal","80","8","","",""\n'
    )
    assert read_training_file(hevy, "auto", MassUnit.KG).source == "hevy"
    unknown = read_training_file("a,b\n1,2\n", "auto", MassUnit.KG)
    assert "choose Strong, Hevy or the generic CSV" in unknown.errors[0].message
