"""The guided workout walks the program's next session, and keeps it while today is logged."""

from __future__ import annotations

from markupsafe import escape

from tests.e2e.api.test_programs_api import INTAKE
from tests.e2e.conftest import PASSWORD, bearer, csrf_from, sign_up_in_browser


def _program(web, email: str) -> dict:
    sign_up_in_browser(web, email)
    token = web.post("/api/v1/tokens", json={"email": email, "password": PASSWORD}).json()["token"]
    created = web.post("/api/v1/programs", json=INTAKE, headers=bearer(token))
    assert created.status_code == 201, created.text
    today = web.get("/api/v1/programs/current/today", headers=bearer(token))
    return today.json()


def _name(web, exercise_id: str) -> str:
    return str(escape(web.get(f"/api/v1/exercises/{exercise_id}").json()["name"]))


def test_today_walks_the_programs_next_session(web):
    upcoming = _program(web, "pat@example.org")
    page = web.get("/today").text
    assert "From your program" in page
    for exercise in upcoming["exercises"]:
        assert _name(web, exercise["exercise_id"]) in page


def test_logging_today_keeps_the_same_session_on_screen(web):
    upcoming = _program(web, "sam@example.org")
    names = [e["exercise_id"] for e in upcoming["exercises"]]
    page = web.get("/today")
    entry = f"{names[0]} 1x5"
    logged = web.post("/today/log", data={"csrf_token": csrf_from(page.text), "entry": entry})
    assert logged.status_code == 200, logged.text
    again = web.get("/today").text
    assert "Logged today" in again
    assert "From your program" in again
    for exercise_id in names:
        assert _name(web, exercise_id) in again


def test_without_a_program_today_offers_the_last_session_or_a_list(web):
    sign_up_in_browser(web, "lou@example.org")
    assert "From your program" not in web.get("/today").text


def test_after_a_flare_up_today_says_why_the_session_is_careful(web):
    import uuid
    from datetime import UTC, datetime, timedelta

    upcoming = _program(web, "lou@example.org")
    token = web.post(
        "/api/v1/tokens", json={"email": "lou@example.org", "password": PASSWORD}
    ).json()["token"]
    yesterday = (datetime.now(UTC) - timedelta(days=1)).replace(microsecond=0)
    session = {"started_at": yesterday.isoformat(), "pain_before": 3, "pain_after": 8}
    made = web.post("/api/v1/sessions", json=session, headers=bearer(token))
    assert made.status_code == 201, made.text
    logged = {
        "id": str(uuid.uuid4()),
        "exercise_id": upcoming["exercises"][0]["exercise_id"],
        "performed_at": yesterday.isoformat(),
        "reps": 8,
        "session_id": made.json()["id"],
    }
    stored = web.post("/api/v1/sets", json=logged, headers=bearer(token))
    assert stored.status_code == 201, stored.text
    page = web.get("/today").text
    assert "today every exercise starts lighter, in a smaller range" in page
