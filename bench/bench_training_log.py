"""The training log wired end to end, each figure next to its target:

- one set logged through the API, in-process (httpx's ASGI transport) on SQLite: p50 of 300;
- the history dashboard (records, e1RM trend, weekly volume) over 100,000 stored sets through
  ``container.training.dashboard`` with the app's stats cache:
  - the usual call (the log unchanged: the revision check answers from the cache);
  - the first call after a change — one set logged (today, or into an old week) or one deleted:
    only the weeks the change touched are read again and summarised;
  - the first call in a fresh process (a new interpreter on the same database, after the app's own
    start-up warm-up): the stored summaries read, nothing rebuilt;
- a generated 50,000-row Strong CSV imported through ``container.training`` into SQLite.

Prints one JSON line per figure. Data is generated with fixed seeds; nothing is read from disk.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_training import STRONG_ROWS, generated_sets, strong_csv
from figures import figure, percentile

from backstrong.adapters.files.training.strong import parse_strong_csv
from backstrong.bootstrap import Container
from backstrong.domain.accounts import User
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.sessions import LoggedSet, TrainingSession, new_id
from backstrong.domain.units import MassUnit
from backstrong.services.ports.training import SetFilter
from backstrong.services.training.log import SetRequest
from backstrong.settings import Environment, Settings

API_REQUESTS = 300
DASHBOARD_SETS = 100_000
DASHBOARD_RUNS = 7
SETS_PER_SESSION = 90  # generated_sets puts 90 sets on each day
LAST_DAY = datetime(2026, 1, 17, 20, tzinfo=UTC)  # the last day of the 100,000 generated sets


def container(folder: Path) -> Container:
    settings = Settings(_env_file=None, environment=Environment.TEST, data_dir=folder)  # type: ignore[call-arg]
    built = Container(settings, fast_password_hashing=True)
    built.migrate()
    return built


def person(c: Container, email: str) -> User:
    return c.accounts.register(email, "a long enough passphrase")


async def _post_sets(app: object) -> list[float]:
    import httpx

    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        login = {"email": "a@example.org", "password": "a long enough passphrase"}
        await client.post("/api/v1/users", json=login)
        token = (await client.post("/api/v1/tokens", json=login)).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        samples = []
        for i in range(API_REQUESTS + 20):
            body = {"id": str(uuid.uuid4()), "exercise_id": "deadlift", "reps": 5, "rpe": 8,
                    "load": {"value": 100 + i % 10, "unit": "kg"}}  # fmt: skip
            start = time.perf_counter()
            response = await client.post("/api/v1/sets", json=body, headers=headers)
            elapsed = (time.perf_counter() - start) * 1000.0
            assert response.status_code == 201, response.text
            if i >= 20:  # the first requests warm caches (library, token, statements)
                samples.append(elapsed)
    return samples


def log_one_set_p50(folder: Path) -> float:
    """Through the whole ASGI app (middleware, token check, validation, service, SQLite commit),
    called in-process with httpx's ASGI transport."""
    from backstrong.entrypoints.web.app import create_app

    samples = asyncio.run(_post_sets(create_app(container=container(folder))))
    return percentile(samples, 50)


def store_sets(c: Container, user: User, count: int) -> None:
    """``count`` generated sets, one session per day, written straight through the repository."""
    sets = [
        replace(s, performed_at=s.performed_at.replace(tzinfo=UTC)) for s in generated_sets(count)
    ]
    with c.uow() as uow:
        logged = []
        for first in range(0, count, SETS_PER_SESSION):
            day_sets = sets[first : first + SETS_PER_SESSION]
            session = TrainingSession(new_id(), day_sets[0].performed_at)
            uow.training.add_session(user.id, session)
            logged += [LoggedSet(new_id(), session.id, i + 1, s) for i, s in enumerate(day_sets)]
        uow.training.add_sets(user.id, logged)
        uow.commit()


