"""Throughput benchmark: req/s and p50/p99 of the main API endpoints against a real
`backstrong serve`-equivalent process (uvicorn, 1 worker, SQLite), beside the bare-FastAPI floor
(bench/bare_app.py) measured in the same run, with an empty history and with 10,000 and 100,000
sets (seeded through `backstrong import strong`, the service layer).

The load generator is Python: CLIENTS keep-alive connections in threads for LOAD_SECONDS per
endpoint (the same generator for the floor, so its own cost cancels out in the ratios); /me and
the history page are measured in turns (three windows each, the median kept). The person has read
their history figures once after the import, so their stored summaries are built (the steady
state). On a shared, loaded machine absolute figures move run to run; compare the ratios.

    PYTHONPATH=src .venv/bin/python bench/bench_throughput.py [--quick]
"""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_training import strong_csv
from figures import figure, percentile, served

BIN = Path(sys.executable).parent
QUICK = "--quick" in sys.argv
LOAD_SECONDS = 1.5 if QUICK else 4.0
CLIENTS = 8
HISTORIES = (0, 10_000) if QUICK else (0, 10_000, 100_000)
TURNS = 3
TURN_SECONDS = LOAD_SECONDS / 2
Body = Callable[[], bytes | None]


@dataclass(frozen=True)
class Result:
    rps: float
    p50_ms: float
    p99_ms: float


def load(base: str, method: str, path: str, headers: dict[str, str], body: Body | None = None,
         expect: int = 200, seconds: float = LOAD_SECONDS) -> Result:  # fmt: skip
    """CLIENTS keep-alive connections sending the request for ``seconds``."""
    host, port = base.removeprefix("http://").split(":")
    samples: list[list[float]] = [[] for _ in range(CLIENTS)]
    errors: list[str] = []
    stop = time.monotonic() + seconds

    def worker(i: int) -> None:
        conn = http.client.HTTPConnection(host, int(port))
        while time.monotonic() < stop and not errors:
            start = time.perf_counter()
            conn.request(method, path, body=body() if body else None, headers=headers)
            response = conn.getresponse()
            response.read()
            samples[i].append((time.perf_counter() - start) * 1000)
            if response.status not in (expect, 200):
                errors.append(f"{method} {path}: {response.status}")
        conn.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(CLIENTS)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise RuntimeError(errors[0])
    flat = [s for per in samples for s in per]
    return Result(
        len(flat) / (time.monotonic() - began), percentile(flat, 50), percentile(flat, 99)
    )


def median_window(windows: list[Result]) -> Result:
    return sorted(windows, key=lambda r: r.rps)[len(windows) // 2]


def report(name: str, result: Result, target: float | None = None, **extra: object) -> None:
    figure(f"{name}_rps", result.rps, "req/s", None, p50_ms=round(result.p50_ms, 2),
           p99_ms=round(result.p99_ms, 2), **extra)  # fmt: skip


def cli(env: dict[str, str], *args: str) -> str:
    run = subprocess.run([str(BIN / "backstrong"), *args], env={**os.environ, **env},
                         capture_output=True, text=True, check=True)  # fmt: skip
    return run.stdout.strip()


def seeded(sets: int) -> dict[str, str]:
    """A fresh data folder whose local user has ``sets`` sets of history."""
    data_dir = tempfile.mkdtemp(prefix="bs-throughput-")
    env = {"BACKSTRONG_DATA_DIR": data_dir, "BACKSTRONG_LOG_LEVEL": "WARNING",
           "BACKSTRONG_ENVIRONMENT": "production", "BACKSTRONG_SECRET_KEY": "b" * 48}  # fmt: skip
    if sets:
        csv = Path(data_dir) / "strong.csv"
        csv.write_text(strong_csv(sets), encoding="utf-8")
        started = time.perf_counter()
        cli(env, "import", "strong", str(csv), "--unit", "kg", "--yes", "--skip-invalid")
        figure(f"seed_{sets}_sets_import_s", time.perf_counter() - started, "s", None)
    return env


def new_set() -> bytes:
    body = {"id": str(uuid.uuid4()), "exercise_id": "bridge", "reps": 12}
    return json.dumps(body).encode()


def bare_floor() -> Result:
    bench_dir = str(Path(__file__).resolve().parent)
    with served("bare_app:app", {"PYTHONPATH": bench_dir}) as base:
        load(base, "GET", "/constant", {})
        return load(base, "GET", "/constant", {})


def one_history(sets: int, bare: Result) -> dict[str, Result]:
    env = seeded(sets)
    token = cli(env, "account", "token", "--name", "bench")
    auth = {"Authorization": f"Bearer {token}"}
    results: dict[str, Result] = {}
    with served("backstrong.entrypoints.web.asgi:create", env, factory=True) as base:
        conn = http.client.HTTPConnection(*base.removeprefix("http://").split(":"))
        conn.request("GET", "/api/v1/exercises")
        etag = conn.getresponse().getheader("etag") or ""
        load(base, "GET", "/api/v1/me", auth, seconds=1.0)  # warm-up
        # The person has looked at their history figures once since the import, as the history
        # page shows them: their stored summaries are built, the steady state of any log (the
        # history page's stamp is then one row; before, it counts the log).
        figures = http.client.HTTPConnection(*base.removeprefix("http://").split(":"))
        figures.request("GET", "/api/v1/records", headers=auth)
        figures.getresponse().read()
        history = "/api/v1/sets?limit=50"
        # /me and the history page in turns, TURNS windows each, the median window kept: a
        # moment of load on a shared host then moves one window rather than the ratio.
        turns: dict[str, list[Result]] = {"me": [], "history_page_50": []}
        for _ in range(TURNS):
            turns["me"].append(load(base, "GET", "/api/v1/me", auth, seconds=TURN_SECONDS))
            turns["history_page_50"].append(load(base, "GET", history, auth, seconds=TURN_SECONDS))
        results.update({name: median_window(windows) for name, windows in turns.items()})
        if sets == 0:
            results["exercises_first_page"] = load(base, "GET", "/api/v1/exercises", {})
            results["exercises_304"] = load(
                base, "GET", "/api/v1/exercises", {"If-None-Match": etag}, expect=304
            )
            results["exercises_search"] = load(base, "GET", "/api/v1/exercises?q=deadlfit", {})
        results["records"] = load(base, "GET", "/api/v1/records", auth)
        post = {**auth, "Content-Type": "application/json"}
        results["post_set"] = load(base, "POST", "/api/v1/sets", post, new_set, expect=201)
    for name, result in results.items():
        report(f"api_{name}_{sets}_sets", result, vs_bare=round(result.rps / bare.rps, 3))
    return results


def main() -> None:
    bare = bare_floor()
    report("bare_fastapi_constant", bare)
    runs = {sets: one_history(sets, bare) for sets in HISTORIES}
    empty = runs[0]
    me = empty["me"].rps
    figure("exercises_first_page_vs_me", empty["exercises_first_page"].rps / me, "ratio", 0.5)
    figure("exercises_304_vs_me", empty["exercises_304"].rps / me, "ratio", 0.8)
    for sets, results in runs.items():
        ratio = results["history_page_50"].rps / results["me"].rps
        figure(f"history_page_50_vs_me_{sets}_sets", ratio, "ratio", 0.5)
    largest = max(HISTORIES)
    slowdown = runs[largest]["post_set"].p50_ms / empty["post_set"].p50_ms
    figure(f"post_set_p50_{largest}_sets_vs_empty", slowdown, "ratio", 1.2)


if __name__ == "__main__":
    main()
