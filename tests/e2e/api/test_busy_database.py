"""A database held by another writer past its wait: the API answers 503 with Retry-After (never a
500), nothing is half-written, and the same request sent again is taken."""

from __future__ import annotations

import sqlite3
import uuid
from types import SimpleNamespace

import pytest
from sqlalchemy.exc import OperationalError

from backstrong.adapters.db import engine as engine_module
from backstrong.adapters.db.unit_of_work import is_busy
from backstrong.bootstrap import Container
from tests.e2e.conftest import api_token, bearer, make_client


def _set(set_id: str) -> dict[str, object]:
    return {"id": set_id, "exercise_id": "deadlift", "reps": 5, "load": {"value": 80, "unit": "kg"}}


def test_a_locked_sqlite_database_answers_503_and_the_retry_is_taken(
    sqlite_container: Container, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_MS", 50)
    sqlite_container.engine.dispose()  # new connections wait 50 ms, not 5 s
    path = sqlite_container.settings.resolved_database_url.removeprefix("sqlite:///")
    with make_client(sqlite_container) as client:
        auth = bearer(api_token(client, "busy@example.org"))
        set_id = str(uuid.uuid4())
        other_writer = sqlite3.connect(path, isolation_level=None)
        other_writer.execute("BEGIN IMMEDIATE")  # holds the write lock
        try:
            refused = client.post("/api/v1/sets", json=_set(set_id), headers=auth)
        finally:
            other_writer.execute("ROLLBACK")
            other_writer.close()
        assert refused.status_code == 503, refused.text
        assert refused.headers["Retry-After"] == "1"
        assert "busy" in refused.json()["detail"]
        assert client.get("/api/v1/sets", headers=auth).json()["items"] == []
        taken = client.post("/api/v1/sets", json=_set(set_id), headers=auth)
        assert taken.status_code == 201, taken.text


def _db_error(**orig: object) -> OperationalError:
    return OperationalError("INSERT ...", {}, SimpleNamespace(**orig))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("orig", "busy"),
    [
        ({"sqlite_errorcode": 5}, True),  # SQLITE_BUSY
        ({"sqlite_errorcode": 5 | (3 << 8)}, True),  # SQLITE_BUSY_TIMEOUT, an extended code
        ({"sqlite_errorcode": 6}, True),  # SQLITE_LOCKED
        ({"sqlite_errorcode": 13}, False),  # SQLITE_FULL: waiting will not help
        ({"sqlstate": "40P01"}, True),  # deadlock_detected
        ({"sqlstate": "40001"}, True),  # serialization_failure
        ({"sqlstate": "55P03"}, True),  # lock_not_available
        ({"sqlstate": "23505"}, False),  # unique_violation is a conflict, not a wait
    ],
)
def test_only_lock_waits_count_as_busy(orig: dict[str, object], busy: bool) -> None:
    assert is_busy(_db_error(**orig)) is busy
