"""Personal programs over HTTP: the red-flag screen, a plan that round-trips, the next session
following the training log, and one person's plan never showing to another."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from backstrong.domain.accounts import User
from backstrong.domain.programs.red_flags import EMERGENCY_ADVICE, PROMPT_ADVICE
from backstrong.domain.programs.safety import DISCLAIMER
from backstrong.services.programs.mapping import plan_from_json, plan_to_json
from tests.e2e.conftest import api_token, bearer

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
PLAN_KEYS = {
    "id",
    "intake",
    "weeks",
    "daily_mobility",
    "warnings",
    "reviews",
    "education",
    "notes",
}


def _user(container, email: str) -> User:
    with container.uow() as uow:
        found = uow.users.by_email(email)
    assert found is not None
    return found


def test_a_red_flag_gives_advice_and_saves_no_plan(client, container):
    auth = bearer(api_token(client, "rosa@example.org"))
    body = {**INTAKE, "red_flags": ["saddle-numbness", "history-of-cancer"]}
    response = client.post("/api/v1/programs", json=body, headers=auth)
    assert response.status_code == 422
    data = response.json()
    assert data["red_flags"] == ["saddle-numbness", "history-of-cancer"]
    assert data["severity"] == "emergency"
    assert data["outcome"] == "emergency"
    assert data["advice"].startswith(EMERGENCY_ADVICE)
    assert "nerves at the bottom of the spine" in data["advice"]  # the cause, in its words
    assert data["disclaimer"] == DISCLAIMER
    assert client.get("/api/v1/programs/current", headers=auth).status_code == 404
    recorded = container.programs.screenings(_user(container, "rosa@example.org"))
    assert [(s.flags, s.severity) for s in recorded] == [
        (("saddle-numbness", "history-of-cancer"), "emergency")
    ]


def test_a_prompt_flag_advises_seeing_a_clinician_soon(client):
    auth = bearer(api_token(client, "sol@example.org"))
    body = {**INTAKE, "red_flags": ["unexplained-weight-loss"]}
    response = client.post("/api/v1/programs", json=body, headers=auth)
    assert response.status_code == 422
    assert response.json()["advice"].startswith(PROMPT_ADVICE)
    assert "weight loss" in response.json()["advice"].lower()
    assert response.json()["heading"] == "See a clinician soon"


def test_an_unknown_red_flag_is_a_field_error_listing_the_names(client):
    auth = bearer(api_token(client, "ivo@example.org"))
    response = client.post(
        "/api/v1/programs", json={**INTAKE, "red_flags": ["sore-toe"]}, headers=auth
    )
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "red_flags"]
    assert "saddle-numbness" in detail["msg"]


def test_a_plan_round_trips_and_carries_the_disclaimer(client):
    auth = bearer(api_token(client, "ada@example.org"))
    created = client.post("/api/v1/programs", json=INTAKE, headers=auth)
    assert created.status_code == 201, created.text
    current = client.get("/api/v1/programs/current", headers=auth)
    assert current.status_code == 200
    data = current.json()
    assert set(data) >= PLAN_KEYS
    assert data["disclaimer"] == DISCLAIMER
    assert data == created.json()
    plan = plan_from_json(data)
    stored = plan_to_json(plan)
    # The API names every intake answer; the stored intake leaves out later answers not given.
    unanswered = {"pregnancy_weeks": None, "weeks_since_birth": None}
    stored["intake"] = {**unanswered, "caesarean": False, "osteoporosis": False, **stored["intake"]}
    assert {k: v for k, v in data.items() if k in PLAN_KEYS} == stored
    assert len(plan.weeks) == 8 and all(len(w.sessions) == 3 for w in plan.weeks)
    assert [w.number for w in plan.weeks if w.deload] == [4, 8]


def test_bad_intake_is_a_422_naming_the_field(client):
    auth = bearer(api_token(client, "bo@example.org"))
    response = client.post("/api/v1/programs", json={**INTAKE, "days_per_week": 9}, headers=auth)
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "days_per_week"]
    assert "1–6" in detail["msg"]
    no_duration = {**INTAKE, "pain_duration": None}
    response = client.post("/api/v1/programs", json=no_duration, headers=auth)
    assert response.json()["detail"][0]["loc"] == ["body", "pain_duration"]


def test_a_new_plan_replaces_the_active_one(client):
    auth = bearer(api_token(client, "kim@example.org"))
    client.post("/api/v1/programs", json=INTAKE, headers=auth)
    second = client.post("/api/v1/programs", json={**INTAKE, "days_per_week": 2}, headers=auth)
    assert second.status_code == 201
    current = client.get("/api/v1/programs/current", headers=auth).json()
    assert current["intake"]["days_per_week"] == 2


def test_another_persons_plan_is_never_visible(client):
    ada = bearer(api_token(client, "ada@example.org"))
    eve = bearer(api_token(client, "eve@example.org"))
    mine = client.post("/api/v1/programs", json=INTAKE, headers=ada).json()
    assert client.get("/api/v1/programs/current", headers=eve).status_code == 404
    assert client.get("/api/v1/programs/current/today", headers=eve).status_code == 404
    assert client.get("/api/v1/programs/current/weeks/1/sessions/1", headers=eve).status_code == 404
    client.post("/api/v1/programs", json={**INTAKE, "weeks": 4, "days_per_week": 2}, headers=eve)
    assert client.get("/api/v1/programs/current", headers=ada).json() == mine


def test_programs_need_authentication(client):
    assert client.get("/api/v1/programs/current").status_code == 401
    assert client.post("/api/v1/programs", json=INTAKE).status_code == 401


def _log(client, auth, exercise_id: str, reps: int | None, hold: float | None) -> None:
    body = {
        "id": str(uuid.uuid4()),
        "exercise_id": exercise_id,
        "performed_at": datetime.now(UTC).isoformat(),
        "reps": reps,
        "hold_seconds": hold,
    }
    response = client.post("/api/v1/sets", json=body, headers=auth)
    assert response.status_code == 201, response.text


def test_todays_prescription_follows_the_logged_sets(client):
    auth = bearer(api_token(client, "lea@example.org"))
    client.post("/api/v1/programs", json=INTAKE, headers=auth)
    before = client.get("/api/v1/programs/current/today", headers=auth).json()
    assert (before["week"], before["index"]) == (1, 0)
    assert before["disclaimer"] == DISCLAIMER
    first = before["exercises"]
    for item in first:
        reps = None if item["reps"] is None else item["reps"][1]
        hold = None if item["hold_seconds"] is None else float(item["hold_seconds"][1])
        for _ in range(item["sets"]):
            _log(client, auth, item["exercise_id"], reps, hold)
    after = client.get("/api/v1/programs/current/today", headers=auth).json()
    assert (after["week"], after["index"]) == (1, 1), "one session done: the next one is up"
    again = client.get("/api/v1/programs/current/weeks/1/sessions/1", headers=auth).json()
    changes = {e["exercise_id"]: e["change"] for e in again["exercises"]}
    assert any(c != "start" for c in changes.values()), changes
    assert [e["change"] for e in first if e["change"] == "start"], "nothing logged before"


def test_a_session_outside_the_plan_is_a_404(client):
    auth = bearer(api_token(client, "max@example.org"))
    client.post("/api/v1/programs", json=INTAKE, headers=auth)
    for outside in ("weeks/9/sessions/1", "weeks/1/sessions/4"):
        response = client.get(f"/api/v1/programs/current/{outside}", headers=auth)
        assert response.status_code == 404


def test_the_red_flag_questions_are_listed(client):
    questions = client.get("/api/v1/programs/red-flags")
    assert questions.status_code == 200
    names = [q["name"] for q in questions.json()]
    assert "saddle-numbness" in names and len(names) == len(set(names))


def test_new_pain_at_61_counts_as_a_warning_sign_unless_the_person_says_it_does_not_apply(
    client,
):
    auth = bearer(api_token(client, "ines@example.org"))
    body = {**INTAKE, "age": 61, "pain_weeks": 3}
    flagged = client.post("/api/v1/programs", json=body, headers=auth)
    assert flagged.status_code == 422
    data = flagged.json()
    assert data["outcome"] == "see-clinician"
    assert [d["slug"] for d in data["derived"]] == ["new-pain-under-20-or-over-50"]
    assert "61" in data["derived"][0]["why"]
    set_aside = {**body, "not_applicable": ["new-pain-under-20-or-over-50"]}
    created = client.post("/api/v1/programs", json=set_aside, headers=auth)
    assert created.status_code == 201, created.text
    assert created.json()["intake"]["not_applicable"] == ["new-pain-under-20-or-over-50"]


def test_a_person_under_16_gets_advice_for_young_people_not_a_validation_error(client):
    auth = bearer(api_token(client, "kim@example.org"))
    response = client.post("/api/v1/programs", json={**INTAKE, "age": 14}, headers=auth)
    assert response.status_code == 422
    data = response.json()
    assert data["outcome"] == "young-person"
    assert data["heading"] == "This program is for adults"


def test_the_inflammatory_pattern_adds_a_review_to_the_plan_without_stopping_it(client):
    auth = bearer(api_token(client, "noor@example.org"))
    signs = [s["slug"] for s in client.get("/api/v1/programs/inflammatory-signs").json()]
    body = {**INTAKE, "age": 30, "pain_weeks": 40, "inflammatory_signs": signs[:4]}
    created = client.post("/api/v1/programs", json=body, headers=auth)
    assert created.status_code == 201, created.text
    reviews = created.json()["reviews"]
    assert reviews and "rheumatolog" in reviews[0]["advice"].lower()


def test_a_plan_carries_walking_notes_and_first_loads_from_the_calibration(client):
    auth = bearer(api_token(client, "omar@example.org"))
    calibration = [{"exercise_id": "goblet-squat", "value": 14, "unit": "kg"}]
    body = {**INTAKE, "calibration": calibration}
    created = client.post("/api/v1/programs", json=body, headers=auth).json()
    assert created["weeks"][0]["walking"]["minutes"] > 0
    notes = {n["id"] for n in client.get("/api/v1/programs/notes").json()}
    assert {e["note_id"] for e in created["education"]} <= notes
    assert created["intake"]["calibration"][0]["load"] == {"value": 14.0, "unit": "kg"}


def test_pregnancy_shapes_the_plan_with_a_review_and_is_kept_with_it(client):
    auth = bearer(api_token(client, "ines@example.org"))
    body = {**INTAKE, "age": 31, "pregnancy_weeks": 22}
    created = client.post("/api/v1/programs", json=body, headers=auth)
    assert created.status_code == 201, created.text
    plan = created.json()
    assert [r["slug"] for r in plan["reviews"]] == ["pregnancy"]
    assert "midwife" in plan["reviews"][0]["advice"]
    assert any("22 weeks pregnant" in n for n in plan["notes"])
    used = {e["exercise_id"] for w in plan["weeks"] for s in w["sessions"] for e in s["exercises"]}
    tags = {
        t["id"]: set(t["safety_tags"])
        for t in client.get("/api/v1/exercises", params={"limit": 200}).json()["items"]
    }
    assert not {i for i in used if tags[i] & {"lying-on-back", "lying-on-belly", "ballistic"}}
    kept = client.get("/api/v1/programs/current", headers=auth).json()["intake"]
    assert (kept["pregnancy_weeks"], kept["weeks_since_birth"], kept["osteoporosis"]) == (
        22,
        None,
        False,
    )


def test_a_caesarean_without_the_weeks_since_the_birth_is_a_422_naming_the_field(client):
    auth = bearer(api_token(client, "ada@example.org"))
    response = client.post("/api/v1/programs", json={**INTAKE, "caesarean": True}, headers=auth)
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "caesarean"]
    assert "weeks_since_birth" in detail["msg"]
    late = {**INTAKE, "weeks_since_birth": 60}
    response = client.post("/api/v1/programs", json=late, headers=auth)
    assert response.json()["detail"][0]["loc"] == ["body", "weeks_since_birth"]
    assert "0–52" in response.json()["detail"][0]["msg"]
