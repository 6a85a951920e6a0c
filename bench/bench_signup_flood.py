"""Benchmark of a sign-up flood: 16 clients POST /api/v1/users as fast as they can (sign-up open,
so the per-address limit, BACKSTRONG_SIGNUPS_PER_MINUTE, answers most with 429) against a real
uvicorn server (one worker, SQLite, a child process on a free port), while one more client reads
GET /healthz in turn and the server's memory is sampled from /proc.

Targets: /healthz p50 under 50 ms and the server under 300 MB for the whole flood, set for a
flood of 30 s; BENCH_FLOOD_SECONDS sets its length (default 10, so `make bench` stays short) and
each figure reports the duration used."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import httpx
from figures import figure, free_port, percentile

CLIENTS = 16
SECONDS = float(os.environ.get("BENCH_FLOOD_SECONDS", "10"))
PASSWORD = "correct horse battery staple flood"


@contextmanager
def server(data_dir: str) -> Iterator[tuple[str, int]]:
    """uvicorn serving Backstrong on a free port: (base URL, process id)."""
    port = free_port()
    env = {**os.environ, "BACKSTRONG_DATA_DIR": data_dir, "BACKSTRONG_ENVIRONMENT": "production",
           "BACKSTRONG_SECRET_KEY": "f" * 48, "BACKSTRONG_SIGNUP": "open",
           "BACKSTRONG_LOG_LEVEL": "WARNING"}  # fmt: skip
    argv = [sys.executable, "-m", "uvicorn", "backstrong.entrypoints.web.asgi:create", "--factory",
            "--port", str(port), "--log-level", "warning", "--no-access-log"]  # fmt: skip
    proc = subprocess.Popen(argv, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield base, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def flood(base: str, stop: threading.Event, statuses: Counter[int], worker: int) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        n = 0
        while not stop.is_set():
            n += 1
            body = {"email": f"flood-{worker}-{n}@example.org", "password": PASSWORD}
            try:
                statuses[client.post("/api/v1/users", json=body).status_code] += 1
            except httpx.HTTPError:
                statuses[0] += 1


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir, server(data_dir) as (base, pid):
        stop = threading.Event()
        statuses: Counter[int] = Counter()
        threads = [
            threading.Thread(target=flood, args=(base, stop, statuses, i)) for i in range(CLIENTS)
        ]
        for thread in threads:
            thread.start()
        health: list[float] = []
        peak = rss_mb(pid)
        deadline = time.monotonic() + SECONDS
        with httpx.Client(base_url=base, timeout=30) as probe:
            while time.monotonic() < deadline:
                start = time.perf_counter()
                probe.get("/healthz").raise_for_status()
                health.append((time.perf_counter() - start) * 1000)
                peak = max(peak, rss_mb(pid))
                time.sleep(0.05)
        stop.set()
        for thread in threads:
            thread.join()
        peak = max(peak, rss_mb(pid))
    extra = {"seconds": SECONDS, "clients": CLIENTS, "signups": sum(statuses.values()),
             "statuses": {str(k): v for k, v in sorted(statuses.items())}}  # fmt: skip
    figure("signup_flood_healthz_p50_ms", statistics.median(health), "ms", 50,
           p95=round(percentile(health, 95), 1), samples=len(health), **extra)  # fmt: skip
    figure("signup_flood_server_peak_rss_mb", peak, "MB", 300, **extra)


if __name__ == "__main__":
    main()
