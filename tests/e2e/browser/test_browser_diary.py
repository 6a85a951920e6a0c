"""The food diary on a phone: search as you type, pick a portion, add without a reload; a line
that names an unknown food offers the closest foods and a food of your own on the spot."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "a long enough passphrase"
ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


def _sign_up(page, live_server) -> None:
    page.goto(live_server + "/signup")
    page.get_by_label("Email").fill(f"d-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(live_server + "/")


def _no_reload_marker(page) -> None:
    page.evaluate("window.__sameDocument = true")


def test_typing_offers_foods_and_a_picked_portion_is_added_without_a_reload(page, live_server):
    _sign_up(page, live_server)
    page.goto(live_server + "/nutrition")
    _no_reload_marker(page)
    page.get_by_label("Meal").first.select_option("breakfast")
    page.get_by_label("What did you eat?").press_sequentially("2 wholemeal br", delay=30)
    choice = page.locator(".food-choice", has_text="Bread, whole wheat")
    choice.wait_for()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "diary-phone-search.png"))
    choice.click()
    picker = page.locator("#food-picker")
    assert picker.get_by_label("Portion").locator("option:checked").inner_text() == "slice (32 g)"
    picker.get_by_label("How many").fill("2")
    assert "64 g" in picker.locator(".picked-grams").inner_text()
    picker.get_by_role("button", name="Add this").click()

    breakfast = page.locator("#meal-breakfast")
    breakfast.get_by_text("Bread, whole wheat").wait_for()
    assert "2 slice (64 g)" in breakfast.inner_text()
    assert page.evaluate("window.__sameDocument") is True  # no page load
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "diary-phone.png"), full_page=True)

    # The food logged is now one of "your foods", first when the box is empty.
    page.get_by_label("What did you eat?").fill("")
    page.get_by_label("What did you eat?").press_sequentially("bre", delay=30)
    page.locator(".food-results .group", has_text="Your foods").wait_for()
    first = page.locator(".food-choice").first
    assert "Bread, whole wheat" in first.inner_text()
    assert "logged 1×" in first.inner_text()


def test_an_unknown_food_offers_the_closest_and_a_food_of_your_own(page, live_server):
    _sign_up(page, live_server)
    page.goto(live_server + "/nutrition")
    _no_reload_marker(page)
    page.get_by_label("Meal").first.select_option("lunch")
    box = page.get_by_label("What did you eat?")
    box.fill("2 eggs, 1 slice zorblax loaf")
    page.get_by_role("button", name="Add", exact=True).click()
    legend = page.locator("#line-choices-live legend")
    legend.wait_for()
    assert "zorblax" in legend.inner_text()
    page.get_by_role("button", name="Create “zorblax loaf” as your own food").click()
    form = page.locator("form.custom-food")
    form.get_by_label("kcal per 100 g").fill("250")
    form.get_by_label("Carbs g").fill("45")
    form.get_by_label("A portion (e.g. slice)").fill("slice")
    form.get_by_label("Its grams").fill("40")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "diary-phone-own-food.png"), full_page=True)
    form.get_by_role("button", name="Save and add the line").click()

    lunch = page.locator("#meal-lunch")
    lunch.get_by_text("zorblax loaf").wait_for()
    assert "Egg" in lunch.inner_text()
    assert page.evaluate("window.__sameDocument") is True
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
