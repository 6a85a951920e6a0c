"""Your plans on the web: every plan listed (the active one first), each readable as built, and
"make this my plan again" behind a CSRF token. Another person's plans are a 404."""

from __future__ import annotations

import re

from backstrong.domain.programs.red_flags import RED_FLAGS
from tests.e2e.conftest import csrf_from, sign_up_in_browser

ALL_NO = {f"rf-{flag.slug}": "no" for flag in RED_FLAGS}
INTAKE = {
    "age": "50",
    "experience": "intermediate",
    "goal": "strength",
    "days_per_week": "2",
    "minutes_per_session": "40",
    "equipment": "home-dumbbells",
    "pain": "0",
    "weeks": "8",
}


def _build(web, **changes: str) -> None:
    token = csrf_from(web.get("/program/new").text)
    form = {**ALL_NO, **INTAKE, **changes, "csrf_token": token}
    assert web.post("/program/new", data=form, follow_redirects=False).status_code == 303


def _plan_urls(page: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r'href="(/program/history/\d+)"', page)))


def test_without_plans_the_list_offers_to_start_one(web):
    sign_up_in_browser(web, "ana@example.org")
    page = web.get("/program/history")
    assert page.status_code == 200
    assert "You have not built a plan yet" in page.text


def test_plans_are_listed_active_first_with_what_was_asked(web):
    sign_up_in_browser(web, "ana@example.org")
    _build(web)
    _build(web, goal="mobility", days_per_week="3")
    page = web.get("/program/history").text
    assert len(_plan_urls(page)) == 2
    first_entry, second_entry = page.split('class="card plan-entry')[1:3]
    assert "Your plan now" in first_entry and "goal: mobility" in first_entry
    assert "Make this my plan again" not in first_entry
    assert "goal: strength" in second_entry and "Make this my plan again" in second_entry
    assert 'href="/program/history"' in web.get("/program").text


def test_an_old_plan_reads_as_built_and_becomes_the_plan_again(web):
    sign_up_in_browser(web, "ana@example.org")
    _build(web)
    _build(web, goal="mobility", days_per_week="3")
    old = _plan_urls(web.get("/program/history").text)[1]
    page = web.get(old)
    assert page.status_code == 200
    assert page.text.count('class="week ') == 8
    assert "Session 2" in page.text and 'href="/exercises/' in page.text
    assert "goal: strength" in page.text
    token = csrf_from(page.text)
    used = web.post(f"{old}/use", data={"csrf_token": token}, follow_redirects=False)
    assert used.status_code == 303 and used.headers["location"] == "/program?again=1"
    overview = web.get("/program?again=1").text
    assert "This is your plan again" in overview
    assert "2 sessions a week" in overview
    assert 'href="/program/week/1/session/1" aria-current="step"' in overview
    listed = web.get("/program/history").text
    assert _plan_urls(listed)[0] == old


def test_making_a_plan_yours_again_needs_the_csrf_token(web):
    sign_up_in_browser(web, "ana@example.org")
    _build(web)
    _build(web, goal="mobility")
    old = _plan_urls(web.get("/program/history").text)[1]
    assert web.post(f"{old}/use", data={}).status_code == 403
    assert "goal: mobility" in web.get("/program/history").text.split("plan-entry")[1]


def test_another_persons_plans_are_neither_listed_nor_readable_nor_usable(web):
    sign_up_in_browser(web, "ana@example.org")
    _build(web)
    _build(web, goal="mobility")
    anas = _plan_urls(web.get("/program/history").text)
    web.cookies.clear()
    sign_up_in_browser(web, "eve@example.org")
    assert _plan_urls(web.get("/program/history").text) == []
    for url in anas:
        assert web.get(url).status_code == 404
    token = csrf_from(web.get("/program/new").text)
    for url in anas:
        response = web.post(f"{url}/use", data={"csrf_token": token}, follow_redirects=False)
        assert response.status_code == 404
    assert "Your plan</h1>" not in web.get("/program").text
