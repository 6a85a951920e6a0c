"""axe-core (from npm) over the main pages on a phone, in light and dark: no serious or critical
violations (colour contrast, names, labels, landmarks)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.e2e.browser.test_browser_offline import INTAKE, PASSWORD, _api

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[3] / "node_modules/axe-core/axe.min.js"
PAGES = [
    "/",
    "/today",
    "/program",
    "/program/week/1/session/1",
    "/history",
    "/history/records",
    "/exercises",
    "/exercises/deadlift",
    "/nutrition",
    "/nutrition/profile",
    "/body",
    "/body/projection",
    "/settings",
    "/offline",
]
RUN_AXE = """async () => {
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}"""


@pytest.fixture
def axe_page(browser):
    if not AXE.exists():
        pytest.skip("axe-core is not installed: run npm ci")
    # bypass_csp: axe is injected as an inline script, which the app's CSP rightly refuses.
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def _found(page, url: str) -> list[str]:
    page.goto(url)
    page.add_script_tag(path=str(AXE))
    return [f"{url}: {v}" for v in page.evaluate(RUN_AXE)]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violation_on_any_main_page(axe_page, live_server, scheme):
    page = axe_page
    page.emulate_media(color_scheme=scheme)
    problems = _found(page, live_server + "/login")
    page.goto(live_server + "/signup")
    page.get_by_label("Email").fill(f"a-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(live_server + "/")
    _api(page, "POST", "/api/v1/programs", INTAKE)
    page.goto(live_server + "/today")
    page.get_by_label("What did you do?").fill("deadlift 2x5@60kg")
    with page.expect_navigation():  # sent at once, then Today shows it
        page.get_by_role("button", name="Log it").click()
    for path in PAGES:
        problems += _found(page, live_server + path)
    assert problems == []
