"""Helpers for benchmark scripts: print a figure, time a callable, serve an ASGI app."""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def figure(
    metric: str, value: float, unit: str, target: float | str | None, **extra: object
) -> None:
    line = {"metric": metric, "value": round(value, 4), "unit": unit, "target": target, **extra}
    print(json.dumps(line), flush=True)


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def time_calls(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock milliseconds for each of `repeat` calls."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def median_command_ms(argv: list[str], repeat: int = 15) -> float:
    def run() -> None:
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)

    run()  # warm the OS file cache
    return statistics.median(time_calls(run, repeat))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served(app_ref: str, env: dict[str, str], *, factory: bool = False) -> Iterator[str]:
    """Serve an ASGI app with uvicorn (one worker) on a free loopback port."""
    port = free_port()
    argv = [sys.executable, "-m", "uvicorn", app_ref, "--port", str(port), "--log-level", "warning"]
    if factory:
        argv.append("--factory")
    proc = subprocess.Popen(argv, env={**os.environ, **env})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/docs-not-there", timeout=1)
            except urllib.error.HTTPError:
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
