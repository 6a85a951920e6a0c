"""The wizard and plan pages for what the screen reads by itself, the young, walking, the notes
shown once and kept, and progress for every kind of set."""

from __future__ import annotations

from datetime import UTC, datetime

from backstrong.domain.programs.red_flags import RED_FLAGS
from tests.e2e.conftest import csrf_from, sign_up_in_browser

ALL_NO = {f"rf-{flag.slug}": "no" for flag in RED_FLAGS}
INTAKE = {
    "age": "45",
    "experience": "novice",
    "goal": "pain-relief",
    "days_per_week": "3",
    "minutes_per_session": "30",
    "equipment": "none",
    "pain": "3",
    "pain_weeks": "20",
    "weeks": "8",
    "floor": "yes",
    "walking": "on",
}
NEW_PAIN = "new-pain-under-20-or-over-50"


def _build(web, **changes: str):
    form = {**ALL_NO, **INTAKE, **changes, "csrf_token": csrf_from(web.get("/program/new").text)}
    return web.post("/program/new", data=form, follow_redirects=False)


def test_new_pain_at_58_is_asked_about_and_counts_unless_set_aside(web):
    sign_up_in_browser(web, "ana@example.org")
    asked = _build(web, age="58", pain_weeks="3")
    assert asked.status_code == 200
    assert "A question from your answers" in asked.text
    assert "you are 58 and this pain began about 3 weeks ago" in asked.text
    applies = _build(web, age="58", pain_weeks="3", **{f"dv-{NEW_PAIN}": "yes"})
    assert "See a clinician soon" in applies.text
    assert "From your answers" in applies.text
    set_aside = _build(web, age="58", pain_weeks="3", **{f"dv-{NEW_PAIN}": "no"})
    assert set_aside.status_code == 303


def test_under_16_gets_a_page_for_young_people_not_a_form_error(web):
    sign_up_in_browser(web, "ana@example.org")
    page = _build(web, age="14", pain="0", pain_weeks="")
    assert page.status_code == 200
    assert "This program is for adults" in page.text
    assert "coach qualified to train young people" in page.text
    assert 'id="e-age"' not in page.text


def test_the_plan_shows_walking_and_the_first_notes_once_then_keeps_them(web):
    sign_up_in_browser(web, "ana@example.org")
    assert _build(web).status_code == 303
    first = web.get("/program").text
    assert "Walk 1" in first and "minutes a day on" in first
    assert "Pain is not the same as damage" in first
    again = web.get("/program").text
    assert "Pain is not the same as damage" not in again  # shown once
    notes = web.get("/program/notes").text
    assert "Pain is not the same as damage" in notes and "First shown" in notes
    assert "Not shown yet" in notes  # later notes wait for their moment
    session = web.get("/program/week/1/session/1").text
    assert "minutes a day on" in session


def test_the_inflammatory_pattern_adds_a_check_up_to_the_plan(web):
    sign_up_in_browser(web, "ana@example.org")
    signs = {
        "ib-morning-stiffness-over-30-minutes": "on",
        "ib-better-with-movement-not-rest": "on",
        "ib-wakes-second-half-of-night": "on",
    }
    assert _build(web, age="30", **signs).status_code == 303
    page = web.get("/program").text
    assert "Worth a check-up" in page and "rheumatologist" in page


def test_pregnancy_and_a_birth_are_asked_shape_the_plan_and_bad_weeks_show_by_the_field(web):
    sign_up_in_browser(web, "ana@example.org")
    form = web.post(
        "/program/new/screen",
        data={**ALL_NO, "csrf_token": csrf_from(web.get("/program/new").text)},
    ).text
    for name in ("pregnancy_weeks", "weeks_since_birth", "caesarean", "osteoporosis"):
        assert f'name="{name}"' in form
    bad = _build(web, age="31", pregnancy_weeks="60")
    assert bad.status_code == 422
    assert 'id="e-pregnancy_weeks"' in bad.text and "from 1 to 42" in bad.text
    assert 'value="60"' in bad.text and 'circumstances" open' in bad.text  # kept, shown open
    alone = _build(web, age="31", caesarean="on")
    assert alone.status_code == 422 and 'id="e-weeks_since_birth"' in alone.text
    assert "say how many weeks ago it was" in alone.text
    assert _build(web, age="31", pregnancy_weeks="26").status_code == 303
    page = web.get("/program").text
    assert "midwife" in page and "26 weeks pregnant" in page
    assert "regular painful tightenings" in page  # the signs to stop and call


def test_the_intake_form_asks_the_new_questions_and_loads_the_building_script(web):
    sign_up_in_browser(web, "ana@example.org")
    form = web.post(
        "/program/new/screen",
        data={**ALL_NO, "csrf_token": csrf_from(web.get("/program/new").text)},
    ).text
    for name in ('name="pain_weeks"', 'name="floor"', 'name="walking"', 'name="cal-goblet-squat"'):
        assert name in form
    assert 'name="ib-wakes-second-half-of-night"' in form
    assert "Building your plan…" in form and "programs/building" in form


def test_the_exercise_history_page_shows_progress_for_high_reps_and_holds(web, sqlite_container):
    from backstrong.domain.training.model import Load, PerformedSet
    from backstrong.domain.training.sessions import new_id
    from backstrong.domain.units import MassUnit
    from backstrong.services.training import log as training_log

    sign_up_in_browser(web, "ana@example.org")
    with sqlite_container.uow() as uow:
        user = uow.users.by_email("ana@example.org")
    when = datetime(2026, 3, 2, 18, tzinfo=UTC)
    for performed in (
        PerformedSet("deadlift", when, reps=12, load=Load(60, MassUnit.KG)),
        PerformedSet("plank", when, hold_seconds=40),
    ):
        request = training_log.SetRequest(new_id(), performed)
        sqlite_container.training.record_set(user, request)
    page = web.get("/history/exercises/deadlift").text
    assert "e1RM by method" in page and "less reliable" in page
    assert "Best set and volume" in page
    hold = web.get("/history/exercises/plank").text
    assert "Time per day" in hold and "40 s" in hold
