"""Training energy over HTTP: sessions and sets logged through the training API, their energy on
the day's diary summary, and in the budget only when the profile says so."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from tests.e2e.conftest import api_token, bearer

DAY = date.today() - timedelta(days=3)
START = datetime.combine(DAY, time(18, 0), tzinfo=UTC)
PROFILE = {"sex": "male", "age": 40, "height": "180 cm", "activity": "light"}


def _person(client, email: str = "ana@example.org", weight: str | None = "80 kg"):
    headers = bearer(api_token(client, email))
    assert client.put("/api/v1/nutrition/profile", json=PROFILE, headers=headers).status_code == 200
    if weight is not None:
        weigh_in = {"weight": weight, "date": (DAY - timedelta(days=1)).isoformat()}
        assert client.post("/api/v1/weights", json=weigh_in, headers=headers).status_code == 201
    return headers


def _deadlifts(client, headers, minutes: int | None = 45, apart: int = 5) -> None:
    """A session of three sets of five deadlifts (MET 5.0, rest 150 s), timed or not, its sets
    logged ``apart`` minutes apart."""
    session = {"started_at": START.isoformat(), "title": "Pull day"}
    if minutes is not None:
        session["ended_at"] = (START + timedelta(minutes=minutes)).isoformat()
    created = client.post("/api/v1/sessions", json=session, headers=headers)
    assert created.status_code == 201, created.text
    for i in range(3):
        one = {
            "id": str(uuid.uuid4()),
            "exercise_id": "deadlift",
            "session_id": created.json()["id"],
            "performed_at": (START + timedelta(minutes=apart * i)).isoformat(),
            "reps": 5,
            "load": {"value": 100, "unit": "kg"},
        }
        assert client.post("/api/v1/sets", json=one, headers=headers).status_code == 201


def _day(client, headers) -> dict:
    response = client.get(f"/api/v1/diary/days/{DAY.isoformat()}", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_timed_session_shows_its_energy_without_touching_the_budget(client):
    headers = _person(client)
    before = _day(client, headers)["target_kcal"]
    _deadlifts(client, headers, minutes=45)
    day = _day(client, headers)
    training = day["training_kcal"]
    assert (training["gross"], training["net"]) == (300, 240)  # 5 MET × 80 kg × 0.75 h
    assert training["added_to_budget"] is False and training["added_kcal"] == 0
    [session] = training["sessions"]
    assert session["title"] == "Pull day" and session["duration_from"] == "clock"
    assert session["minutes"] == 45 and session["exercises"][0]["met"] == 5.0
    assert day["target_kcal"] == before


def test_switched_on_the_net_energy_raises_the_target_and_what_remains(client):
    headers = _person(client)
    _deadlifts(client, headers)
    plain = _day(client, headers)
    switched = {"add_training_energy": True}
    assert (
        client.put("/api/v1/nutrition/profile", json=switched, headers=headers).status_code == 200
    )
    day = _day(client, headers)
    assert day["training_kcal"]["added_to_budget"] is True
    assert day["target_kcal"] == plain["target_kcal"] + 240
    assert day["remaining_kcal"] == plain["remaining_kcal"] + 240


def test_sets_typed_in_one_go_are_timed_by_the_sets_themselves(client):
    headers = _person(client)
    _deadlifts(client, headers, minutes=None, apart=0)
    training = _day(client, headers)["training_kcal"]
    [session] = training["sessions"]
    assert session["duration_from"] == "sets"
    assert session["minutes"] == 5.8  # 3 × 5 reps × 3 s + 2 × 150 s of rest = 5.75 min
    assert (training["gross"], training["net"]) == (38, 31)


def test_without_a_weigh_in_the_energy_is_left_out_with_a_note(client):
    headers = _person(client, weight=None)
    _deadlifts(client, headers)
    training = _day(client, headers)["training_kcal"]
    assert training["net"] == 0 and len(training["sessions"]) == 1
    assert training["sessions"][0]["net_kcal"] is None
    assert training["note"].startswith("weight: log a weigh-in")


def test_another_persons_training_never_counts_for_you(client):
    _deadlifts(client, _person(client))
    mine = _person(client, "bo@example.org")
    assert _day(client, mine)["training_kcal"]["sessions"] == []
