"""The built front end in a real browser: the Today module runs the rest timer, and the service
worker at /sw.js installs and precaches the build's modules."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "a long enough passphrase"


def _sign_up(page, live_server) -> None:
    page.goto(live_server + "/signup")
    page.get_by_label("Email").fill(f"f-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(live_server + "/")


def test_the_rest_timer_counts_down_after_a_guided_set(page, live_server):
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    _sign_up(page, live_server)
    page.goto(live_server + "/today")
    page.get_by_label("What did you do?").fill("deadlift 2x5@80kg")
    page.get_by_text("Another day").click()
    page.get_by_label("Day").fill((date.today() - timedelta(days=2)).isoformat())
    page.get_by_role("button", name="Log it").click()
    page.wait_for_url("**/today**")
    page.wait_for_selector("#workout-app[data-ready='true']")  # the workout screen took over
    page.locator(".pain-ask").get_by_role("button", name="Skip").click()
    page.locator(".done-bar .done").click()
    timer = page.locator(".rest-box")
    timer.wait_for(state="visible")
    clock = timer.locator(".rest-clock").inner_text()
    assert re.fullmatch(r"\d+:\d\d", clock) and clock != "0:00"
    timer.get_by_role("button", name="Skip rest").click()
    page.locator(".rest-box").wait_for(state="detached")
    assert errors == []


def test_the_service_worker_installs_and_precaches_the_build(page, live_server):
    page.goto(live_server + "/login")
    scope = page.evaluate(
        """async () => {
            const registration = await navigator.serviceWorker.register("/sw.js");
            await navigator.serviceWorker.ready;
            return registration.scope;
        }"""
    )
    assert scope == live_server + "/"
    cached = page.evaluate(
        """async () => {
            const urls = [];
            for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const request of await cache.keys()) urls.push(request.url);
            }
            return urls;
        }"""
    )
    manifest = page.request.get(live_server + "/static/dist/manifest.json").json()
    module = manifest["training/today.js"]
    assert any(url.startswith(f"{live_server}/static/dist/{module}") for url in cached), cached


def test_the_vendor_webassembly_compiles_under_the_apps_content_security_policy(page, live_server):
    page.goto(live_server + "/login")
    result = page.evaluate(
        """async () => {
            const manifest = await (await fetch("/static/dist/manifest.json")).json();
            const folders = [
                [manifest["vendor/zxing-wasm/"], "zxing_reader.wasm"],
                [manifest["vendor/@mediapipe/pose/"], "pose_solution_simd_wasm_bin.wasm"],
            ];
            try {
                for (const [folder, file] of folders) {
                    const response = await fetch(`/static/dist/${folder}${file}`);
                    const bytes = await response.arrayBuffer();
                    await WebAssembly.compile(bytes);
                }
                return "compiled";
            } catch (error) {
                return String(error);
            }
        }"""
    )
    assert result == "compiled"
