"""The training log in SQLite and PostgreSQL: local days kept, owners apart, fast reads equal."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.quick_entry import parse_quick_entry
from backstrong.domain.training.sessions import new_id
from backstrong.services.ports.training import SetFilter
from backstrong.services.training import log as training_log
from backstrong.services.training import sessions as training_sessions

SYDNEY = timezone(timedelta(hours=11))
EARLY = datetime(2026, 3, 13, 6, 30, tzinfo=SYDNEY)  # still 12 March in UTC


def setup(container):
    ada = container.accounts.register("ada@example.org", "a long enough passphrase")
    bo = container.accounts.register("bo@example.org", "a long enough passphrase")
    library = container.exercises.library_for(ada)
    return ada, bo, library


def log(container, user, library, **values):
    performed = PerformedSet("deadlift", EARLY, reps=5, load=Load(100.0))
    for key, value in values.items():
        performed = PerformedSet(
            **{**{f: getattr(performed, f) for f in performed.__slots__}, key: value}
        )
    request = training_log.SetRequest(new_id(), performed)
    return training_log.record_set(container.uow(), user, library, request, now=EARLY)[0]


def test_a_set_keeps_its_local_day_and_offset(container):
    ada, _, library = setup(container)
    logged = log(container, ada, library)
    [stored] = training_log.history(container.uow(), ada)
    assert stored.performed.performed_at == EARLY
    assert stored.performed.performed_at.utcoffset() == timedelta(hours=11)
    [(session, count)] = training_sessions.list_sessions(container.uow(), ada)
    assert (session.day.isoformat(), count, stored.id) == ("2026-03-13", 1, logged.id)


def test_the_fast_analytics_read_gives_the_same_sets_as_the_full_one(container):
    ada, _, library = setup(container)
    log(container, ada, library, side=Side.LEFT, rpe=8.5, warmup=True)
    entry = parse_quick_entry("bridge 2x15 @ bw+10kg")
    training_log.log_entry(container.uow(), ada, library, entry, "bridge", EARLY, now=EARLY)
    with container.uow() as uow:
        fast = uow.training.performed(ada.id)
    full = [s.performed for s in training_log.history(container.uow(), ada)]
    assert fast == full
    assert fast[0].performed_at.date().isoformat() == "2026-03-13"


def test_another_persons_sets_and_sessions_stay_out_of_sight(container):
    ada, bo, library = setup(container)
    logged = log(container, ada, library)
    with container.uow() as uow:
        assert uow.training.get_set(bo.id, logged.id) is None
        assert uow.training.get_session(bo.id, logged.session_id) is None
        assert uow.training.sets(bo.id, SetFilter()) == []
        assert not uow.training.delete_set(bo.id, logged.id)
        assert uow.training.revision(bo.id) == (0, 0)


def test_the_revision_changes_when_the_last_set_is_deleted_and_another_logged(container):
    ada, _, library = setup(container)
    log(container, ada, library)
    last = log(container, ada, library, reps=6)
    with container.uow() as uow:
        before = uow.training.revision(ada.id)
    training_log.delete_set(container.uow(), ada, last.id)
    log(container, ada, library, reps=7)
    with container.uow() as uow:
        assert uow.training.revision(ada.id) != before


def test_deleting_a_session_deletes_its_sets(container):
    ada, _, library = setup(container)
    logged = log(container, ada, library)
    training_sessions.delete_session(container.uow(), ada, logged.session_id)
    assert training_log.history(container.uow(), ada) == []
