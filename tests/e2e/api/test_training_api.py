"""The training API over HTTP: idempotent sets, field errors, sessions, analytics, owners apart."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from tests.e2e.conftest import api_token, bearer

WHEN = datetime.now(UTC).replace(microsecond=0)


def a_set(**values: object) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "exercise_id": "deadlift",
        "performed_at": WHEN.isoformat(),
        "reps": 5,
        "load": {"value": 100, "unit": "kg"},
        "rpe": 8,
        **values,
    }


@pytest.fixture
def ada(client):
    return bearer(api_token(client, "ada@example.org"))


@pytest.fixture
def bo(client):
    return bearer(api_token(client, "bo@example.org"))


def test_a_set_is_created_once_and_a_repeat_answers_200_with_the_same_set(client, ada):
    body = a_set()
    first = client.post("/api/v1/sets", json=body, headers=ada)
    again = client.post("/api/v1/sets", json=body, headers=ada)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json() == again.json()
    assert first.json()["e1rm"] == {"value": 123.3, "unit": "kg"}  # RPE chart: 5 @ 8 → 81.1 %
    listed = client.get("/api/v1/sets", headers=ada).json()["items"]
    assert [s["id"] for s in listed] == [body["id"]]


def test_a_retry_without_a_time_is_still_a_repeat(client, ada):
    body = a_set()
    del body["performed_at"]
    assert client.post("/api/v1/sets", json=body, headers=ada).status_code == 201
    assert client.post("/api/v1/sets", json=body, headers=ada).status_code == 200


def test_the_same_id_with_other_values_is_a_409(client, ada):
    body = a_set()
    client.post("/api/v1/sets", json=body, headers=ada)
    conflict = client.post("/api/v1/sets", json={**body, "reps": 6}, headers=ada)
    assert conflict.status_code == 409
    assert "new id" in conflict.json()["detail"]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"reps": -1}, "reps"),
        ({"reps": 1001}, "reps"),
        ({"load": {"value": 1001, "unit": "kg"}}, "load"),
        ({"load": {"value": -5, "unit": "kg"}}, "load"),
        ({"rpe": 11}, "rpe"),
        ({"rpe": 0.5}, "rpe"),
        ({"pain": 11}, "pain"),
        ({"performed_at": (WHEN + timedelta(days=2)).isoformat()}, "performed_at"),
        ({"exercise_id": "bench-prses"}, "exercise_id"),
        ({"id": "not-a-uuid"}, "id"),
    ],
)
def test_bad_values_are_field_level_422s(client, ada, values, field):
    response = client.post("/api/v1/sets", json=a_set(**values), headers=ada)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", field]
    assert field.split("_")[0] in error["msg"]
    assert client.get("/api/v1/sets", headers=ada).json()["items"] == []


def test_sets_are_filtered_by_exercise(client, ada):
    client.post("/api/v1/sets", json=a_set(), headers=ada)
    client.post("/api/v1/sets", json=a_set(exercise_id="bridge", load=None, rpe=None), headers=ada)
    found = client.get("/api/v1/sets", params={"exercise_id": "bridge"}, headers=ada).json()[
        "items"
    ]
    assert [s["exercise_id"] for s in found] == ["bridge"]


def test_another_persons_set_and_session_are_404_and_untouched(client, ada, bo):
    created = client.post("/api/v1/sets", json=a_set(), headers=ada).json()
    set_url, session_url = (
        f"/api/v1/sets/{created['id']}",
        f"/api/v1/sessions/{created['session_id']}",
    )
    assert client.get(set_url, headers=bo).status_code == 404
    assert client.delete(set_url, headers=bo).status_code == 404
    assert client.get(session_url, headers=bo).status_code == 404
    assert client.patch(session_url, json={"notes": "mine"}, headers=bo).status_code == 404
    assert client.delete(session_url, headers=bo).status_code == 404
    assert client.get(set_url, headers=ada).status_code == 200
    assert client.get(session_url, headers=ada).json()["notes"] == ""
    assert client.get("/api/v1/sets", headers=bo).json()["items"] == []


def test_sessions_can_be_created_changed_read_with_sets_and_deleted(client, ada):
    session_id = str(uuid.uuid4())
    body = {"id": session_id, "started_at": WHEN.isoformat(), "program_session": "week-3/session-2"}
    assert client.post("/api/v1/sessions", json=body, headers=ada).status_code == 201
    client.post("/api/v1/sets", json=a_set(session_id=session_id), headers=ada)
    changed = client.patch(
        f"/api/v1/sessions/{session_id}", json={"pain_before": 3, "pain_after": 2}, headers=ada
    )
    assert (changed.status_code, changed.json()["pain_after"]) == (200, 2)
    bad = client.patch(f"/api/v1/sessions/{session_id}", json={"pain_after": 12}, headers=ada)
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "pain_after"]
    one = client.get(f"/api/v1/sessions/{session_id}", headers=ada).json()
    assert (one["program_session"], one["set_count"], len(one["sets"])) == (
        "week-3/session-2",
        1,
        1,
    )
    assert client.delete(f"/api/v1/sessions/{session_id}", headers=ada).status_code == 204
    assert client.get("/api/v1/sets", headers=ada).json()["items"] == []


def test_records_and_weekly_volume_come_from_the_logged_sets(client, ada):
    client.post("/api/v1/sets", json=a_set(reps=5, load={"value": 100, "unit": "kg"}), headers=ada)
    client.post("/api/v1/sets", json=a_set(reps=3, load={"value": 110, "unit": "kg"}), headers=ada)
    [deadlift] = client.get("/api/v1/records", headers=ada).json()
    assert deadlift["heaviest"]["load"] == {"value": 110.0, "unit": "kg"}
    volume = client.get("/api/v1/stats/volume", params={"weeks": 1}, headers=ada).json()
    hips = [w for w in volume["weeks"] if w["region"] == "hips"]
    assert hips and hips[0]["hard_sets"] == 2
    trend = client.get("/api/v1/stats/e1rm", params={"exercise_id": "deadlift"}, headers=ada)
    assert len(trend.json()["points"]) == 1


def test_a_quick_entry_logs_every_set_and_a_bad_one_points_at_the_problem(client, ada):
    made = client.post(
        "/api/v1/quick-entries", json={"text": "rdl 3x10 @ 40kg, 3x8 @ 50kg"}, headers=ada
    )
    assert made.status_code == 201 and len(made.json()) == 6
    bad = client.post("/api/v1/quick-entries", json={"text": "deadlift 3x"}, headers=ada)
    assert bad.status_code == 422 and "^" in bad.json()["detail"][0]["msg"]
    unclear = client.post("/api/v1/quick-entries", json={"text": "lunge 3x10"}, headers=ada)
    assert unclear.status_code == 422 and "send exercise_id" in unclear.json()["detail"][0]["msg"]


def test_a_quick_entry_sent_again_under_its_id_is_stored_once(client, ada):
    entry = {"id": "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b", "text": "side plank 2x20s each side"}
    first = client.post("/api/v1/quick-entries", json=entry, headers=ada)
    again = client.post("/api/v1/quick-entries", json=entry, headers=ada)
    assert first.status_code == 201 and again.status_code == 200
    assert [s["id"] for s in again.json()] == [s["id"] for s in first.json()]
    assert first.json()[0]["id"] == entry["id"] and len(first.json()) == 4
    assert len(client.get("/api/v1/sets", headers=ada).json()["items"]) == 4
    other = client.post(
        "/api/v1/quick-entries", json={**entry, "text": "deadlift 1x5@60kg"}, headers=ada
    )
    assert other.status_code == 409 and "id" in other.text
    bad_id = client.post("/api/v1/quick-entries", json={**entry, "id": "nope"}, headers=ada)
    assert bad_id.status_code == 422 and "nope" in bad_id.text
    assert len(client.get("/api/v1/sets", headers=ada).json()["items"]) == 4


def test_a_negative_rep_count_is_refused_with_a_caret_and_nothing_is_logged(client, ada):
    bad = client.post("/api/v1/quick-entries", json={"text": "deadlift 3x-5@60kg"}, headers=ada)
    assert bad.status_code == 422
    assert "deadlift 3x-5@60kg\n" in bad.json()["detail"][0]["msg"]
    assert "             ^" in bad.json()["detail"][0]["msg"]
    assert client.get("/api/v1/sets", headers=ada).json()["items"] == []


def test_the_api_needs_a_token(client):
    assert client.get("/api/v1/sets").status_code == 401
    assert client.post("/api/v1/sets", json=a_set()).status_code == 401


def test_sets_and_sessions_come_a_page_at_a_time_newest_first(client, ada, bo):
    start = (WHEN - timedelta(days=3)).replace(hour=10, minute=0)
    sent = [
        a_set(performed_at=(start + timedelta(days=day, minutes=i)).isoformat(), reps=day + 1)
        for day in range(3)
        for i in range(2)
    ]
    for body in sent:
        assert client.post("/api/v1/sets", json=body, headers=ada).status_code == 201
    first = client.get("/api/v1/sets", params={"limit": 4}, headers=ada).json()
    assert (first["total"], first["limit"], first["offset"]) == (None, 4, 0)
    assert [s["id"] for s in first["items"]] == [b["id"] for b in reversed(sent)][:4]
    rest = client.get(first["next"], headers=ada).json()
    assert [s["id"] for s in rest["items"]] == [sent[1]["id"], sent[0]["id"]]
    assert rest["next"] is None
    day = (start + timedelta(days=1)).date().isoformat()
    one_day = client.get("/api/v1/sets", params={"from": day, "to": day}, headers=ada).json()
    assert [s["reps"] for s in one_day["items"]] == [2, 2]
    sessions = client.get("/api/v1/sessions", params={"limit": 2}, headers=ada).json()
    assert sessions["total"] == 3 and [s["set_count"] for s in sessions["items"]] == [2, 2]
    assert sessions["items"][0]["started_at"] > sessions["items"][1]["started_at"]
    assert client.get("/api/v1/sessions", headers=bo).json()["total"] == 0
    assert client.get("/api/v1/sets", params={"limit": 500}, headers=ada).status_code == 422
