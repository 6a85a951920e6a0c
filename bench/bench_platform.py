"""Platform figures: CLI cold start and API throughput, each next to its yardstick."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import figure, median_command_ms, served

BIN = Path(sys.executable).parent
LOAD_SECONDS = 4.0
CLIENTS = 8


def cli_start() -> None:
    bare = median_command_ms([sys.executable, "-c", "pass"])
    cli = median_command_ms([str(BIN / "backstrong"), "--help"])
    figure("cli_help_cold_start_ms", cli, "ms", None, baseline_python_ms=round(bare, 2))
    figure("cli_help_vs_python_startup", cli / bare, "ratio", 6.0)
    # The same through Typer (what any subcommand pays): `backstrong --help` takes a fast path.
    sub = median_command_ms([str(BIN / "backstrong"), "db", "--help"])
    figure("cli_subcommand_help_vs_python_startup", sub / bare, "ratio", None, ms=round(sub, 1))


def _hammer(base: str, path: str, headers: dict[str, str]) -> float:
    """Requests per second: wrk when installed (apt-get install wrk), else Python threads."""
    if shutil.which("wrk"):
        return _wrk(base + path, headers)
    return _threads(base, path, headers)


def _wrk(url: str, headers: dict[str, str]) -> float:
    argv = ["wrk", "-t", "2", "-c", str(CLIENTS), "-d", f"{LOAD_SECONDS:.0f}s", url]
    for name, value in headers.items():
        argv[1:1] = ["-H", f"{name}: {value}"]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"errors while loading {url}:\n{out}")
    match = re.search(r"Requests/sec:\s+([0-9.]+)", out)
    if not match:
        raise RuntimeError(out)
    return float(match.group(1))


def _threads(base: str, path: str, headers: dict[str, str]) -> float:
    """Requests per second from CLIENTS keep-alive connections for LOAD_SECONDS."""
    host, port = base.removeprefix("http://").split(":")
    counts = [0] * CLIENTS
    stop = time.monotonic() + LOAD_SECONDS

    def worker(i: int) -> None:
        conn = http.client.HTTPConnection(host, int(port))
        while time.monotonic() < stop:
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            response.read()
            assert response.status == 200, response.status
            counts[i] += 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(CLIENTS)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts) / (time.monotonic() - start)


def api_throughput() -> None:
    data_dir = tempfile.mkdtemp(prefix="bs-bench-")
    env = {"BACKSTRONG_DATA_DIR": data_dir, "BACKSTRONG_LOG_LEVEL": "WARNING"}
    subprocess_env = {**os.environ, **env}
    token = subprocess.run(
        [str(BIN / "backstrong"), "account", "token", "--name", "bench"],
        env=subprocess_env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    bench_dir = str(Path(__file__).resolve().parent)
    with served("bare_app:app", {"PYTHONPATH": bench_dir}) as base:
        _hammer(base, "/constant", {})  # warm-up
        bare = _hammer(base, "/constant", {})
    with served("backstrong.entrypoints.web.asgi:create", env, factory=True) as base:
        auth = {"Authorization": f"Bearer {token}"}
        _hammer(base, "/api/v1/me", auth)
        me = _hammer(base, "/api/v1/me", auth)
    figure("bare_fastapi_constant_rps", bare, "req/s", None)
    figure("api_me_bearer_rps", me, "req/s", None)
    figure("api_me_vs_bare_throughput", me / bare, "ratio", 0.40)


if __name__ == "__main__":
    cli_start()
    api_throughput()
