"""Migration 0007 on a SQLite database that already holds plans: each plan's start is its
creation, and one person may still keep many plans with only one active."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from backstrong.adapters.db import migrate
from backstrong.bootstrap import Container
from tests.conftest import make_settings

BUILT = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _insert(conn, active: bool, columns: str = "created_at") -> None:
    """A plan row; ``columns`` names the time columns, all set to BUILT."""
    times = columns.split(", ")
    conn.execute(
        text(
            f"INSERT INTO programs (user_id, plan_id, plan, intake, active, {columns}) "
            f"VALUES (1, 'p', '{{}}', '{{}}', :active, {', '.join(':at' for _ in times)})"
        ),
        {"active": active, "at": BUILT.strftime("%Y-%m-%d %H:%M:%S.%f")},
    )


def test_existing_plans_start_when_they_were_built_and_one_stays_active(tmp_path):
    container = Container(make_settings(tmp_path), fast_password_hashing=True)
    engine = container.engine
    migrate.upgrade(engine, "0005_programs")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (id, email, password_hash, is_local, unit, created_at) "
                "VALUES (1, 'ada@example.org', 'x', 0, 'kg', '2026-03-01 00:00:00.000000')"
            )
        )
        _insert(conn, active=False)
        _insert(conn, active=True)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        starts = conn.execute(text("SELECT started_at = created_at FROM programs")).scalars()
        assert list(starts) == [1, 1]
    both = "created_at, started_at"
    with engine.begin() as conn:
        _insert(conn, active=False, columns=both)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        _insert(conn, active=True, columns=both)
    engine.dispose()
