"""Killing the process (SIGKILL) loses nothing acknowledged and leaves a consistent database.

One test logs sets over HTTP to a real `backstrong serve` and kills it mid-stream; the other kills a
`backstrong import` in the middle of its transaction. Afterwards SQLite's own checks pass, every set
the server acknowledged is stored, and the import is all there or not there at all.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

PASSWORD = "a long enough passphrase"
STRONG_NAMES = ("Deadlift (Barbell)", "Squat (Barbell)", "Glute Bridge", "Plank", "Back Extension")


def _env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "BACKSTRONG_DATA_DIR": str(data_dir), "BACKSTRONG_LOG_LEVEL": "WARNING"}
    env.pop("BACKSTRONG_DATABASE_URL", None)
    env.pop("BACKSTRONG_CLI_USER", None)
    return env


def _cli(data_dir: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "backstrong", *args],
        env=_env(data_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the kill reaches every child
    )


def _kill(process: subprocess.Popen[bytes]) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def _checked(database: Path) -> sqlite3.Connection:
    """Open the database as after a crash (WAL recovery) and run SQLite's own checks."""
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    return connection


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _call(base: str, path: str, body: dict[str, object], token: str | None = None) -> int:
    request = urllib.request.Request(
        base + path,
        data=json.dumps(body).encode(),
        headers={"content-type": "application/json"}
        | ({"authorization": f"Bearer {token}"} if token else {}),
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(response.status)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes], Path]]:
    port = _free_port()
    process = _cli(tmp_path, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1")
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    yield base, process, tmp_path / "backstrong.sqlite3"
    if process.poll() is None:
        _kill(process)


def _token(base: str) -> str:
    _call(base, "/api/v1/users", {"email": "ada@example.org", "password": PASSWORD})
    request = urllib.request.Request(
        base + "/api/v1/tokens",
        data=json.dumps({"email": "ada@example.org", "password": PASSWORD}).encode(),
        headers={"content-type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return str(json.load(response)["token"])


def _stream(base: str, token: str, acknowledged: list[str], stop: threading.Event) -> None:
    """Log sets one after another until the server stops answering."""
    while not stop.is_set():
        set_id = str(uuid.uuid4())
        body = {"id": set_id, "exercise_id": "bridge", "reps": 15}
        try:
            if _call(base, "/api/v1/sets", body, token) in (200, 201):
                acknowledged.append(set_id)
        except (OSError, urllib.error.HTTPError):
            return


def test_every_set_the_server_acknowledged_survives_a_kill(server):
    base, process, database = server
    token = _token(base)
    acknowledged: list[str] = []
    stop = threading.Event()
    writers = [
        threading.Thread(target=_stream, args=(base, token, acknowledged, stop)) for _ in range(3)
    ]
    for writer in writers:
        writer.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 150 and time.monotonic() < deadline:
        time.sleep(0.01)
    _kill(process)  # mid-stream: three clients are sending
    stop.set()
    for writer in writers:
        writer.join(timeout=15)
    assert len(acknowledged) >= 150
    with _checked(database) as connection:
        stored = {row[0] for row in connection.execute("SELECT uuid FROM training_sets")}
        orphans = connection.execute(
            "SELECT count(*) FROM training_sets WHERE session_id NOT IN "
            "(SELECT id FROM training_sessions)"
        ).fetchone()[0]
    assert set(acknowledged) <= stored
    assert orphans == 0


def _strong_csv(rows: int) -> str:
    rng = random.Random(4)
    lines = [
        "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;"
        "Distance Unit;Seconds;Notes;Workout Notes;Workout Duration"
    ]
    start = datetime(2021, 1, 4, 18)
    for i in range(rows):
        day = start + timedelta(days=i // 20)
        name = STRONG_NAMES[(i // 4) % len(STRONG_NAMES)]
        lines.append(
            f'{day:%Y-%m-%d %H:%M:%S};"Session";"{name}";{i % 4 + 1};{rng.randint(20, 180)};kg;'
            f'{rng.randint(3, 12)};;0;km;0;"";"";1h'
        )
    return "\n".join(lines) + "\n"


def _stored_sets(database: Path) -> int:
    with _checked(database) as connection:
        return int(connection.execute("SELECT count(*) FROM training_sets").fetchone()[0])


def test_a_killed_import_leaves_all_or_nothing_and_a_second_run_completes(tmp_path):
    rows = 40_000
    export = tmp_path / "strong.csv"
    export.write_text(_strong_csv(rows))
    database = tmp_path / "backstrong.sqlite3"
    assert _cli(tmp_path, "db", "upgrade").wait(timeout=120) == 0
    wal = tmp_path / "backstrong.sqlite3-wal"
    written = wal.stat().st_size if wal.exists() else 0
    importing = _cli(tmp_path, "import", "strong", str(export), "--yes")
    deadline = time.monotonic() + 120
    while importing.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > written + 256 * 1024:
            break  # the transaction is spilling pages: it is in the middle of writing
        time.sleep(0.005)
    killed_mid_write = importing.poll() is None
    if killed_mid_write:
        _kill(importing)
    count = _stored_sets(database)
    assert count in (0, rows)
    assert _cli(tmp_path, "import", "strong", str(export), "--yes").wait(timeout=120) == 0
    assert _stored_sets(database) == rows
