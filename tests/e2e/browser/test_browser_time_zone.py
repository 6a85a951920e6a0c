"""A new person's time zone comes from their browser on the first visit, once."""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "a long enough passphrase"


def test_the_browsers_time_zone_becomes_the_persons_on_the_first_visit(browser, live_server):
    context = browser.new_context(
        timezone_id="Pacific/Auckland", viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        page.goto(live_server + "/signup")
        page.get_by_label("Email").fill(f"tz-{uuid.uuid4().hex[:8]}@example.org")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_label("Password again").fill(PASSWORD)
        with page.expect_response("**/settings/time-zone/detected") as reported:
            page.get_by_role("button", name="Create account").click()
        assert reported.value.status == 204
        page.goto(live_server + "/settings")
        assert page.locator("#current-time-zone").inner_text() == "Pacific/Auckland"
        assert page.locator('script[src="/static/time_zone.js"]').count() == 0
    finally:
        context.close()
