"""Onboarding to a personal plan in a real browser on a phone: the safety questions, the
intake, the plan; and a warning sign that stops at the advice."""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "a long enough passphrase"


def _sign_up(page, live_server) -> None:
    page.goto(live_server + "/signup")
    page.get_by_label("Email").fill(f"p-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(live_server + "/")


def _answer_screen(page, yes_to: int | None = None) -> None:
    questions = page.locator("fieldset.yesno")
    for index in range(questions.count()):
        answer = "Yes" if index == yes_to else "No"
        questions.nth(index).get_by_label(answer, exact=True).check()
    page.get_by_role("button", name="Next: about you").click()


def test_the_wizard_goes_from_the_screen_to_a_plan(page, live_server):
    _sign_up(page, live_server)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Program").click()
    page.get_by_role("link", name="Start a new plan").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Safety questions"
    _answer_screen(page)
    assert page.get_by_role("heading", level=1).inner_text() == "About you"
    page.get_by_label("Age in years").fill("39")
    page.get_by_role("group", name="Main goal").get_by_label("Strength").check()
    page.get_by_label("Home with dumbbells").check()
    page.get_by_role("button", name="Build my plan").click()
    page.wait_for_url("**/program?new=1", timeout=30_000)
    assert page.get_by_role("status").inner_text() == "Your plan is ready."
    assert page.locator(".week").count() == 12
    assert page.get_by_text("Deload week").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("link", name="Open week 1, session 1").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Week 1, session 1"
    assert page.locator(".session-item svg").first.is_visible()


def test_an_intake_mistake_is_shown_beside_the_field(page, live_server):
    _sign_up(page, live_server)
    page.goto(live_server + "/program/new")
    _answer_screen(page)
    page.get_by_label("Back pain right now, 0 (none) to 10 (worst)").fill("6")
    page.get_by_label("Age in years").fill("39")
    page.get_by_role("button", name="Build my plan").click()
    error = page.locator("#e-pain_duration")
    assert "how long" in error.inner_text()
    assert page.get_by_label("Age in years").input_value() == "39"


def test_a_warning_sign_stops_at_unmissable_advice(page, live_server):
    _sign_up(page, live_server)
    page.goto(live_server + "/program/new")
    _answer_screen(page, yes_to=0)
    alert = page.get_by_role("alert")
    alert.wait_for(state="visible")  # the answers are posted; wait for the advice page
    assert "Get emergency care now" in alert.inner_text()
    assert "call your local emergency number" in alert.inner_text()
    box = alert.bounding_box()
    assert box and box["y"] < 300, "the advice opens the page"
    page.goto(live_server + "/program")
    assert page.get_by_role("link", name="Start a new plan").is_visible()
