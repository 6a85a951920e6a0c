"""Importing a Strong export on a phone: upload, review the names (change one), import, and the
sets are in History."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "a long enough passphrase"
DAY = date.today() - timedelta(days=2)
# Strong's classic export: comma-separated, weights in the app's unit (no unit column).
STRONG_CLASSIC = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n"
    f'{DAY} 07:30:00,"Morning",45m,"Deadlift (Barbell)",1,60,8,0,0,"","",\n'
    f'{DAY} 07:30:00,"Morning",45m,"Deadlift (Barbell)",2,70,6,0,0,"","",8\n'
    f'{DAY} 07:30:00,"Morning",45m,"Bird Dog",1,0,10,0,0,"","",\n'
    f'{DAY} 07:30:00,"Morning",45m,"Side Plank",1,0,0,0,30,"","",\n'
)


def _sign_up(page, live_server) -> None:
    page.goto(live_server + "/signup")
    page.get_by_label("Email").fill(f"i-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(live_server + "/")


def test_a_strong_export_is_reviewed_and_imported(page, live_server):
    _sign_up(page, live_server)
    page.goto(live_server + "/history")
    page.get_by_role("link", name="Import workouts").click()
    page.get_by_label("Where the file comes from").select_option("strong")
    page.get_by_label("Weights are in").select_option("kg")
    page.get_by_label("Export file (CSV)").set_input_files(
        {"name": "strong.csv", "mimeType": "text/csv", "buffer": STRONG_CLASSIC.encode()}
    )
    page.get_by_role("button", name="Upload and review").click()
    page.wait_for_url("**/history/import/*")
    assert page.get_by_role("heading", level=1).inner_text() == "Check the exercise names"
    assert page.get_by_text("4 new sets in 1 workout").is_visible()
    deadlift = page.get_by_label("Deadlift (Barbell)")
    proposed = deadlift.input_value()
    options = deadlift.locator("option").evaluate_all("(all) => all.map((o) => o.value)")
    changed = next(value for value in options if value not in (proposed, "new"))
    deadlift.select_option(changed)
    page.screenshot(path="test-artifacts/import-review.png", full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_role("button", name="Import 4 sets").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Imported"
    assert "4 sets added" in page.get_by_role("status").inner_text()
    page.get_by_role("link", name="See your history").click()
    page.goto(live_server + f"/history?month={DAY:%Y-%m}")
    assert page.locator(f'a[href="/history/exercises/{changed}"]').first.is_visible()
    line = page.locator(f"#day-{DAY.isoformat()}").inner_text()
    assert "60" in line and "70" in line
