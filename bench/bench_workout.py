"""The workout screen offline: tapping Done (here "Log as warm-up", the same path, so the plan never
runs out) to the set being stored on the device, measured in the browser with performance.now()
around the IndexedDB write. Needs Chromium (/usr/bin/chromium) and Playwright; skipped without."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import figure, percentile, served

CHROMIUM = os.environ.get("BACKSTRONG_TEST_CHROMIUM", "/usr/bin/chromium")
TAPS = 30
TARGET_MS = 50.0
PASSWORD = "a long enough passphrase"


def _sign_up(page, base: str) -> None:
    page.goto(base + "/signup")
    page.get_by_label("Email").fill(f"bench-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(base + "/")


def _taps(page) -> list[float]:
    samples = []
    for _ in range(TAPS):
        page.evaluate("delete document.querySelector('#workout-app').dataset.lastStoreMs")
        page.get_by_role("button", name="Log as warm-up").click()
        page.wait_for_selector("#workout-app[data-last-store-ms]", state="attached")
        samples.append(float(page.locator("#workout-app").get_attribute("data-last-store-ms")))
    return samples


def main() -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("skipped: Playwright is not installed", file=sys.stderr)
        return
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        print(f"skipped: no Chromium at {CHROMIUM}", file=sys.stderr)
        return
    env = {"BACKSTRONG_DATA_DIR": tempfile.mkdtemp(prefix="bs-bench-")}
    app = "backstrong.entrypoints.web.asgi:create"
    with served(app, env, factory=True) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 390, "height": 844})
        page = context.new_page()
        _sign_up(page, base)
        page.goto(base + "/today/plan?exercises=deadlift")
        page.wait_for_selector("#workout-app[data-ready='true']")
        page.get_by_role("button", name="Skip").first.click()
        context.set_offline(True)
        _taps(page)  # warm-up: IndexedDB opened, code paths hot
        samples = _taps(page)
        browser.close()
    figure(
        "workout_done_to_stored_offline_ms",
        percentile(samples, 95),
        "ms",
        TARGET_MS,
        statistic="p95",
        median_ms=round(statistics.median(samples), 2),
        taps=len(samples),
    )


if __name__ == "__main__":
    main()
