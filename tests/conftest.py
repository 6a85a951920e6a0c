"""Shared test fixtures: databases (SQLite and PostgreSQL), containers, HTTP clients.

PostgreSQL: a throwaway database per test run on BACKSTRONG_TEST_POSTGRES_URL (default: the local
server's `test` database as the superuser). With CI=true, a missing PostgreSQL fails the run
instead of skipping it."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from backstrong.bootstrap import Container
from backstrong.settings import Environment, Settings

POSTGRES_ADMIN_URL = os.environ.get(
    "BACKSTRONG_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# One Hypothesis profile for every property test: no deadline on CI, where a shared machine's
# pauses say nothing about the code; tests that need fewer examples say so with @settings.
settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if IN_CI else "dev")


def skip_or_fail(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: this tier must not be skipped)")
    pytest.skip(reason)


def make_settings(tmp_path: Path, database_url: str | None = None, **extra: object) -> Settings:
    """Test settings; sign-up is open and rate limits high unless a test chooses (most tests
    need several people from one address)."""
    extra.setdefault("signup", "open")
    extra.setdefault("signups_per_minute", 10_000)  # tests sign many people up from one address
    extra.setdefault("open_requests_per_minute", 10_000)
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        environment=Environment.TEST,
        data_dir=tmp_path,
        database_url=database_url,
        **extra,  # type: ignore[arg-type]
    )


@contextmanager
def throwaway_postgres(prefix: str) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped afterwards (skipped, or failed on CI,
    when PostgreSQL does not answer)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        skip_or_fail(f"PostgreSQL not reachable at {POSTGRES_ADMIN_URL}: {exc.__class__.__name__}")
    try:
        yield make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    with throwaway_postgres("backstrong_test") as url:
        yield url


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per run; each test gets a copy (migrating per test is slow)."""
    folder = tmp_path_factory.mktemp("template")
    container = Container(make_settings(folder), fast_password_hashing=True)
    container.migrate()
    container.engine.dispose()
    return folder / "backstrong.sqlite3"


def _truncate_all(container: Container) -> None:
    from sqlalchemy import text

    from backstrong.adapters.db.orm import Base

    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with container.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    # Ids start again at 1, so per-person caches keyed by id and row counts (each person's
    # food index) would answer for the previous test's rows: build the services afresh, with a
    # fresh clock too (a test may have set a fixed one, which services built then would keep).
    for cached in ("clock", "exercises", "programs", "training", "offline", "nutrition", "body",
                   "form", "accounts", "backup"):  # fmt: skip
        container.__dict__.pop(cached, None)
    for cache in ("exercise_libraries", "training_stats"):  # each person's library and analytics
        if cache in container.__dict__:
            container.__dict__[cache].clear()


@pytest.fixture(scope="session")
def _postgres_container(
    postgres_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Container]:
    container = Container(
        make_settings(tmp_path_factory.mktemp("pg"), postgres_url), fast_password_hashing=True
    )
    container.migrate()
    yield container
    container.engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def container(
    request: pytest.FixtureRequest, tmp_path: Path, migrated_sqlite_template: Path
) -> Iterator[Container]:
    """A migrated, empty database behind a container: once on SQLite, once on PostgreSQL."""
    if request.param == "postgres":
        pg: Container = request.getfixturevalue("_postgres_container")
        _truncate_all(pg)
        yield pg
        return
    shutil.copy(migrated_sqlite_template, tmp_path / "backstrong.sqlite3")
    c = Container(make_settings(tmp_path), fast_password_hashing=True)
    c.migrate()
    yield c
    c.engine.dispose()


@pytest.fixture
def sqlite_container(tmp_path: Path, migrated_sqlite_template: Path) -> Iterator[Container]:
    """SQLite only, for tests where the backend does not matter (pages, CLI plumbing)."""
    shutil.copy(migrated_sqlite_template, tmp_path / "backstrong.sqlite3")
    c = Container(make_settings(tmp_path), fast_password_hashing=True)
    c.migrate()
    yield c
    c.engine.dispose()