class Dashboard:
    """100,000 stored sets and the dashboard timed the way the history page calls it."""

    def __init__(self, folder: Path) -> None:
        self.c = container(folder)
        self.user = person(self.c, "b@example.org")
        store_sets(self.c, self.user, DASHBOARD_SETS)
        self.training = self.c.training
        self.rng = random.Random(11)
        start = time.perf_counter()
        self.run()  # the person's summaries are built once, from the whole log, and stored
        self.built_ms = (time.perf_counter() - start) * 1000.0

    def run(self) -> float:
        start = time.perf_counter()
        self.training.dashboard(self.user, unit=MassUnit.KG.value, weeks=8)
        return (time.perf_counter() - start) * 1000.0

    def fresh_process(self) -> dict[str, float]:
        """The first dashboard in a new interpreter on the same database."""
        argv = [sys.executable, __file__, "--first-dashboard", str(self.c.settings.data_dir)]
        done = subprocess.run(argv, capture_output=True, text=True, check=True)
        return json.loads(done.stdout.strip().splitlines()[-1])

    def log_one_set(self, days_ago: int) -> None:
        when = LAST_DAY - timedelta(days=days_ago, minutes=self.rng.randint(0, 600))
        performed = PerformedSet(
            self.rng.choice(("deadlift", "squat", "hip-thrust")),
            when,
            reps=self.rng.randint(3, 10),
            load=Load(float(self.rng.randrange(40, 200, 5)), MassUnit.KG),
            rpe=self.rng.choice((None, 8.0)),
        )
        self.training.record_set(self.user, SetRequest(new_id(), performed))

    def delete_one_set(self) -> None:
        where = SetFilter(self.rng.choice(("squat", "bridge")), limit=500, newest_first=True)
        victim = self.rng.choice(self.training.history(self.user, where))
        self.training.delete_set(self.user, victim.id)

    def after_changes(self, change: Callable[[], None]) -> float:
        samples = []
        for _ in range(DASHBOARD_RUNS):
            change()
            samples.append(self.run())
        return statistics.median(samples)


def first_dashboard(folder: Path) -> None:
    """In a fresh interpreter: start as the web app does (container, warm-up), then time the
    first dashboard and a second one; prints them as one JSON object."""
    c = Container(Settings(_env_file=None, environment=Environment.TEST, data_dir=folder))  # type: ignore[call-arg]
    c.migrate()
    c.training.warm_up()
    with c.uow() as uow:
        user = uow.users.by_email("b@example.org")
    assert user is not None
    timings = {}
    for name in ("first", "second"):
        start = time.perf_counter()
        found = c.training.dashboard(user, unit=MassUnit.KG.value, weeks=8)
        timings[name] = (time.perf_counter() - start) * 1000.0
    assert len(found.records) == 10, found.records.keys()
    print(json.dumps(timings))


def dashboard_figures(folder: Path) -> dict[str, float]:
    bench = Dashboard(folder)
    fresh = [bench.fresh_process() for _ in range(3)]
    figures = {
        "built": bench.built_ms,
        "fresh_first": statistics.median(f["first"] for f in fresh),
        "fresh_second": statistics.median(f["second"] for f in fresh),
        "warm": statistics.median(bench.run() for _ in range(DASHBOARD_RUNS)),
        "logged_today": bench.after_changes(lambda: bench.log_one_set(0)),
        "logged_late": bench.after_changes(lambda: bench.log_one_set(bench.rng.randint(30, 900))),
        "deleted": bench.after_changes(bench.delete_one_set),
    }
    return figures


def strong_import_seconds(folder: Path) -> float:
    c = container(folder)
    user = person(c, "c@example.org")
    text = strong_csv(STRONG_ROWS)
    start = time.perf_counter()
    parsed = parse_strong_csv(text)
    plan = c.training.prepare_import(user, parsed, zone=UTC)
    result = c.training.apply_import(user, plan, zone=UTC)
    elapsed = time.perf_counter() - start
    assert result.sets == STRONG_ROWS, result
    return elapsed


def main() -> None:
    if sys.argv[1:2] == ["--first-dashboard"]:
        first_dashboard(Path(sys.argv[2]))
        return
    with tempfile.TemporaryDirectory() as folder:
        figure("training_log_api_log_set_p50_ms", log_one_set_p50(Path(folder)), "ms", 5)
    with tempfile.TemporaryDirectory() as folder:
        dash = dashboard_figures(Path(folder))
        name = "training_log_dashboard_100k_sets"
        figure(
            f"{name}_fresh_process_first_call_ms",
            dash["fresh_first"],
            "ms",
            150,
            path="first call in a new interpreter: stored summaries read (median of 3 processes)",
        )
        figure(
            f"{name}_fresh_process_second_call_ms", dash["fresh_second"], "ms", 150,
            path="second call in that interpreter",
        )  # fmt: skip
        figure(f"{name}_ms", dash["warm"], "ms", 150, path="log unchanged")
        for key, path in (
            ("logged_today", "first call after one set logged today"),
            ("logged_late", "first call after one set logged into an old week"),
            ("deleted", "first call after one set deleted"),
        ):
            figure(f"{name}_after_change_{key}_ms", dash[key], "ms", 150, path=path)
        figure(
            f"{name}_built_once_ms",
            dash["built"],
            "ms",
            None,
            path="summaries built from the whole log (once per person, then stored)",
        )
    with tempfile.TemporaryDirectory() as folder:
        seconds = strong_import_seconds(Path(folder))
        figure("training_log_strong_import_50k_rows_s", seconds, "s", 10)


if __name__ == "__main__":
    main()
