"""After a change the history figures read only the weeks it touched, and still match a fresh
computation over the whole log."""

from __future__ import annotations

from datetime import timedelta

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.sessions import new_id
from backstrong.domain.units import MassUnit
from backstrong.services.training import log as training_log
from tests.unit.training.training_log_builders import NOW, person, service, store

ADA = person(1)
WEEKS = 12


class CountingReads:
    """Wraps the fake training store and counts the sets the analytics read back."""

    def __init__(self, inner) -> None:
        self.inner, self.sets_read = inner, 0

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def performed_numbered(self, user_id, **where):
        found = self.inner.performed_numbered(user_id, **where)
        self.sets_read += len(found)
        return found


def log(uow, when, exercise_id="deadlift", reps=5, kg=100.0):
    performed = PerformedSet(exercise_id, when, reps=reps, load=Load(kg))
    request = training_log.SetRequest(new_id(), performed)
    return service(uow).record_set(ADA, request)[0]


def a_log_of_twelve_weeks():
    uow = store()
    for day in range(WEEKS * 7):
        when = NOW - timedelta(days=day)
        for i, exercise_id in enumerate(("deadlift", "squat", "bridge")):
            log(uow, when + timedelta(minutes=i), exercise_id, reps=3 + (day + i) % 8)
    uow.training = CountingReads(uow.training)
    return uow


def dashboard(uow, cache):
    return service(uow, stats=cache).dashboard(ADA, unit=MassUnit.KG)


def test_a_set_logged_into_an_old_week_reads_that_week_again_not_the_whole_log():
    uow, cache = a_log_of_twelve_weeks(), {}
    dashboard(uow, cache)
    uow.training.sets_read = 0
    log(uow, NOW - timedelta(weeks=5), "deadlift", reps=1, kg=180.0)
    after = dashboard(uow, cache)
    assert uow.training.sets_read <= 8  # the new set and that week's other deadlifts
    assert after == dashboard(uow, None)
    assert after.records["deadlift"].heaviest.load == Load(180.0)


def test_a_deleted_set_takes_its_record_with_it_and_reads_one_week_again():
    uow, cache = a_log_of_twelve_weeks(), {}
    heavy = log(uow, NOW - timedelta(weeks=3), "squat", reps=1, kg=200.0)
    assert dashboard(uow, cache).records["squat"].heaviest.load == Load(200.0)
    uow.training.sets_read = 0
    service(uow).delete_set(ADA, heavy.id)
    after = dashboard(uow, cache)
    assert uow.training.sets_read <= 7
    assert after.records["squat"].heaviest.load == Load(100.0)
    assert after == dashboard(uow, None)


def test_an_unchanged_log_reads_no_sets_at_all():
    uow, cache = a_log_of_twelve_weeks(), {}
    first = dashboard(uow, cache)
    uow.training.sets_read = 0
    assert dashboard(uow, cache) == first
    assert uow.training.sets_read == 0


def test_a_set_committed_late_under_an_id_already_passed_is_still_counted():
    # PostgreSQL hands out ids when a set is written, not when its transaction commits: a set can
    # appear below the newest id already read.
    uow, cache = a_log_of_twelve_weeks(), {}
    store = uow.training.inner
    late_id = next(store._rows)
    log(uow, NOW - timedelta(days=2), "bridge")
    dashboard(uow, cache)
    late = log(uow, NOW - timedelta(weeks=6), "bridge", reps=30)
    store.sets_by_id[(ADA.id, late.id)] = (late_id, store.sets_by_id[(ADA.id, late.id)][1])
    after = dashboard(uow, cache)
    assert after.records["bridge"].most_reps[0].reps == 30
    assert after == dashboard(uow, None)


def test_a_deletion_and_a_set_of_another_exercise_both_count():
    uow, cache = a_log_of_twelve_weeks(), {}
    heavy = log(uow, NOW - timedelta(weeks=3), "squat", reps=1, kg=200.0)
    dashboard(uow, cache)
    service(uow).delete_set(ADA, heavy.id)
    log(uow, NOW - timedelta(weeks=7), "deadlift", reps=1, kg=190.0)
    after = dashboard(uow, cache)
    assert after.records["squat"].heaviest.load == Load(100.0)
    assert after.records["deadlift"].heaviest.load == Load(190.0)
    assert after == dashboard(uow, None)
