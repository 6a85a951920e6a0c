"""Sets logged at the same moment stay tidy: one session per day, each position once, every set
kept, and the stored history figures still exact — threads racing on SQLite and PostgreSQL, and
separate worker processes (each with its own engine) on PostgreSQL."""

from __future__ import annotations

import multiprocessing
import threading
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from backstrong.bootstrap import Container
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.records import personal_records
from backstrong.domain.training.sessions import new_id
from backstrong.domain.training.volume import weekly_region_volume
from backstrong.services.training.log import SetRequest
from backstrong.services.training.stats import Dashboard
from tests.conftest import _truncate_all, make_settings

THREADS, SETS_PER_THREAD = 6, 15
WORKERS, SETS_PER_WORKER = 4, 250


def tidy_day(container: Container, user_id: int) -> tuple[int, list[int]]:
    """How many sessions the person has, and the positions of their sets."""
    with container.engine.connect() as connection:
        sessions = connection.execute(
            text("SELECT count(*) FROM training_sessions WHERE user_id = :u"), {"u": user_id}
        ).scalar_one()
        positions = connection.execute(
            text("SELECT position FROM training_sets WHERE user_id = :u"), {"u": user_id}
        ).scalars()
        return sessions, list(positions)


def assert_figures_exact(container: Container, user) -> None:
    library = container.training.library(user)
    with container.uow() as uow:
        log = uow.training.performed(user.id)
    muscles = {exercise.id: exercise for exercise in library}
    plain = Dashboard(personal_records(log), weekly_region_volume(log, muscles))
    assert container.training.dashboard(user, unit="kg") == plain


def a_set(container: Container, user, seconds_ago: int, kg: float) -> SetRequest:
    when = container.clock.local_now(user) - timedelta(minutes=1, seconds=seconds_ago)
    performed = PerformedSet("deadlift", when, 5, Load(kg))
    return SetRequest(new_id(), performed)


def test_threads_logging_at_once_share_one_session_with_unique_positions(container):
    ada = container.accounts.register("ada@example.org", "a long enough passphrase")
    container.training.dashboard(ada)  # summaries stored: every write below keeps them in step
    start = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def log(worker: int) -> None:
        try:
            start.wait()
            for i in range(SETS_PER_THREAD):
                if i % 5 == 4:  # a line of text too: two sets at once
                    container.training.log_text(ada, "deadlift 2x5@80kg", "deadlift")
                else:
                    container.training.record_set(ada, a_set(container, ada, i, 60.0 + worker))
        except BaseException as exc:  # reported below, with the thread's own traceback
            errors.append(exc)

    threads = [threading.Thread(target=log, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    sessions, positions = tidy_day(container, ada.id)
    expected = THREADS * (SETS_PER_THREAD + SETS_PER_THREAD // 5)
    assert sessions == 1
    assert sorted(positions) == list(range(1, expected + 1))
    assert_figures_exact(container, ada)


def test_a_pain_check_in_racing_the_first_set_of_the_day_makes_one_session(container):
    ada = container.accounts.register("ada@example.org", "a long enough passphrase")
    start = threading.Barrier(2)

    def check_in() -> None:
        start.wait()
        container.training.check_in_pain(ada, "pain_before", 3)

    def first_set() -> None:
        start.wait()
        container.training.record_set(ada, a_set(container, ada, 0, 70.0))

    threads = [threading.Thread(target=check_in), threading.Thread(target=first_set)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert tidy_day(container, ada.id) == (1, [1])


def _worker(url: str, folder: str, user_id: int, count: int, kg: float) -> int:
    """One worker process with its own engine: ``count`` sets, each sent again on any failure
    (the client's id makes a repeat harmless). Returns how many sends failed."""
    container = Container(make_settings(Path(folder), url), fast_password_hashing=True)
    with container.uow() as uow:
        user = uow.users.get(user_id)
    failures = 0
    for i in range(count):
        request = a_set(container, user, i % 600, kg)
        for _ in range(20):
            try:
                container.training.record_set(user, request)
                break
            except Exception:  # any failure is sent again, as a client would
                failures += 1
        else:
            raise RuntimeError(f"set {i} failed 20 times")
    container.engine.dispose()
    return failures


@pytest.mark.postgres
def test_worker_processes_logging_thousands_of_sets_keep_the_log_tidy(request, tmp_path):
    pg: Container = request.getfixturevalue("_postgres_container")
    _truncate_all(pg)
    ada = pg.accounts.register("ada@example.org", "a long enough passphrase")
    url = pg.settings.database_url
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(WORKERS) as pool:
        jobs = [
            pool.apply_async(_worker, (url, str(tmp_path), ada.id, SETS_PER_WORKER, 50.0 + n))
            for n in range(WORKERS)
        ]
        failures = [job.get(timeout=600) for job in jobs]
    sessions, positions = tidy_day(pg, ada.id)
    assert sessions == 1
    assert len(positions) == WORKERS * SETS_PER_WORKER
    assert Counter(positions).most_common(1)[0][1] == 1
    assert sorted(positions) == list(range(1, WORKERS * SETS_PER_WORKER + 1))
    assert_figures_exact(pg, ada)  # built from the log the workers left
    print(f"sends that failed and were sent again: {sum(failures)}")
