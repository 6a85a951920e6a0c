"""Barcode look-ups over HTTP: Open Food Facts through a fake (never the network), a shared
cache, attribution on every product, and diary entries that stay their owner's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.e2e.conftest import api_token, bearer
from tests.fakes_open_food_facts import CRISPBREAD, OAT_BAR, FakeOpenFoodFacts, put_behind

ATTRIBUTION = "Data from Open Food Facts, ODbL"


@pytest.fixture
def off(container, monkeypatch):
    fake = FakeOpenFoodFacts()
    put_behind(container, fake, monkeypatch)
    return fake


def test_a_barcode_is_looked_up_once_and_then_served_from_the_cache(client, off):
    headers = bearer(api_token(client, "ana@example.org"))
    first = client.get(f"/api/v1/foods/barcode/{OAT_BAR}", headers=headers)
    assert first.status_code == 200, first.text
    product = first.json()
    assert product["name"] == "Oat bar" and product["brand"] == "Hafer & Co"
    assert product["kcal_per_100g"] == 420 and product["serving"] == {"grams": 40}
    assert product["attribution"] == ATTRIBUTION
    assert product["licence"] == "ODbL 1.0 (database), DbCL (contents)"
    assert product["source"] == "open-food-facts" and product["from_cache"] is False
    off.online = False
    other = bearer(api_token(client, "bo@example.org"))
    again = client.get(f"/api/v1/foods/barcode/{OAT_BAR}", headers=other)
    assert again.status_code == 200 and again.json()["from_cache"] is True
    assert off.asked == [OAT_BAR]


def test_a_look_up_needs_a_token(client, off):
    assert client.get(f"/api/v1/foods/barcode/{OAT_BAR}").status_code == 401
    assert off.asked == []


def test_a_bad_barcode_is_a_422_on_the_code(client, off):
    headers = bearer(api_token(client, "ana@example.org"))
    response = client.get("/api/v1/foods/barcode/12345", headers=headers)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["path", "code"]
    assert error["msg"].startswith("barcode '12345': 5 digits; give the 8 to 14 digits")


def test_unknown_is_a_404_and_offline_a_503_with_a_plain_message(client, off):
    headers = bearer(api_token(client, "ana@example.org"))
    unknown = client.get("/api/v1/foods/barcode/4006381333931", headers=headers)
    assert unknown.status_code == 404
    assert "not found in Open Food Facts" in unknown.json()["detail"]
    off.online = False
    offline = client.get(f"/api/v1/foods/barcode/{CRISPBREAD}", headers=headers)
    assert offline.status_code == 503
    assert "could not be reached (no connection)" in offline.json()["detail"]


def test_a_product_is_logged_by_barcode_to_its_owners_diary_only(client, off):
    owner = bearer(api_token(client, "ana@example.org"))
    created = client.post(
        "/api/v1/diary", json={"barcode": CRISPBREAD, "grams": 25, "meal": "lunch"}, headers=owner
    )
    assert created.status_code == 201, created.text
    entry = created.json()
    assert entry["food_id"] == f"off:{CRISPBREAD}" and entry["grams"] == 25
    assert entry["kcal"] == 88 and entry["attribution"] == ATTRIBUTION
    one_serving = client.post("/api/v1/diary", json={"barcode": OAT_BAR}, headers=owner).json()
    assert one_serving["grams"] == 40 and one_serving["portion"] == "1 serving (40 g)"
    stranger = bearer(api_token(client, "eve@example.org"))
    assert client.get(f"/api/v1/diary/{entry['id']}", headers=stranger).status_code == 404
    assert client.delete(f"/api/v1/diary/{entry['id']}", headers=stranger).status_code == 404
    assert client.get("/api/v1/diary", headers=stranger).json()["items"] == []
    today = client.get("/api/v1/diary", params={"date": date.today().isoformat()}, headers=owner)
    assert len(today.json()["items"]) == 2


def test_logging_by_barcode_explains_what_is_missing(client, off):
    headers = bearer(api_token(client, "ana@example.org"))
    off.online = False
    offline = client.post("/api/v1/diary", json={"barcode": OAT_BAR}, headers=headers)
    assert offline.status_code == 503
    off.online = True
    no_serving = client.post("/api/v1/diary", json={"barcode": CRISPBREAD}, headers=headers)
    assert no_serving.status_code == 422
    assert no_serving.json()["detail"][0]["loc"] == ["body", "grams"]
    spoons = client.post(
        "/api/v1/diary", json={"barcode": OAT_BAR, "text": "2 spoons"}, headers=headers
    )
    assert spoons.status_code == 422 and spoons.json()["detail"][0]["loc"] == ["body", "text"]
    nothing = client.post("/api/v1/diary", json={"meal": "lunch"}, headers=headers)
    assert nothing.status_code == 422 and nothing.json()["detail"][0]["loc"] == ["body", "text"]
    assert client.get("/api/v1/diary", headers=headers).json()["items"] == []
