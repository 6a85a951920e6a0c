"""The workout screen on a phone: a whole session with holds and a per-side exercise, no page
reloads, the active set in view after every Done; and two phones logging the same session."""

from __future__ import annotations

import time
import uuid

import pytest

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

PASSWORD = "a long enough passphrase"
PHONE = {"width": 390, "height": 844}
SPEED = "40"  # the screen's timer test hook: holds and rests run 40 times faster


def _sign_up(page, base: str) -> str:
    email = f"w-{uuid.uuid4().hex[:8]}@example.org"
    page.goto(base + "/signup")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(base + "/")
    return email


def _log_in(page, base: str, email: str) -> None:
    page.goto(base + "/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(base + "/")


def _phone(browser):
    context = browser.new_context(viewport=PHONE)
    context.add_init_script(f"localStorage.setItem('backstrong.workout.speed', '{SPEED}')")
    page = context.new_page()
    page.set_default_timeout(20_000)
    return context, page


def _open_workout(page, base: str, exercises: str) -> None:
    page.goto(f"{base}/today/plan?exercises={exercises}")
    page.wait_for_selector("#workout-app[data-ready='true']")
    page.evaluate("window.__sameDocument = true")


def _server_sets(page, base: str, count: int, seconds: float = 30) -> list[dict]:
    """The person's sets as stored, oldest first (the API pages them newest first).

    Read again until `count` are there or the time is up: a set is queued on the phone a moment
    after Done (IndexedDB is asynchronous), so the badge can still say "All saved" from before.
    """
    deadline = time.monotonic() + seconds
    while True:
        items = page.request.get(base + "/api/v1/sets").json()["items"]
        if len(items) >= count or time.monotonic() > deadline:
            return list(reversed(items))
        page.wait_for_timeout(100)


def _all_saved(page) -> None:
    expect(page.locator(".sync-badge")).to_have_text("All saved", timeout=30_000)


def _sessions_once_noted(page, live_server: str, seconds: float = 30) -> list[dict]:
    """The day's sessions, read again until one carries notes (or the time is up)."""
    deadline = time.monotonic() + seconds
    while True:
        items = page.request.get(live_server + "/api/v1/sessions").json()["items"]
        if any(s["notes"] for s in items) or time.monotonic() > deadline:
            return items
        page.wait_for_timeout(100)


def _field(page, label: str):
    return page.locator("#workout-app").get_by_role("textbox", name=label, exact=True)


def _done(page) -> None:
    """Tap Done and wait for the screen to show the set as done."""
    before = int(page.locator("#workout-app").get_attribute("data-done-sets") or "0")
    page.locator(".done-bar .done").click()
    page.wait_for_selector(f"#workout-app[data-done-sets='{before + 1}']", state="attached")


def test_a_whole_session_with_holds_per_side_without_a_reload(browser, live_server):
    context, page = _phone(browser)
    _sign_up(page, live_server)
    _open_workout(page, live_server, "bird dog, deadlift")
    assert page.locator("#guided").is_hidden()
    page.get_by_role("group", name="Before you start").get_by_role("button", name="2").click()

    sides = []
    while page.locator(".active-set h3").inner_text() == "Bird dog":
        assert "4 holds of 7 s" in page.locator(".set-of").inner_text()
        sides.append(page.locator(".active-set .side").inner_text())
        assert _field(page, "Holds").input_value() == "4"
        assert _field(page, "Holds").get_attribute("inputmode") == "numeric"
        page.get_by_role("button", name="Start hold timer").click()
        page.wait_for_selector(".hold-timer[data-phase='done']", timeout=30_000)
        _done(page)
        page.wait_for_selector("#workout-app[data-last-store-ms]", state="attached")
        expect(page.locator(".active-set, .pain-ask").first).to_be_in_viewport()
    assert sides == ["Left side", "Right side"] * (len(sides) // 2) and len(sides) >= 4

    deadlifts = 0
    while page.locator(".active-set").count():
        assert page.locator(".active-set h3").inner_text().startswith("Deadlift")
        _field(page, "Reps").fill("8")
        _field(page, "Load (kg, empty = body weight)").fill("60")
        _done(page)
        deadlifts += 1
        expect(page.locator(".active-set, .pain-ask").first).to_be_in_viewport()
    page.get_by_role("group", name="All done").get_by_role("button", name="3").click()
    page.locator(".pain-ask").wait_for(state="detached")  # answered, and queued on the device
    assert page.get_by_role("heading", name="Session done").is_visible()
    assert page.evaluate("window.__sameDocument") is True  # no page load during the session
    page.locator(".workout-extras summary").click()
    page.get_by_label("Notes").fill("left hip tight on the last set")
    page.get_by_label("Notes").blur()  # sent with the session when the box is left

    _all_saved(page)
    stored = _server_sets(page, live_server, len(sides) + deadlifts)
    holds = [s for s in stored if s["exercise_id"] == "bird-dog"]
    assert len(holds) == len(sides)
    assert all(s["reps"] == 4 and s["hold_seconds"] == 7 for s in holds)
    assert [s["side"] for s in holds] == [s.split()[0].lower() for s in sides]
    lifted = [s for s in stored if s["exercise_id"] == "deadlift"]
    assert len(lifted) == deadlifts and all(s["load"]["value"] == 60 for s in lifted)
    assert len({s["id"] for s in stored}) == len(stored)
    # Leaving the box queues the notes a moment later (IndexedDB is asynchronous), so the badge
    # can still say "All saved" from before: wait for the notes themselves to reach the server.
    session = _sessions_once_noted(page, live_server)
    assert [(s["pain_before"], s["pain_after"]) for s in session] == [(2, 3)]
    assert session[0]["notes"] == "left hip tight on the last set"
    page.goto(live_server + "/history")
    expect(page.locator(".session-notes")).to_have_text("Notes: left hip tight on the last set")
    context.close()


def test_a_single_timed_hold_shows_its_seconds_and_logs_one_hold(browser, live_server):
    context, page = _phone(browser)
    _sign_up(page, live_server)
    _open_workout(page, live_server, "childs pose")
    before = page.get_by_role("group", name="Before you start")
    before.get_by_role("button", name="1", exact=True).click()
    assert "20 s hold" in page.locator(".set-of").inner_text()
    assert _field(page, "Seconds per hold").input_value() == "20"
    assert page.locator(".active-set .stepper label").all_inner_texts()[0] == "Seconds per hold"
    assert _field(page, "Holds").count() == 0  # no empty count of holds to fill in
    page.get_by_role("button", name="Start hold timer").click()
    page.wait_for_selector(".hold-timer[data-phase='done']", timeout=30_000)
    _done(page)
    _all_saved(page)
    stored = _server_sets(page, live_server, 1)
    assert [(s["reps"], s["hold_seconds"]) for s in stored] == [(None, 20)]
    context.close()


def test_two_phones_logging_one_session_store_each_set_once(browser, live_server):
    first_ctx, first = _phone(browser)
    email = _sign_up(first, live_server)
    second_ctx, second = _phone(browser)
    _log_in(second, live_server, email)
    _open_workout(first, live_server, "deadlift")
    _open_workout(second, live_server, "deadlift")
    for phone in (first, second):
        phone.get_by_role("group", name="Before you start").get_by_role(
            "button", name="Skip"
        ).click()

    _done(first)
    _done(second)  # the same planned set, done on the other phone: a set of its own
    _done(first)
    for phone in (first, second):
        _all_saved(phone)
    stored = _server_sets(first, live_server, 3)
    assert len(stored) == 3 and len({s["id"] for s in stored}) == 3

    second.reload()
    second.wait_for_selector("#workout-app[data-ready='true']")
    done_here = second.locator(".workout-plan li").first.inner_text()
    assert "3/" in done_here  # the other phone's sets show after the next load
    first_ctx.close()
    second_ctx.close()


def test_a_server_killed_mid_sync_and_started_again_gets_every_set_once(
    browser, restartable_server
):
    server = restartable_server
    # No service worker here: the page's own requests are the ones watched below.
    context = browser.new_context(viewport=PHONE, service_workers="block")
    context.add_init_script(f"localStorage.setItem('backstrong.workout.speed', '{SPEED}')")
    page = context.new_page()
    page.set_default_timeout(20_000)
    _sign_up(page, server.base)
    _open_workout(page, server.base, "deadlift, goblet squat")
    page.get_by_role("group", name="Before you start").get_by_role("button", name="Skip").click()

    context.set_offline(True)  # the basement: every set waits on the phone
    done = 0
    while page.locator(".active-set").count():
        _done(page)
        done += 1
    assert done >= 5
    expect(page.locator(".sync-badge")).to_have_text(f"{done} sets to sync")
    # Its session's id is not known offline: the answer waits for it, no second session.
    page.get_by_role("group", name="All done").get_by_role("button", name="4").click()

    seen = []

    def pull_the_plug(route):
        seen.append(route.request.post_data_json["id"])
        if len(seen) < 3:
            route.continue_()
            return
        route.fetch()  # the third set reaches the server and is stored …
        server.kill()  # … which dies before its answer leaves
        route.abort("connectionreset")

    page.route("**/api/v1/sets", pull_the_plug)
    context.set_offline(False)
    while server.proc is not None:  # the sync is under way until the plug is pulled
        page.wait_for_timeout(50)
    page.unroute("**/api/v1/sets")
    assert len(seen) == 3
    server.start()  # the same database on the same address

    _all_saved(page)
    stored = _server_sets(page, server.base, done)
    assert len(stored) == done
    assert len({s["id"] for s in stored}) == done
    assert seen[2] in {s["id"] for s in stored}  # sent twice, stored once
    sessions = page.request.get(server.base + "/api/v1/sessions").json()["items"]
    assert [(s["set_count"], s["pain_after"]) for s in sessions] == [(done, 4)]
    context.close()


def test_the_rest_shows_on_the_lock_screen_once_notifications_are_allowed(browser, live_server):
    context, page = _phone(browser)
    context.grant_permissions(["notifications"], origin=live_server)
    _sign_up(page, live_server)
    _open_workout(page, live_server, "deadlift")
    page.evaluate("navigator.serviceWorker.ready")
    page.get_by_role("group", name="Before you start").get_by_role("button", name="Skip").click()
    _done(page)
    page.locator(".rest-box").wait_for()
    shown = page.evaluate(
        """async () => {
            const worker = await navigator.serviceWorker.ready;
            for (let i = 0; i < 50; i += 1) {
                const found = await worker.getNotifications({ tag: "backstrong-rest" });
                if (found.length) return found.map((n) => n.body);
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
            return [];
        }"""
    )
    assert len(shown) == 1 and shown[0].startswith("Rest until") and "Deadlift" in shown[0]
    page.get_by_role("button", name="Skip rest").click()
    left = page.evaluate(
        """async () => {
            const worker = await navigator.serviceWorker.ready;
            for (let i = 0; i < 50; i += 1) {
                const found = await worker.getNotifications({ tag: "backstrong-rest" });
                if (!found.length) return 0;
                await new Promise((resolve) => setTimeout(resolve, 100));
            }
            return 1;
        }"""
    )
    assert left == 0  # the rest is over: off the lock screen
    context.close()
