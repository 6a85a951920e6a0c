"""The program page links to the plan's handout and calendar, downloaded as attachments."""

from __future__ import annotations

from tests.e2e.conftest import sign_up_in_browser
from tests.e2e.web.test_programs_pages import _build


def test_the_program_page_offers_the_handout_and_the_calendar(web):
    sign_up_in_browser(web, "ana@example.org")
    assert _build(web).status_code == 303
    page = web.get("/program").text
    assert 'action="/program/handout.pdf"' in page and 'action="/program/calendar.ics"' in page
    handout = web.get("/program/handout.pdf?week=1")
    assert handout.status_code == 200 and handout.content.startswith(b"%PDF")
    assert handout.headers["content-disposition"].startswith("attachment;")
    calendar = web.get("/program/calendar.ics?start=2030-03-04")
    assert calendar.status_code == 200 and b"BEGIN:VCALENDAR" in calendar.content
    assert calendar.headers["content-disposition"].startswith("attachment;")


def test_a_bad_week_or_date_is_explained(web):
    sign_up_in_browser(web, "ana@example.org")
    _build(web)
    week = web.get("/program/handout.pdf?week=first")
    assert week.status_code == 422 and "week" in week.text
    start = web.get("/program/calendar.ics?start=31/12/2030")
    assert start.status_code == 422 and "2026-03-02" in start.text


def test_without_a_plan_the_files_are_404_and_need_a_login(web):
    assert web.get("/program/handout.pdf", follow_redirects=False).status_code == 303
    sign_up_in_browser(web, "ana@example.org")
    assert web.get("/program/handout.pdf").status_code == 404
    assert web.get("/program/calendar.ics").status_code == 404
