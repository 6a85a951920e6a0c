"""Body weight over HTTP: an open projection; weigh-ins that belong to their owner."""

from __future__ import annotations

from datetime import date, timedelta

from tests.e2e.conftest import api_token, bearer

PERSON = {"sex": "male", "age": 40, "height": 180, "weight": 95, "activity": "light"}


def test_the_projection_needs_no_account_and_has_a_row_per_day(client):
    response = client.post(
        "/api/v1/weight/projection", json={**PERSON, "intake_change": -500, "days": 60}
    )
    assert response.status_code == 200
    data = response.json()
    assert [row["day"] for row in data["trajectory"]] == list(range(61))
    assert len(data["rule_3500"]) == 61
    assert data["trajectory"][-1]["weight_kg"] > data["rule_3500"][-1]["weight_kg"]


def test_bad_projection_input_is_a_field_level_422(client):
    both = client.post(
        "/api/v1/weight/projection", json={**PERSON, "pal": 1.6, "intake_change": -1}
    )
    assert both.status_code == 422 and both.json()["detail"][0]["loc"] == ["body", "pal"]
    tall = client.post(
        "/api/v1/weight/projection", json={**PERSON, "height": "5 ft 14 in", "intake_change": -500}
    )
    assert tall.json()["detail"][0]["msg"] == "height '5 ft 14 in': inches must be below 12"
    neither = client.post("/api/v1/weight/projection", json=PERSON)
    assert neither.json()["detail"][0]["loc"] == ["body", "intake_change"]


def test_the_goal_plan_reaches_the_goal_weight(client):
    by = (date.today() + timedelta(days=200)).isoformat()
    data = client.post(
        "/api/v1/weight/plan", json={**PERSON, "goal_weight": "88 kg", "by": by}
    ).json()
    assert data["reachable"] is True and abs(data["weight_on_day_kg"] - 88) < 0.1


def test_weigh_ins_are_logged_listed_corrected_and_deleted(client):
    headers = bearer(api_token(client, "ana@example.org"))
    created = client.post(
        "/api/v1/weights",
        json={
            "weight": "179 lb",
            "date": "2026-01-05",
            "body_fat_percent": 20,
            "girths": {"waist": "33 in"},
        },
        headers=headers,
    )
    assert created.status_code == 201
    entry = created.json()
    assert abs(entry["weight_kg"] - 81.19) < 0.01 and entry["girths"] == {"waist": 83.8}
    assert [w["id"] for w in client.get("/api/v1/weights", headers=headers).json()["items"]] == [
        entry["id"]
    ]
    fixed = client.put(f"/api/v1/weights/{entry['id']}", json={"weight": 80.5}, headers=headers)
    assert fixed.json()["weight_kg"] == 80.5
    assert client.delete(f"/api/v1/weights/{entry['id']}", headers=headers).status_code == 204
    assert client.get("/api/v1/weights", headers=headers).json()["items"] == []


def test_a_bad_weigh_in_is_a_field_level_422(client):
    headers = bearer(api_token(client, "ana@example.org"))
    response = client.post("/api/v1/weights", json={"weight": "5 ft"}, headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "weight"]
    naive = client.post(
        "/api/v1/weights",
        json={"weight": 80, "measured_at": "2026-01-05T07:00:00"},
        headers=headers,
    )
    assert naive.status_code == 422


def test_another_person_cannot_read_change_or_delete_your_weigh_ins(client):
    owner = bearer(api_token(client, "ana@example.org"))
    entry = client.post("/api/v1/weights", json={"weight": 80}, headers=owner).json()
    stranger = bearer(api_token(client, "eve@example.org"))
    assert client.get(f"/api/v1/weights/{entry['id']}", headers=stranger).status_code == 404
    assert (
        client.put(
            f"/api/v1/weights/{entry['id']}", json={"weight": 50}, headers=stranger
        ).status_code
        == 404
    )
    assert client.delete(f"/api/v1/weights/{entry['id']}", headers=stranger).status_code == 404
    assert client.get("/api/v1/weights", headers=stranger).json()["items"] == []
    assert client.get("/api/v1/body/trend", headers=stranger).json()["points"] == []
    assert client.get(f"/api/v1/weights/{entry['id']}", headers=owner).json()["weight_kg"] == 80


def test_trend_and_expenditure_come_from_your_own_log(client):
    headers = bearer(api_token(client, "ana@example.org"))
    assert client.get("/api/v1/body/expenditure", headers=headers).status_code == 409
    client.put(
        "/api/v1/nutrition/profile",
        json={"sex": "female", "age": 30, "height": 165, "activity": "light"},
        headers=headers,
    )
    start = date.today() - timedelta(days=10)
    for offset in range(10):
        day = (start + timedelta(days=offset)).isoformat()
        client.post(
            "/api/v1/weights", json={"weight": 70 - 0.05 * offset, "date": day}, headers=headers
        )
        client.post(
            "/api/v1/diary", json={"text": "500 g cooked rice", "date": day}, headers=headers
        )
    trend = client.get("/api/v1/body/trend", headers=headers).json()
    assert len(trend["points"]) == 10 and trend["weekly_rate_kg"] < 0
    spent = client.get("/api/v1/body/expenditure", headers=headers).json()
    assert spent["days_used"] == 10 and spent["learnt"] is True
    assert spent["expenditure_kcal"] > 0 and spent["sd_kcal"] > 0
    assert spent["suggestion"] is not None
