"""A person's first visit in a real browser on a phone-sized screen."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "a long enough passphrase"


def test_sign_up_log_out_and_log_back_in(page, live_server):
    page.goto(live_server + "/")
    page.get_by_role("link", name=re.compile("Create (an|the first) account")).first.click()
    page.wait_for_url("**/signup")
    page.get_by_label("Email").fill("rosa@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(live_server + "/")
    assert page.get_by_role("heading", level=1).inner_text() == "Hello, rosa"
    assert page.get_by_role("navigation", name="Main").is_visible()

    page.get_by_role("button", name="Log out").click()
    page.wait_for_url("**/login")
    page.get_by_label("Email").fill("rosa@example.org")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Log in").click()
    assert page.get_by_role("alert").inner_text().startswith("That email and password")

    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server + "/")
    assert "Hello, rosa" in page.content()


def test_the_page_is_usable_by_keyboard_and_fits_a_phone(page, live_server):
    page.goto(live_server + "/login")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert "Skip to content" in focused
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # no sideways scrolling on a phone
    button = page.get_by_role("button", name="Log in").bounding_box()
    assert button and button["height"] >= 44  # a comfortable tap target
