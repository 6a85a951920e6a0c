"""The offline warm-up list over HTTP: the active plan's sessions and exercises, only the
caller's, and weigh-ins that a phone may send twice."""

from __future__ import annotations

from tests.e2e.api.test_programs_api import INTAKE
from tests.e2e.conftest import api_token, bearer


def test_without_a_plan_the_list_holds_the_fixed_pages_only(client):
    auth = bearer(api_token(client, "olga@example.org"))
    data = client.get("/api/v1/offline/urls", headers=auth).json()
    assert data["pages"][:3] == ["/today", "/history", "/program"]
    assert "/offline" in data["pages"]
    assert data["pictures"] == []


def test_the_list_follows_the_active_plan(client):
    auth = bearer(api_token(client, "otto@example.org"))
    plan = client.post("/api/v1/programs", json=INTAKE, headers=auth).json()
    data = client.get("/api/v1/offline/urls", headers=auth).json()
    sessions = [p for p in data["pages"] if p.startswith("/program/week/")]
    expected = sum(len(w["sessions"]) for w in plan["weeks"])
    assert len(sessions) == expected
    assert sessions[0] == "/program/week/1/session/1"
    exercises = {
        e["exercise_id"] for w in plan["weeks"] for s in w["sessions"] for e in s["exercises"]
    }
    pages = set(data["pages"])
    assert all(f"/exercises/{e}" in pages for e in exercises)
    assert all(f"/api/v1/exercises/{e}/figure.svg" in data["pictures"] for e in exercises)
    for url in [sessions[0], data["pictures"][0]]:
        assert client.get(url, headers=auth).status_code == 200, url


def test_each_person_gets_their_own_list(client):
    mine = bearer(api_token(client, "ola@example.org"))
    theirs = bearer(api_token(client, "oskar@example.org"))
    client.post("/api/v1/programs", json=INTAKE, headers=mine)
    assert client.get("/api/v1/offline/urls", headers=theirs).json()["pictures"] == []
    assert client.get("/api/v1/offline/urls").status_code == 401


def test_the_same_weigh_in_sent_twice_is_stored_once(client):
    auth = bearer(api_token(client, "wanda@example.org"))
    body = {
        "weight": "81.2 kg",
        "measured_at": "2026-03-02T07:15:00+01:00",
        "girths": {"waist": 84},
    }
    first = client.post("/api/v1/weights", json=body, headers=auth)
    again = client.post("/api/v1/weights", json=body, headers=auth)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    other = client.post("/api/v1/weights", json={**body, "weight": "81.4 kg"}, headers=auth)
    assert other.status_code == 201
    assert len(client.get("/api/v1/weights", headers=auth).json()["items"]) == 2
