"""The program wizard and pages as a person uses them: safety questions first, then the intake,
then the plan and its sessions."""

from __future__ import annotations

import re

from backstrong.domain.programs.red_flags import EMERGENCY_ADVICE, PROMPT_ADVICE, RED_FLAGS
from backstrong.domain.programs.safety import DISCLAIMER
from tests.e2e.conftest import csrf_from, sign_up_in_browser

ALL_NO = {f"rf-{flag.slug}": "no" for flag in RED_FLAGS}
INTAKE = {
    "age": "50",
    "experience": "intermediate",
    "goal": "strength",
    "days_per_week": "2",
    "minutes_per_session": "40",
    "equipment": "home-dumbbells",
    "eq-kettlebell": "on",
    "pain": "0",
    "weeks": "8",
    "sens-rotation": "on",
}


def _token(web, path: str = "/program/new") -> str:
    return csrf_from(web.get(path).text)


def _build(web, **changes: str):
    form = {**ALL_NO, **INTAKE, **changes, "csrf_token": _token(web)}
    return web.post("/program/new", data=form, follow_redirects=False)


def test_pages_need_a_login(web):
    response = web.get("/program/new", follow_redirects=False)
    assert response.status_code == 303
    assert "/login" in response.headers["location"]


def test_without_a_plan_the_program_page_offers_to_start_one(web):
    sign_up_in_browser(web, "ana@example.org")
    page = web.get("/program")
    assert page.status_code == 200
    assert 'href="/program/new"' in page.text and "Start a new plan" in page.text
    assert "still being built" not in page.text


def test_the_screen_asks_every_question_and_says_we_coach(web):
    sign_up_in_browser(web, "ana@example.org")
    page = web.get("/program/new").text
    for flag in RED_FLAGS:
        assert f'name="rf-{flag.slug}" value="yes"' in page
        assert f'name="rf-{flag.slug}" value="no"' in page
    assert DISCLAIMER in page


def test_unanswered_questions_are_marked_and_answers_kept(web):
    sign_up_in_browser(web, "ana@example.org")
    first = RED_FLAGS[0].slug
    form = {f"rf-{first}": "no", "csrf_token": _token(web)}
    response = web.post("/program/new/screen", data=form)
    assert response.status_code == 422
    assert response.text.count("Answer yes or no.") == len(RED_FLAGS) - 1
    assert f'name="rf-{first}" value="no" checked' in response.text


def test_an_emergency_sign_shows_the_advice_and_records_it(web, sqlite_container):
    sign_up_in_browser(web, "ana@example.org")
    form = {**ALL_NO, "rf-bladder-bowel-change": "yes", "csrf_token": _token(web)}
    response = web.post("/program/new/screen", data=form)
    assert response.status_code == 200
    assert 'role="alert"' in response.text
    assert "Get emergency care now" in response.text
    assert EMERGENCY_ADVICE in response.text
    assert "call your local emergency number" in response.text
    with sqlite_container.uow() as uow:
        user = uow.users.by_email("ana@example.org")
        recorded = uow.red_flag_screenings.list_for(user.id)
        assert uow.programs.active(user.id) is None
    assert [s.flags for s in recorded] == [("bladder-bowel-change",)]


def test_a_prompt_sign_advises_a_clinician_soon(web):
    sign_up_in_browser(web, "ana@example.org")
    form = {**ALL_NO, "rf-history-of-cancer": "yes", "csrf_token": _token(web)}
    response = web.post("/program/new/screen", data=form)
    assert "See a clinician soon" in response.text
    assert PROMPT_ADVICE in response.text


def test_a_clear_screen_leads_to_the_intake_form(web):
    sign_up_in_browser(web, "ana@example.org")
    response = web.post("/program/new/screen", data={**ALL_NO, "csrf_token": _token(web)})
    assert response.status_code == 200
    assert 'action="/program/new"' in response.text
    assert 'name="rf-saddle-numbness" value="no"' in response.text
    assert 'name="age"' in response.text


def test_the_screen_cannot_be_skipped(web):
    sign_up_in_browser(web, "ana@example.org")
    form = {**INTAKE, "csrf_token": _token(web)}
    response = web.post("/program/new", data=form, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/program/new"
    assert "Week 1, session" not in web.get("/program").text


def test_intake_errors_sit_beside_their_fields_with_values_kept(web):
    sign_up_in_browser(web, "ana@example.org")
    response = _build(web, age="", days_per_week="9", pain="5", minutes_per_session="45")
    assert response.status_code == 422
    text = response.text
    age_error = r'id="e-age"[^>]*>Age: enter your age in years, a whole number up to 100'
    assert re.search(age_error, text)
    assert re.search(r'id="e-days_per_week"[^>]*>Days a week &#39;9&#39;', text)
    assert 'id="e-pain_duration"' in text
    assert 'name="minutes_per_session" type="text" value="45"' in text
    assert 'name="eq-kettlebell" checked' in text
    assert 'name="sens-rotation" checked' in text


def test_the_form_needs_its_csrf_token(web):
    sign_up_in_browser(web, "ana@example.org")
    response = web.post("/program/new", data={**ALL_NO, **INTAKE})
    assert response.status_code == 403


def test_a_plan_is_built_and_shown_with_weeks_phases_and_deloads(web):
    sign_up_in_browser(web, "ana@example.org")
    response = _build(web)
    assert response.status_code == 303
    assert response.headers["location"] == "/program?new=1"
    page = web.get("/program?new=1").text
    assert "Your plan is ready" in page
    assert page.count('class="week ') == 8
    assert "Deload week" in page and "Strength phase" in page
    assert page.count("/program/week/") >= 16
    assert 'href="/program/week/1/session/1" aria-current="step"' in page
    assert "Every day" in page
    assert DISCLAIMER in page


def test_a_session_page_shows_pictures_doses_and_reasons(web):
    sign_up_in_browser(web, "ana@example.org")
    _build(web)
    page = web.get("/program/week/1/session/2")
    assert page.status_code == 200
    assert "Week 1, session 2" in page.text
    assert page.text.count('class="card session-item"') >= 3
    assert page.text.count("<svg") >= 3
    assert 'href="/exercises/' in page.text
    assert "Why this exercise" in page.text and "slot" in page.text
    assert web.get("/program/week/1/session/9").status_code == 404
    assert web.get("/program/week/99/session/1").status_code == 404


def test_another_persons_plan_is_not_shown(web):
    sign_up_in_browser(web, "ana@example.org")
    _build(web)
    web.cookies.clear()
    sign_up_in_browser(web, "eve@example.org")
    assert "Start a new plan" in web.get("/program").text
    assert "Week 1, session" not in web.get("/program").text
    response = web.get("/program/week/1/session/1", follow_redirects=False)
    assert response.status_code == 303
