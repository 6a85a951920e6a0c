"""Importing a MyFitnessPal food diary on a phone: found from the diary, the upload goes with a
progress bar (shared/upload.js), a refused file shows its error beside the field, the review
names the meals and the renamed one, and confirming lands on the last day imported."""

from __future__ import annotations

import pytest

from tests import diary_files as files
from tests.e2e.browser.uploads import sign_up, upload

pytestmark = pytest.mark.browser


def test_a_food_diary_is_reviewed_then_imported_from_the_diary_page(page, live_server):
    sent_by_script: list[str] = []
    page.on(
        "request",
        lambda r: sent_by_script.append(r.url) if r.resource_type == "xhr" else None,
    )
    sign_up(page, live_server)
    page.goto(live_server + "/nutrition")
    page.get_by_role("link", name="Import your food diary").click()
    page.wait_for_url(live_server + "/nutrition/import")
    upload(page, "diary.csv", files.MFP_WITH_A_BAD_ROW)
    page.get_by_role("alert").filter(has_text="row 3, Date '05/01/2026'").wait_for()
    assert page.get_by_label("Export file").get_attribute("aria-invalid") == "true"
    upload(page, "Nutrition-Summary.csv", files.MFP)
    page.get_by_role("heading", name="Check before importing").wait_for()
    assert sent_by_script == [live_server + "/nutrition/import"] * 2, "both with the progress bar"
    review = page.locator("section.card").first.inner_text()
    assert "5 meals on 2 days" in review and "Pre-workout" in review
    page.get_by_role("button", name="Import 5 meals").click()
    page.wait_for_url(live_server + "/nutrition?date=2026-01-06")
    assert page.get_by_text("MyFitnessPal breakfast").count() == 1
    assert page.get_by_text("MyFitnessPal snacks").count() == 1
