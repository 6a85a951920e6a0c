"""The handout PDF and the calendar file from a real plan and the bundled library."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar

from backstrong.adapters.files.exercise_library.loader import load_bundled_library
from backstrong.adapters.files.programs.calendar_ics import render_plan_ics, session_date
from backstrong.adapters.files.programs.handout_pdf import render_handout_pdf
from backstrong.domain.programs.generator import generate_plan
from backstrong.domain.programs.plan import Plan
from backstrong.services.programs.mapping import intake_from_json


@pytest.fixture(scope="module")
def library():
    return load_bundled_library()


@pytest.fixture(scope="module")
def plan(library) -> Plan:
    intake = intake_from_json(
        {"age": 55, "experience": "novice", "goal": "pain-relief", "equipment": ["home-dumbbells"],
         "days_per_week": 4, "minutes_per_session": 25, "pain": 3, "pain_duration": "chronic",
         "weeks": 6}
    )  # fmt: skip
    made = generate_plan(intake, library)
    assert isinstance(made, Plan)
    return made


def test_sessions_keep_rest_days_between_them_from_the_start_date():
    start = date(2027, 1, 4)  # a Monday
    days = [session_date(start, 3, 1, i) for i in range(3)]
    assert [d.isoformat() for d in days] == ["2027-01-04", "2027-01-06", "2027-01-08"]
    assert session_date(start, 3, 2, 0) == date(2027, 1, 11)


def test_the_calendar_holds_every_session_with_its_exercises(plan, library):
    data = render_plan_ics(plan, library, date(2027, 1, 4), now=datetime(2027, 1, 1, tzinfo=UTC))
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    assert len(events) == 6 * 4
    assert len({str(e.get("uid")) for e in events}) == len(events)
    first = plan.session(1, 0).exercises[0]
    name = library.get(first.exercise_id).name
    assert name in str(events[0].get("description"))
    assert "does not diagnose" in str(events[0].get("description"))
    assert "deload" in str(events[4 * 3].get("summary"))  # week 4 is lighter


def test_the_handout_is_a_pdf_with_a_page_per_few_exercises(plan, library):
    pdf = render_handout_pdf(plan, library, 1)
    assert pdf.startswith(b"%PDF")
    exercises = {e.exercise_id for s in plan.weeks[0].sessions for e in s.exercises}
    assert pdf.count(b"/Type /Page\n") >= 1 + len(exercises) // 3


def test_the_handout_carries_the_plan_s_check_ups_and_notes(library):
    from io import BytesIO

    from pypdf import PdfReader

    intake = intake_from_json(
        {"age": 31, "experience": "novice", "goal": "strength", "equipment": ["home-dumbbells"],
         "days_per_week": 3, "minutes_per_session": 30, "pregnancy_weeks": 24}
    )  # fmt: skip
    made = generate_plan(intake, library)
    assert isinstance(made, Plan)
    pdf = render_handout_pdf(made, library, 1)
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages[:2])
    text = " ".join(text.split())
    assert "ask your midwife or doctor" in text  # the check-up, beside the disclaimer
    assert "24 weeks pregnant" in text and "regular painful tightenings" in text
    assert text.count("Walk 15 minutes") == 1  # the week's walking said once
