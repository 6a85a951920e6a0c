"""The active plan's handout (PDF) and calendar (.ics) over the API: attachments of the caller's
own plan, a 404 without one, a 422 naming the field for a week outside the plan."""

from __future__ import annotations

from tests.e2e.api.test_programs_api import INTAKE
from tests.e2e.conftest import api_token, bearer


def _with_plan(client, email: str) -> dict[str, str]:
    auth = bearer(api_token(client, email))
    assert client.post("/api/v1/programs", json=INTAKE, headers=auth).status_code == 201
    return auth


def test_the_handout_is_a_pdf_attachment_of_the_asked_week(client):
    auth = _with_plan(client, "ada@example.org")
    response = client.get("/api/v1/programs/current/handout.pdf?week=2", headers=auth)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and "week-2.pdf" in disposition


def test_the_calendar_starts_on_the_asked_day(client):
    auth = _with_plan(client, "ada@example.org")
    response = client.get("/api/v1/programs/current/calendar.ics?start=2030-03-04", headers=auth)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    assert "attachment;" in response.headers["content-disposition"]
    assert b"BEGIN:VCALENDAR" in response.content
    assert b"DTSTART" in response.content and b"20300304" in response.content


def test_a_week_outside_the_plan_is_a_422_naming_week(client):
    auth = _with_plan(client, "ada@example.org")
    response = client.get("/api/v1/programs/current/handout.pdf?week=99", headers=auth)
    assert response.status_code == 422
    assert "week" in response.text


def test_a_bad_start_date_is_a_422_naming_start(client):
    auth = _with_plan(client, "ada@example.org")
    response = client.get("/api/v1/programs/current/calendar.ics?start=soon", headers=auth)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][-1] == "start"


def test_without_a_plan_both_files_are_404_and_another_persons_plan_is_not_used(client):
    _with_plan(client, "ada@example.org")
    eve = bearer(api_token(client, "eve@example.org"))
    assert client.get("/api/v1/programs/current/handout.pdf", headers=eve).status_code == 404
    assert client.get("/api/v1/programs/current/calendar.ics", headers=eve).status_code == 404


def test_the_files_are_in_the_openapi_document(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "application/pdf" in str(paths["/api/v1/programs/current/handout.pdf"])
    assert "text/calendar" in str(paths["/api/v1/programs/current/calendar.ics"])
