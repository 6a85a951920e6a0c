"""Importing weigh-ins on a phone: the upload goes with a progress bar (shared/upload.js), the
review shows in place, a refused file shows its error beside the field and can be sent again,
and confirming stores the weigh-ins."""

from __future__ import annotations

import pytest

from tests import weigh_in_files as files
from tests.e2e.browser.uploads import sign_up, upload

pytestmark = pytest.mark.browser


def test_weigh_ins_upload_with_progress_then_review_and_import(page, live_server):
    sent_by_script: list[str] = []
    page.on(
        "request",
        lambda r: sent_by_script.append(r.url) if r.resource_type == "xhr" else None,
    )
    sign_up(page, live_server)
    page.goto(live_server + "/body/import")
    upload(page, "w.csv", files.GENERIC_WITH_A_BAD_ROW)
    error = page.get_by_role("alert").filter(has_text="row 3, weight")
    error.wait_for()
    assert page.get_by_label("Export file").get_attribute("aria-invalid") == "true"
    upload(page, "weight.csv", files.WITHINGS)
    page.get_by_role("heading", name="Check before importing").wait_for()
    assert sent_by_script == [live_server + "/body/import"] * 2, "both went with the progress bar"
    assert page.locator("nav.mainnav").count() == 1, "the page's shell is kept once"
    page.get_by_role("button", name="Import 2 weigh-ins").click()
    page.wait_for_url(live_server + "/body")
    assert page.locator('form[action^="/body/weights/"]').count() == 2
