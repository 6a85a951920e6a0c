"""The training log in SQLite and PostgreSQL: local days kept, owners apart, fast reads equal."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.sessions import new_id
from backstrong.services.clock import Clock
from backstrong.services.exercises import service as exercises
from backstrong.services.ports.training import SetFilter
from backstrong.services.training import log as training_log

SYDNEY = timezone(timedelta(hours=11))
EARLY = datetime(2026, 3, 13, 6, 30, tzinfo=SYDNEY)  # still 12 March in UTC


def setup(container):
    ada = container.accounts.register("ada@example.org", "a long enough passphrase")
    bo = container.accounts.register("bo@example.org", "a long enough passphrase")
    library = exercises.library_for(container.uow(), ada, container.bundled_exercises)
    return ada, bo, library


def log(container, user, library, **values):
    performed = PerformedSet("deadlift", EARLY, reps=5, load=Load(100.0))
    for key, value in values.items():
        performed = PerformedSet(
            **{**{f: getattr(performed, f) for f in performed.__slots__}, key: value}
        )
    request = training_log.SetRequest(new_id(), performed)
    return training(container).record_set(user, request)[0]


def training(container):
    """The container's training service, its clock stopped at EARLY."""
    container.clock = Clock(lambda: EARLY)
    return container.training


def test_a_set_keeps_its_local_day_and_offset(container):
    ada, _, library = setup(container)
    logged = log(container, ada, library)
    [stored] = training(container).history(ada)
    assert stored.performed.performed_at == EARLY
    assert stored.performed.performed_at.utcoffset() == timedelta(hours=11)
    [(session, count)] = training(container).list_sessions(ada)
    assert (session.day.isoformat(), count, stored.id) == ("2026-03-13", 1, logged.id)


def test_the_fast_analytics_read_gives_the_same_sets_as_the_full_one(container):
    ada, _, library = setup(container)
    log(container, ada, library, side=Side.LEFT, rpe=8.5, warmup=True)
    training(container).log_text(ada, "bridge 2x15 @ bw+10kg", "bridge", at=EARLY)
    with container.uow() as uow:
        fast = uow.training.performed(ada.id)
    full = [s.performed for s in training(container).history(ada)]
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
    training(container).delete_set(ada, last.id)
    log(container, ada, library, reps=7)
    with container.uow() as uow:
        assert uow.training.revision(ada.id) != before


def test_deleting_a_session_deletes_its_sets(container):
    ada, _, library = setup(container)
    logged = log(container, ada, library)
    training(container).delete_session(ada, logged.session_id)
    assert training(container).history(ada) == []
