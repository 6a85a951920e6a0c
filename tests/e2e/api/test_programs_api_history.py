"""Every plan a person built, over HTTP: listed (the active one first), read one by one, made
active again, and never another person's."""

from __future__ import annotations

from tests.e2e.conftest import api_token, bearer

INTAKE = {
    "age": 44,
    "experience": "novice",
    "goal": "strength",
    "equipment": ["home-dumbbells"],
    "days_per_week": 3,
    "minutes_per_session": 30,
    "weeks": 8,
}


def _two_plans(client, auth) -> tuple[dict, dict]:
    first = client.post("/api/v1/programs", json=INTAKE, headers=auth).json()
    second = client.post(
        "/api/v1/programs", json={**INTAKE, "days_per_week": 2, "goal": "mobility"}, headers=auth
    ).json()
    return first, second


def test_plans_are_listed_active_first_with_a_summary(client):
    auth = bearer(api_token(client, "ada@example.org"))
    first, second = _two_plans(client, auth)
    listed = client.get("/api/v1/programs", headers=auth)
    assert listed.status_code == 200
    data = listed.json()["items"]
    assert [(p["program_id"], p["active"]) for p in data] == [
        (second["program_id"], True),
        (first["program_id"], False),
    ]
    assert data[0]["intake"]["goal"] == "mobility"
    assert data[0]["summary"].startswith("8 weeks · 2 days a week, about 30 min")
    assert data[1]["plan_id"] == first["id"]


def test_an_old_plan_reads_back_and_becomes_active_again(client):
    auth = bearer(api_token(client, "ada@example.org"))
    first, _ = _two_plans(client, auth)
    old = client.get(f"/api/v1/programs/{first['program_id']}", headers=auth).json()
    assert old["active"] is False and old["weeks"] == first["weeks"]
    used = client.post(f"/api/v1/programs/{first['program_id']}/activate", headers=auth)
    assert used.status_code == 200
    assert used.json()["active"] is True
    assert used.json()["started_at"] > used.json()["created_at"]
    current = client.get("/api/v1/programs/current", headers=auth).json()
    assert current["program_id"] == first["program_id"]
    today = client.get("/api/v1/programs/current/today", headers=auth).json()
    assert (today["week"], today["index"]) == (1, 0)


def test_another_persons_plans_are_never_listed_read_or_used(client):
    ada = bearer(api_token(client, "ada@example.org"))
    eve = bearer(api_token(client, "eve@example.org"))
    first, second = _two_plans(client, ada)
    assert client.get("/api/v1/programs", headers=eve).json()["items"] == []
    for plan in (first, second):
        url = f"/api/v1/programs/{plan['program_id']}"
        assert client.get(url, headers=eve).status_code == 404
        assert client.post(f"{url}/activate", headers=eve).status_code == 404
    assert client.get("/api/v1/programs/current", headers=eve).status_code == 404
    current = client.get("/api/v1/programs/current", headers=ada).json()
    assert current["program_id"] == second["program_id"]


def test_the_list_needs_authentication(client):
    assert client.get("/api/v1/programs").status_code == 401
    assert client.post("/api/v1/programs/1/activate").status_code == 401
