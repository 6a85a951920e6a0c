"""The offline app in Chromium on a phone profile (Playwright, /usr/bin/chromium):

- /today interactive on slow 4G with a 4x slower CPU (cold, no service worker) ≤ 1.5 s, and from
  a warm service worker cache ≤ 300 ms (the same throttling, the network gone: every byte from
  the worker's caches);
- tapping "Log it" to the entry stored on the device (IndexedDB), offline ≤ 50 ms;
- a 50-entry offline queue sent over loopback ≤ 5 s.

"Interactive" is when the shell module has run (``<html data-shell-ready>``, ms since the
navigation started) or the load event, whichever is later."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import figure, free_port, percentile

CHROMIUM = os.environ.get("BACKSTRONG_TEST_CHROMIUM", "/usr/bin/chromium")
PASSWORD = "a long enough passphrase"
SLOW_4G = {  # Lighthouse's "slow 4G": 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up
    "offline": False,
    "latency": 150,
    "downloadThroughput": 1.6 * 1024 * 1024 / 8,
    "uploadThroughput": 750 * 1024 / 8,
}
INTERACTIVE = """() => Math.max(Number(document.documentElement.dataset.shellReady || 0),
    performance.getEntriesByType("navigation")[0].loadEventEnd)"""


def serve(data_dir: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "BACKSTRONG_DATA_DIR": data_dir, "BACKSTRONG_LOG_LEVEL": "WARNING",
           "BACKSTRONG_SIGNUP": "open", "BACKSTRONG_SIGNUPS_PER_MINUTE": "100"}  # fmt: skip
    env.pop("BACKSTRONG_DATABASE_URL", None)
    argv = [sys.executable, "-m", "backstrong", "serve", "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            return proc, base
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def sign_up(page, base: str) -> None:
    page.goto(base + "/signup")
    page.get_by_label("Email").fill(f"bench-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(base + "/")


def throttle(page, network: dict[str, object]) -> None:
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", network)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})


def interactive_ms(page, url: str) -> float:
    page.goto(url, wait_until="load")
    page.wait_for_function("() => document.documentElement.dataset.shellReady")
    return float(page.evaluate(INTERACTIVE))


def bench_load(browser, base: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    sign_up(page, base)
    cold_context = browser.new_context(
        viewport={"width": 390, "height": 844}, storage_state=context.storage_state()
    )
    cold = cold_context.new_page()
    cold_context.route("**/sw.js", lambda route: route.abort())  # no worker: a first visit
    throttle(cold, SLOW_4G)
    samples = [interactive_ms(cold, base + "/today") for _ in range(5)]
    figure("today_interactive_slow_4g_cold", statistics.median(samples), "ms", 1500, runs=5)
    cold_context.close()

    page.goto(base + "/today")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    page.locator("html[data-offline-ready]").wait_for(state="attached", timeout=60_000)
    throttle(page, {**SLOW_4G, "offline": True})
    samples = [interactive_ms(page, base + "/today") for _ in range(5)]
    figure("today_interactive_warm_sw_cache", statistics.median(samples), "ms", 300, runs=5)
    throttle(page, SLOW_4G)
    samples = [interactive_ms(page, base + "/today") for _ in range(5)]
    figure("today_interactive_warm_sw_slow_4g_online", statistics.median(samples), "ms", None,
           runs=5, note="NetworkFirst: the page itself still crosses the slow network")  # fmt: skip
    context.close()


STORE_ONE = """async () => {
    const form = document.querySelector('form[data-offline="quick-entry"]');
    form.querySelector('[name=entry]').value = 'deadlift 1x5@60kg';
    const stored = new Promise((resolve) => window.backstrong.events.addEventListener(
        'queue-changed', resolve, { once: true }));
    const start = performance.now();
    form.requestSubmit();
    await stored;
    return performance.now() - start;
}"""

SYNC_ALL = """async () => {
    while ((await window.backstrong.pending()).length > 0) await window.backstrong.flush();
}"""


def bench_queue(browser, base: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    sign_up(page, base)
    page.goto(base + "/today")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    page.locator("html[data-offline-ready]").wait_for(state="attached", timeout=60_000)
    context.set_offline(True)
    page.goto(base + "/today")
    samples = [float(page.evaluate(STORE_ONE)) for _ in range(50)]
    figure("tap_to_stored_on_device", statistics.median(samples), "ms", 50,
           p95=round(percentile(samples, 95), 2), runs=len(samples))  # fmt: skip
    page.goto(base + "/today")  # a fresh page (the form's "reload when sent" is not wanted here)
    waiting = page.evaluate("async () => (await window.backstrong.pending()).length")
    start = time.perf_counter()
    context.set_offline(False)
    page.evaluate(SYNC_ALL)
    elapsed = time.perf_counter() - start
    sent = len(page.request.get(base + "/api/v1/sets?limit=200").json()["items"])
    figure("offline_queue_50_synced", elapsed, "s", 5, entries=waiting, sets_on_server=sent)
    context.close()


def main() -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise SystemExit("Playwright for Python is not installed") from None
    with tempfile.TemporaryDirectory() as data_dir:
        proc, base = serve(data_dir)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
                )
                bench_load(browser, base)
                bench_queue(browser, base)
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
