"""Every path that writes sets keeps the stored summaries in step, in its own transaction: after
random sequences of logging (one set, a quick-entry line, late into an old week), deleting (a set,
a whole session), importing a Strong export and restoring a backup, the stored week rows equal a
rebuild from scratch and the state row counts the log — so reads can trust it without counting.
Deleting the account leaves no summaries behind. On SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from backstrong.adapters.files.training.strong import parse_strong_csv
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.sessions import new_id
from backstrong.domain.units import MassUnit
from backstrong.services.training.log import SetRequest
from tests.integration.training.test_training_dashboard_exact import (
    assert_dashboard_exact,
    generated_sets,
    person,
    store,
    training,
)

WEEK_ROWS = (
    "SELECT t.exercise_id, t.monday, first_at_us, first_id, hard_sets, tonnage_kg, records, line "
    "FROM training_week_totals t FULL OUTER JOIN training_week_records r "
    "ON (r.user_id, r.exercise_id, r.monday) = (t.user_id, t.exercise_id, t.monday) "
    "WHERE t.user_id = :u OR r.user_id = :u ORDER BY t.exercise_id, t.monday"
)
STRONG_HEADER = (
    "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;"
    "Distance Unit;Seconds;Notes;Workout Notes;Workout Duration"
)


def stored(container, user_id: int) -> tuple[list[tuple], int | None, int]:
    """The person's week rows, their state row's set count, and their sets counted."""
    with container.engine.connect() as connection:
        weeks = [tuple(row) for row in connection.execute(text(WEEK_ROWS), {"u": user_id})]
        state = connection.execute(
            text("SELECT sets FROM training_summary_state WHERE user_id = :u"), {"u": user_id}
        ).scalar()
        count = connection.execute(
            text("SELECT count(*) FROM training_sets WHERE user_id = :u"), {"u": user_id}
        ).scalar_one()
    return weeks, state, int(count)


def assert_in_step_with_a_rebuild(container, user) -> None:
    weeks, state, count = stored(container, user.id)
    assert state == count  # kept in step by the write itself
    with container.engine.begin() as connection:
        connection.execute(
            text("DELETE FROM training_summary_state WHERE user_id = :u"), {"u": user.id}
        )
    training(container).records(user)  # rebuilt from the whole log
    assert stored(container, user.id) == (weeks, count, count)


def log_one(container, user, rng: random.Random, now: datetime) -> None:
    when = now - timedelta(days=rng.choice((0, 0, 1, 3, 40, 200)), minutes=rng.randint(0, 600))
    performed = PerformedSet(
        rng.choice(("deadlift", "squat", "hip-thrust")),
        when,
        reps=rng.choice((1, 3, 5, 8)),
        load=Load(float(rng.randrange(40, 200, 5)), rng.choice((MassUnit.KG, MassUnit.LB))),
        rpe=rng.choice((None, 8.0, 9.5)),
        warmup=rng.random() < 0.1,
    )
    training(container).record_set(user, SetRequest(new_id(), performed))


def log_line(container, user, rng: random.Random, now: datetime) -> None:
    line = rng.choice(("deadlift 3x5@100kg rpe8", "squat 5x3@140kg", "squat 2x8@60kg"))
    day = (now - timedelta(days=rng.choice((0, 2, 30)))).date()
    training(container).log_text(user, line, day=day, best=True)


def delete_one(container, user, rng: random.Random, now: datetime) -> None:
    sets = training(container).history(user)
    if sets:
        training(container).delete_set(user, rng.choice(sets).id)


def delete_a_session(container, user, rng: random.Random, now: datetime) -> None:
    sessions = [found for found, _ in training(container).list_sessions(user)]
    if sessions:
        training(container).delete_session(user, rng.choice(sessions).id)


def import_strong(container, user, rng: random.Random, now: datetime) -> None:
    start = now - timedelta(days=rng.randint(5, 400))
    rows = [STRONG_HEADER]
    for i in range(rng.choice((3, 12, 40))):
        day = start + timedelta(days=i // 6)
        name = rng.choice(("Deadlift (Barbell)", "Squat (Barbell)"))
        rows.append(
            f'{day:%Y-%m-%d %H:%M:%S};"Imported {rng.random()}";"{name}";{i % 6 + 1};'
            f'{rng.randint(40, 180)};kg;{rng.randint(1, 12)};8;0;km;0;"";"";1h'
        )
    service = training(container)
    plan = service.prepare_import(user, parse_strong_csv("\n".join(rows) + "\n"), zone=UTC)
    service.apply_import(user, plan, zone=UTC)


WRITES = (log_one, log_one, log_line, delete_one, delete_one, delete_a_session, import_strong)


def test_every_write_path_keeps_the_stored_summaries_equal_to_a_rebuild(container):
    now = datetime.now(UTC) - timedelta(hours=1)
    ada, library = person(container, "ada@example.org")
    store(container, ada, generated_sets(random.Random(3), 400, start=now - timedelta(weeks=30)))
    training(container).records(ada)  # built: every write from here keeps them in step
    for seed in range(4):
        rng = random.Random(seed)
        for _ in range(6):
            rng.choice(WRITES)(container, ada, rng, now)
            _, state, count = stored(container, ada.id)
            assert state == count
        assert_in_step_with_a_rebuild(container, ada)
    assert_dashboard_exact(container, ada, library, {})


def test_writes_before_the_first_read_leave_the_summaries_to_be_built_by_it(container):
    now = datetime.now(UTC) - timedelta(hours=1)
    ada, library = person(container, "ada@example.org")
    log_one(container, ada, random.Random(1), now)
    import_strong(container, ada, random.Random(2), now)
    assert stored(container, ada.id)[1] == -1  # marked: not built yet
    assert_dashboard_exact(container, ada, library, {})
    assert_in_step_with_a_rebuild(container, ada)


def test_a_restored_backup_is_summarised_as_its_log(container):
    now = datetime.now(UTC) - timedelta(hours=1)
    ada, _ = person(container, "ada@example.org")
    sets = generated_sets(random.Random(4), 300, start=now - timedelta(weeks=20))
    store(container, ada, [s for s in sets if s.exercise_id in ("deadlift", "squat", "bridge")])
    backup = container.backup.export(ada)
    cy, library = person(container, "cy@example.org")
    training(container).records(cy)  # built while empty: the restore keeps them in step
    container.backup.restore(cy, backup)
    assert_dashboard_exact(container, cy, library, {})
    assert_in_step_with_a_rebuild(container, cy)


def test_deleting_the_account_leaves_no_summaries(container):
    ada, _ = person(container, "ada@example.org")
    store(container, ada, generated_sets(random.Random(5), 100))
    training(container).records(ada)
    container.accounts.delete_account(ada, "ada@example.org")
    assert stored(container, ada.id) == ([], None, 0)


def counted_stamp(container, user_id: int) -> tuple[int, int]:
    """(sets, highest set id) counted from the log itself."""
    with container.engine.connect() as connection:
        count, highest = connection.execute(
            text("SELECT count(*), coalesce(max(id), 0) FROM training_sets WHERE user_id = :u"),
            {"u": user_id},
        ).one()
    return int(count), int(highest)


def test_the_log_stamp_moves_with_every_write_and_never_names_two_logs(container):
    """History pages and records are kept under the stamp: one stamp must mean one log."""
    now = datetime.now(UTC) - timedelta(hours=1)
    ada, _ = person(container, "ada@example.org")
    store(container, ada, generated_sets(random.Random(6), 60, start=now - timedelta(weeks=8)))
    service = training(container)
    assert service.known_log_revision(ada) is None  # not built: the stamp is counted
    assert service.log_revision(ada) == counted_stamp(container, ada.id)
    service.records(ada)  # built: from here the stamp is one stored row
    logs: dict[tuple[int, int], frozenset[str]] = {}
    for seed in range(5):
        rng = random.Random(100 + seed)
        for _ in range(6):
            rng.choice(WRITES)(container, ada, rng, now)
            stamp = service.known_log_revision(ada)
            assert stamp == service.log_revision(ada) == counted_stamp(container, ada.id)
            log = frozenset(s.id for s in service.history(ada))
            assert logs.setdefault(stamp, log) == log, f"stamp {stamp} named two logs"
