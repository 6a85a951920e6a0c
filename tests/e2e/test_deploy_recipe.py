"""docs/deploy.md, run: two workers on PostgreSQL in production mode behind forwarded headers,
sharing accounts and tokens, with the access log off and request ids in the log."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import throwaway_postgres

DOC = Path(__file__).resolve().parents[2] / "docs" / "deploy.md"
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def database() -> Iterator[str]:
    with throwaway_postgres("backstrong_deploy") as url:
        yield url


def test_the_recipe_sets_only_real_settings():
    from backstrong.settings import Settings

    named = set(re.findall(r"\bBACKSTRONG_[A-Z_]+", DOC.read_text(encoding="utf-8")))
    known = {f"BACKSTRONG_{name.upper()}" for name in Settings.model_fields}
    assert named and named <= known, named - known


@pytest.mark.postgres
def test_two_workers_on_postgres_share_people_and_tokens(database, tmp_path):
    port = _free_port()
    env = {
        **os.environ,
        "BACKSTRONG_ENVIRONMENT": "production",
        "BACKSTRONG_SECRET_KEY": "k" * 48,
        "BACKSTRONG_DATABASE_URL": database,
        "BACKSTRONG_DATA_DIR": str(tmp_path),
        "BACKSTRONG_HOST": "127.0.0.1",
        "BACKSTRONG_WORKERS": "2",
    }
    argv = [str(BIN / "backstrong"), "serve", "--port", str(port)]
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        server = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=5) as client:
            deadline = time.monotonic() + 90  # two workers importing on a loaded CI machine
            while time.monotonic() < deadline and server.poll() is None:
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.2)
            account = {"email": "deploy@example.org", "password": "correct horse battery"}
            assert client.post("/api/v1/users", json=account).status_code == 201
            token = client.post("/api/v1/tokens", json=account).json()["token"]
            auth = {"Authorization": f"Bearer {token}", "X-Forwarded-Proto": "https"}
            ids = set()
            for _ in range(20):  # new connections: both workers answer
                with httpx.Client(base_url=base, timeout=5) as fresh:
                    me = fresh.get("/api/v1/me", headers=auth)
                    assert me.status_code == 200
                    ids.add(me.headers["x-request-id"])
            assert len(ids) == 20
    finally:
        server.terminate()
        server.wait(timeout=20)
    written = log.read_text(encoding="utf-8", errors="replace")
    assert "GET /api/v1/me" not in written, "the access log is off in production"
    assert re.search(r"\[-\] .*Started server process", written), written[-2000:]
