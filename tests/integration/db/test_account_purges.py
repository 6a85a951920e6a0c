"""Rows that only matter for a while are removed once their time is up: expired web sessions when
a new one starts, login failures older than a day at the next successful login."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from backstrong.services.accounts.base import InvalidCredentials
from backstrong.services.clock import Clock
from tests.e2e.conftest import PASSWORD


def _count(container, table: str) -> int:
    with container.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_expired_sessions_and_old_login_failures_are_purged(container):
    moment = [datetime(2026, 1, 1, 8, tzinfo=UTC)]
    container.__dict__["clock"] = Clock(lambda: moment[0])
    container.__dict__.pop("accounts", None)
    accounts = container.accounts
    ada = accounts.register("ada@example.org", PASSWORD)
    accounts.start_web_session(ada)
    with pytest.raises(InvalidCredentials):
        accounts.authenticate("bo@example.org", "not the password", address="10.0.0.1")
    assert (_count(container, "web_sessions"), _count(container, "login_failures")) == (1, 1)

    moment[0] += timedelta(days=400)  # past any session's lifetime and the failures' day
    accounts.authenticate("ada@example.org", PASSWORD, address="10.0.0.2")
    accounts.start_web_session(ada)
    assert (_count(container, "web_sessions"), _count(container, "login_failures")) == (1, 0)
