"""The diary page: a packaged food added by its typed barcode (fake Open Food Facts, no network),
credited to Open Food Facts, and the day's training energy."""

from __future__ import annotations

import re
import uuid
from datetime import datetime

import pytest

from tests.e2e.conftest import PASSWORD, bearer, csrf_from, sign_up_in_browser
from tests.fakes_open_food_facts import CRISPBREAD, OAT_BAR, FakeOpenFoodFacts, put_behind

ATTRIBUTION = "Data from Open Food Facts, ODbL"


@pytest.fixture
def off(sqlite_container, monkeypatch):
    fake = FakeOpenFoodFacts()
    put_behind(sqlite_container, fake, monkeypatch)
    return fake


def _error_beside(html: str, field_id: str) -> str:
    match = re.search(rf'id="{field_id}"[^>]*>([^<]*)<', html)
    assert match, f"no error beside {field_id}"
    return match.group(1).replace("&#39;", "'")


def test_a_typed_barcode_logs_the_product_with_an_amount_and_credits_open_food_facts(web, off):
    sign_up_in_browser(web, "kim@example.org")
    page = web.get("/nutrition")
    assert 'name="barcode"' in page.text and 'inputmode="numeric"' in page.text
    added = web.post(
        "/nutrition/barcode",
        data={
            "barcode": OAT_BAR,
            "grams": "",
            "meal": "snacks",
            "csrf_token": csrf_from(page.text),
        },
    )
    assert added.status_code == 200  # followed the redirect back to the diary
    assert "Oat bar (Hafer &amp; Co)" in added.text and "1 serving (40 g)" in added.text
    assert ATTRIBUTION in added.text
    assert f"https://world.openfoodfacts.org/product/{OAT_BAR}" in added.text
    weighed = web.post(
        "/nutrition/barcode",
        data={"barcode": CRISPBREAD, "grams": "25", "meal": "lunch",
              "csrf_token": csrf_from(added.text)},
    )  # fmt: skip
    assert "Rye crispbread" in weighed.text and "25 g" in weighed.text


def test_barcode_problems_are_shown_beside_the_field_with_the_values_kept(web, off):
    sign_up_in_browser(web, "kim@example.org")
    token = csrf_from(web.get("/nutrition").text)
    bad = web.post("/nutrition/barcode", data={"barcode": "12ab", "csrf_token": token})
    assert bad.status_code == 422
    assert _error_beside(bad.text, "e-barcode").startswith("barcode '12ab': digits only")
    assert 'value="12ab"' in bad.text
    no_serving = web.post("/nutrition/barcode", data={"barcode": CRISPBREAD, "csrf_token": token})
    assert no_serving.status_code == 422
    assert "give the grams you ate" in _error_beside(no_serving.text, "e-grams")
    off.online = False
    offline = web.post("/nutrition/barcode", data={"barcode": OAT_BAR, "csrf_token": token})
    assert offline.status_code == 422
    assert "could not be reached" in _error_beside(offline.text, "e-barcode")
    assert "Nothing logged." in offline.text


def test_the_diary_page_shows_the_days_training_energy(web):
    sign_up_in_browser(web, "kim@example.org")
    token = csrf_from(web.get("/nutrition").text)
    web.post("/body/weights", data={"weight": "80 kg", "csrf_token": token})
    issued = web.post("/api/v1/tokens", json={"email": "kim@example.org", "password": PASSWORD})
    headers = bearer(issued.json()["token"])
    now = datetime.now().astimezone().replace(microsecond=0).isoformat()  # today, here
    for _ in range(3):
        one = {"id": str(uuid.uuid4()), "exercise_id": "bridge", "performed_at": now, "reps": 10}
        assert web.post("/api/v1/sets", json=one, headers=headers).status_code == 201
    page = web.get("/nutrition").text
    assert 'id="training"' in page
    assert "4 min estimated from 3 sets · Glute bridge" in page
    assert '16<span class="net">12 net</span>' in page  # 3.5 MET × 80 kg × 3.5 min
    assert "turn that on" in page
