"""GET /api/v1/workout/today: the workout screen's bootstrap, holds as holds, sides, last time."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from tests.e2e.conftest import api_token, bearer

TODAY = "/api/v1/workout/today?exercise=bird-dog&exercise=deadlift"
INTAKE = {
    "age": 44,
    "experience": "novice",
    "goal": "strength",
    "equipment": ["home-dumbbells"],
    "days_per_week": 3,
    "minutes_per_session": 30,
    "pain": 2,
    "pain_duration": "chronic",
    "weeks": 8,
}


@pytest.fixture
def ada(client):
    return bearer(api_token(client, "ada@example.org"))


def log_set(client, headers, when: datetime, **values: object) -> None:
    body = {"id": str(uuid.uuid4()), "exercise_id": "deadlift", "performed_at": when.isoformat()}
    response = client.post("/api/v1/sets", json={**body, **values}, headers=headers)
    assert response.status_code == 201, response.text


def test_a_hold_exercise_is_planned_as_holds_left_then_right(client, ada):
    workout = client.get(TODAY, headers=ada).json()
    bird_dog = workout["exercises"][0]
    assert bird_dog["unilateral"] is True and len(bird_dog["sets"]) == 6
    assert [s["side"] for s in bird_dog["sets"][:2]] == ["left", "right"]
    first = bird_dog["sets"][0]
    assert (first["reps"], first["hold_seconds"]) == (4, 7.0)
    assert first["text"] == "4 holds of 7 s, left side"
    assert {"exercise_id": "quadruped-arm-reach", "name": "Quadruped arm reach"} in (
        bird_dog["easier"]
    )
    assert workout["step"] == {"exercise_index": 0, "set_index": 0}
    assert workout["done"] == [] and workout["finished"] is False


def test_last_time_and_todays_sets_come_back_and_move_the_next_set(client, ada):
    yesterday = datetime.now(UTC) - timedelta(days=2)
    log_set(client, ada, yesterday, reps=5, load={"value": 80, "unit": "kg"})
    log_set(
        client, ada, datetime.now(UTC), exercise_id="bird-dog", reps=4, hold_seconds=7, side="left"
    )
    workout = client.get(TODAY, headers=ada).json()
    deadlift = workout["exercises"][1]
    assert deadlift["last"]["reps"] == 5 and deadlift["last"]["load"] == {
        "value": 80.0,
        "unit": "kg",
    }
    assert len(workout["done"]) == 1 and workout["session_id"] is not None
    assert workout["step"] == {"exercise_index": 0, "set_index": 1}


def test_another_persons_sets_do_not_show_and_an_unknown_exercise_is_refused(client, ada):
    log_set(client, ada, datetime.now(UTC), exercise_id="bird-dog", reps=4, hold_seconds=7)
    bo = bearer(api_token(client, "bo@example.org"))
    theirs = client.get(TODAY, headers=bo).json()
    assert theirs["done"] == [] and theirs["session_id"] is None
    assert all(e["last"] is None for e in theirs["exercises"])
    unknown = client.get("/api/v1/workout/today?exercise=no-such-lift", headers=ada)
    assert unknown.status_code in (404, 422) and "no-such-lift" in unknown.text
    assert client.get(TODAY).status_code == 401


def test_a_chosen_session_of_the_program_is_walked_as_the_plan_shows_it(client, ada):
    assert client.post("/api/v1/programs", json=INTAKE, headers=ada).status_code == 201
    plan = client.get("/api/v1/programs/current", headers=ada).json()
    planned = plan["weeks"][1]["sessions"][1]["exercises"]
    walked = client.get("/api/v1/workout/today?session=week-2/session-2", headers=ada).json()
    assert walked["source"] == "program"
    assert [e["exercise_id"] for e in walked["exercises"]] == [e["exercise_id"] for e in planned]
    outside = client.get("/api/v1/workout/today?session=week-99/session-1", headers=ada)
    assert outside.status_code == 404
    bad = client.get("/api/v1/workout/today?session=week-x", headers=ada)
    assert bad.status_code == 422 and "session" in bad.text


def test_a_finished_workout_carries_its_summary_with_records(client, ada):
    one = "/api/v1/workout/today?exercise=deadlift"
    log_set(client, ada, datetime.now(UTC) - timedelta(days=3), reps=5, load={"value": 80})
    for _ in client.get(one, headers=ada).json()["exercises"][0]["sets"]:
        log_set(client, ada, datetime.now(UTC), reps=5, load={"value": 100, "unit": "kg"})
    workout = client.get(one, headers=ada).json()
    assert workout["finished"] is True and workout["step"] is None
    assert workout["summary"]["working_sets"] == 3
    assert any("Deadlift" in line for line in workout["summary"]["records"])


def test_a_finished_program_session_says_what_changes_next_time_as_the_plan_decides(client, ada):
    assert client.post("/api/v1/programs", json=INTAKE, headers=ada).status_code == 201
    today = client.get("/api/v1/workout/today", headers=ada).json()
    assert today["source"] == "program" and today["next_time"] == []
    now = datetime.now(UTC)
    for exercise in today["exercises"]:
        for planned in exercise["sets"]:
            done = {k: planned[k] for k in ("reps", "hold_seconds", "side")}
            log_set(
                client, ada, now, exercise_id=exercise["exercise_id"], load=planned["load"], **done
            )
    finished = client.get("/api/v1/workout/today", headers=ada).json()
    assert finished["finished"] is True
    upcoming = client.get("/api/v1/programs/current/today", headers=ada).json()
    shown = finished["next_time"]
    assert [n["exercise_id"] for n in shown] == [e["exercise_id"] for e in upcoming["exercises"]]
    assert all(n["change"] and n["what"] and n["reason"] and n["name"] for n in shown)
    assert {n["reason"] for n in shown} == {e["reason"] for e in upcoming["exercises"]}
