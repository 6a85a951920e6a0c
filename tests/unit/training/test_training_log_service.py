"""Logging sets through the service: idempotent by id, a session per day, nothing half-written."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.sessions import new_id
from backstrong.domain.training.validation import TrainingValueError
from backstrong.services.ports.training import SetFilter
from backstrong.services.training import log as training_log
from tests.unit.training.training_log_builders import NOW, person, service, store

ADA, BO = person(1), person(2)


def request(set_id: str | None = None, **values: object) -> training_log.SetRequest:
    performed = PerformedSet("deadlift", NOW, reps=5, load=Load(100.0))
    return training_log.SetRequest(set_id or new_id(), replace(performed, **values))


def test_the_first_send_stores_the_set_and_a_repeat_changes_nothing():
    uow, sent = store(), request()
    first, created = service(uow).record_set(ADA, sent)
    again, created_again = service(uow).record_set(ADA, sent)
    assert (created, created_again) == (True, False)
    assert again == first
    assert len(service(uow).history(ADA)) == 1


def test_the_same_id_with_other_values_is_a_conflict():
    uow, sent = store(), request()
    service(uow).record_set(ADA, sent)
    with pytest.raises(training_log.SetConflict, match="send a new id"):
        service(uow).record_set(ADA, replace(sent, notes="changed"))


def test_sets_of_one_day_share_a_session_and_another_day_gets_its_own():
    uow = store()
    service(uow).record_set(ADA, request())
    service(uow).record_set(ADA, request(reps=6))
    yesterday = NOW - timedelta(days=1)
    service(uow).record_set(ADA, request(performed_at=yesterday))
    sessions = service(uow).list_sessions(ADA)
    assert [count for _, count in sessions] == [1, 2]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"reps": -1}, "reps"),
        ({"reps": 1001}, "reps"),
        ({"load": Load(1001.0)}, "load"),
        ({"rpe": 11.0}, "rpe"),
        ({"pain": 11}, "pain"),
        ({"performed_at": NOW + timedelta(days=2)}, "performed_at"),
        ({"exercise_id": "bench-press"}, "exercise_id"),
    ],
)
def test_bad_values_are_refused_naming_the_field_and_nothing_is_stored(values, field):
    uow = store()
    with pytest.raises(TrainingValueError) as refused:
        service(uow).record_set(ADA, request(**values))
    assert refused.value.field == field
    assert service(uow).history(ADA) == []


def test_a_quick_entry_is_stored_whole_in_the_days_session():
    uow = store()
    entry = "rdl 3x10 @ 40kg, 3x8 @ 50kg"
    logged = service(uow).log_text(ADA, entry, "romanian-deadlift", at=NOW).sets
    assert [s.position for s in logged] == [1, 2, 3, 4, 5, 6]
    assert [s.performed.reps for s in logged] == [10, 10, 10, 8, 8, 8]
    assert len({s.session_id for s in logged}) == 1


def test_one_persons_sets_are_invisible_to_another():
    uow = store()
    logged, _ = service(uow).record_set(ADA, request())
    assert service(uow).history(BO) == []
    with pytest.raises(training_log.NotFound):
        service(uow).get_set(BO, logged.id)
    with pytest.raises(training_log.NotFound):
        service(uow).delete_set(BO, logged.id)


def test_history_filters_by_exercise_newest_first():
    uow = store()
    for reps in (5, 6):
        service(uow).record_set(ADA, request(reps=reps))
    service(uow).record_set(ADA, request(exercise_id="bridge", load=None))
    found = service(uow).history(ADA, SetFilter(exercise_id="deadlift", newest_first=True))
    assert [s.performed.reps for s in found] == [6, 5]


def test_a_quick_entry_under_its_id_is_logged_once_even_without_a_time():
    uow, entry_id = store(), new_id()
    first = service(uow).log_text(ADA, "deadlift 3x5@100kg", entry_id=entry_id)
    again = service(uow).log_text(ADA, "deadlift 3x5@100kg", entry_id=entry_id)
    assert isinstance(first, training_log.LoggedEntry) and first.created
    assert isinstance(again, training_log.LoggedEntry) and not again.created
    assert [s.id for s in again.sets] == [s.id for s in first.sets]
    assert len(service(uow).history(ADA)) == 3
    with pytest.raises(training_log.SetConflict):
        service(uow).log_text(ADA, "deadlift 3x6@100kg", entry_id=entry_id)
    assert service(uow).log_text(BO, "deadlift 3x5@100kg", entry_id=new_id()).created
