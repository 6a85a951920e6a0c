"""The person's settings over the API: GET and PATCH /api/v1/me, on SQLite and PostgreSQL."""

from __future__ import annotations

from tests.e2e.conftest import api_token, bearer


def test_me_shows_no_time_zone_until_one_is_set(client):
    token = api_token(client, "tia@example.org")
    me = client.get("/api/v1/me", headers=bearer(token)).json()
    assert me["time_zone"] is None and me["unit"] == "kg"


def test_patching_me_sets_the_time_zone_and_unit_and_me_shows_them_at_once(client):
    token = api_token(client, "uma@example.org")
    changed = client.patch(
        "/api/v1/me", json={"time_zone": "America/Chicago", "unit": "lb"}, headers=bearer(token)
    )
    assert changed.status_code == 200
    assert changed.json()["time_zone"] == "America/Chicago"
    me = client.get("/api/v1/me", headers=bearer(token)).json()
    assert (me["time_zone"], me["unit"]) == ("America/Chicago", "lb")


def test_a_field_left_out_of_the_patch_stays_as_it_was(client):
    token = api_token(client, "val@example.org")
    client.patch("/api/v1/me", json={"time_zone": "Asia/Tokyo"}, headers=bearer(token))
    after = client.patch("/api/v1/me", json={"unit": "lb"}, headers=bearer(token)).json()
    assert (after["time_zone"], after["unit"]) == ("Asia/Tokyo", "lb")


def test_an_unknown_time_zone_is_a_422_naming_the_field_and_value(client):
    token = api_token(client, "wes@example.org")
    response = client.patch("/api/v1/me", json={"time_zone": "Moon/Base"}, headers=bearer(token))
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "time_zone"]
    assert "Moon/Base" in detail["msg"] and detail["input"] == "Moon/Base"
    assert client.get("/api/v1/me", headers=bearer(token)).json()["time_zone"] is None


def test_a_bad_unit_is_refused_and_nothing_is_changed(client):
    token = api_token(client, "xia@example.org")
    body = {"unit": "stone", "time_zone": "Europe/Paris"}
    response = client.patch("/api/v1/me", json=body, headers=bearer(token))
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "unit"]
    assert client.get("/api/v1/me", headers=bearer(token)).json()["time_zone"] is None


def test_patching_me_needs_a_token(client):
    assert client.patch("/api/v1/me", json={"time_zone": "UTC"}).status_code == 401
