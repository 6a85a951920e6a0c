"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright against a live server.

The server runs `backstrong serve` on a free loopback port with its own SQLite database. On a
failing test, a screenshot lands in test-artifacts/."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

CHROMIUM = os.environ.get("BACKSTRONG_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """`backstrong serve` on one port and one data folder; it can be killed and started again
    (the same database, the same address), as a home server restarting mid-sync would be."""

    def __init__(self, data_dir: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "BACKSTRONG_DATA_DIR": str(data_dir),
            "BACKSTRONG_LOG_LEVEL": "WARNING",
            # Each test signs a new person up from one address.
            "BACKSTRONG_SIGNUP": "open",
            "BACKSTRONG_SIGNUPS_PER_MINUTE": "10000",
            "BACKSTRONG_OPEN_REQUESTS_PER_MINUTE": "10000",
            # Tests never reach the internet: barcodes not saved here get the "turned off" answer.
            "BACKSTRONG_OPEN_FOOD_FACTS": "off",
        }
        self.env.pop("BACKSTRONG_DATABASE_URL", None)
        self.proc: subprocess.Popen[bytes] | None = None
        # A file, not a pipe: a pipe nobody reads fills up and stalls the server.
        self.log = data_dir / "server.log"

    def start(self) -> None:
        command = [sys.executable, "-m", "backstrong", "serve", "--host", "127.0.0.1"]
        with self.log.open("ab") as log:
            proc = subprocess.Popen(
                [*command, "--port", str(self.port)],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.proc = proc
        deadline = time.monotonic() + 90  # a loaded CI machine starts it slowly
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=1):
                    return
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(self.log.read_text(errors="replace"))
                time.sleep(0.2)
        proc.kill()
        raise RuntimeError("server did not start within 90 s")

    def kill(self) -> None:
        """Gone at once, as a pulled plug (no graceful shutdown)."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=10)
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server = Server(tmp_path_factory.mktemp("live"))
    server.start()
    yield server.base
    server.stop()


@pytest.fixture
def restartable_server(tmp_path: Path) -> Iterator[Server]:
    """A server of this test's own, which the test may kill and start again."""
    (tmp_path / "data").mkdir()
    server = Server(tmp_path / "data")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        skip_or_fail(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("Playwright for Python is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


def phone_page(browser, request) -> Iterator:
    """A page in a new phone-sized context of ``browser``; a screenshot when the test failed."""
    context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.fixture
def page(browser, request):
    yield from phone_page(browser, request)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
