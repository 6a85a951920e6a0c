"""The programs JSON (the storage columns, the backup, ``--json``) keeps the shape people's
databases and backup files already hold: plans and intakes written before load unchanged into
equal objects and are written back the same, key for key and value for value.

fixtures/: documents as earlier versions wrote them: the first shape (no walking, reviews,
education or notes; the intake's first twelve answers) with what it is written back as now, the
current shape, and answers as forms post them. fixtures/plan_digests.json: the content id and a
digest of the JSON of the plans built for the clinical vignettes; after a deliberate change of the
plans rewrite it with BACKSTRONG_UPDATE_SNAPSHOTS=1 and review the ids that changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from clinical_vignettes import PROCEED, REVIEW, VIGNETTES

from backstrong.adapters.files.exercise_library.loader import load_bundled_library
from backstrong.domain.programs.errors import IntakeError, PlanDataError
from backstrong.domain.programs.generator import generate_plan
from backstrong.domain.programs.plan import Plan
from backstrong.services.programs.mapping import (
    content_id,
    intake_from_json,
    intake_to_json,
    plan_from_json,
    plan_to_json,
    with_content_id,
)

FIXTURES = Path(__file__).parent / "fixtures"
DIGESTS = FIXTURES / "plan_digests.json"
LIBRARY = load_bundled_library()
BUILT = [v for v in VIGNETTES if v.outcome in (PROCEED, REVIEW)]
dump_plan, load_plan = plan_to_json, plan_from_json
dump_intake, load_intake = intake_to_json, intake_from_json


def built(answers: dict[str, Any]) -> Plan:
    """A plan as the service keeps it: named by its content."""
    plan = generate_plan(load_intake(answers), LIBRARY)
    assert isinstance(plan, Plan)
    return with_content_id(plan)


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


def as_written(data: Any) -> str:
    """The text the fixtures were written as (key order included)."""
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def digest(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def test_plans_for_every_vignette_write_the_json_and_ids_they_always_did():
    got = {}
    for vignette in BUILT:
        plan = built(vignette.intake)
        data = json.loads(json.dumps(dump_plan(plan)))
        assert load_plan(data) == plan, vignette.id
        got[vignette.id] = [plan.id, digest(data)]
    if os.environ.get("BACKSTRONG_UPDATE_SNAPSHOTS") or not DIGESTS.exists():
        DIGESTS.write_text(json.dumps(got, indent=1) + "\n")
    assert got == json.loads(DIGESTS.read_text())


def test_a_plan_in_the_current_shape_loads_and_writes_back_byte_for_byte():
    text = (FIXTURES / "plan_current.json").read_text()
    plan = load_plan(json.loads(text))
    assert plan.reviews and plan.education and plan.notes
    assert {c.load.unit.value for c in plan.intake.calibration} == {"kg", "lb"}
    assert as_written(dump_plan(plan)) == text


def test_a_plan_in_the_first_shape_loads_with_defaults_for_what_came_later():
    plan = load_plan(fixture("plan_first_shape.json"))
    assert (plan.reviews, plan.education, plan.notes) == ((), (), ())
    assert all(week.walking is None for week in plan.weeks)
    assert plan.intake.walking and plan.intake.floor and plan.intake.calibration == ()
    written = (FIXTURES / "plan_first_shape.written.json").read_text()
    assert as_written(dump_plan(plan)) == written
    assert load_plan(json.loads(written)) == plan


def test_the_content_id_is_the_digest_of_the_plan_json_without_its_id():
    plan = load_plan(fixture("plan_current.json"))
    assert content_id(plan) == plan.id  # the id the plan was kept with, from its content
    again = built(dump_intake(plan.intake))
    assert again == plan  # the same intake builds the same plan, with the same id
    changed = replace(plan, warnings=(*plan.warnings, "one more"))
    assert content_id(changed) != plan.id


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("intake_first_shape.json", "intake_first_shape.written.json"),
        ("intake_current.json", "intake_current.json"),
        ("intake_posted.json", "intake_current.json"),
    ],
)
def test_intakes_old_current_and_posted_load_and_write_back_the_same(name: str, written: str):
    intake = load_intake(fixture(name))
    text = (FIXTURES / written).read_text()
    assert as_written(dump_intake(intake)) == text
    assert load_intake(json.loads(text)) == intake


def test_sets_are_written_sorted_whatever_their_order():
    intake = load_intake(fixture("intake_current.json"))
    data = dump_intake(intake)
    for key in ("sensitivities", "red_flags", "not_applicable", "inflammatory_signs"):
        assert data[key] == sorted(data[key]), key
    assert data["sensitivities"] == ["extension", "flexion", "rotation"]


def test_a_damaged_stored_plan_is_a_plan_data_error_naming_what_is_missing():
    data = fixture("plan_current.json")
    del data["weeks"]
    with pytest.raises(PlanDataError, match="weeks"):
        load_plan(data)


ANSWERS = {
    "age": 40,
    "experience": "novice",
    "goal": "pain-relief",
    "equipment": ["none"],
    "days_per_week": 3,
    "minutes_per_session": 30,
}


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"age": None}, "age 'None': a whole number is needed"),
        ({"age": "forty"}, "age 'forty': a whole number is needed"),
        ({"experience": "pro"}, "experience 'pro': accepted: novice, intermediate, advanced"),
        ({"floor": "maybe"}, "floor 'maybe': accepted: yes or no"),
        (
            {"sensitivities": ["twist"]},
            "sensitivities 'twist': accepted: flexion, extension, rotation",
        ),
        ({"pain": 5}, "pain_duration: missing for pain 5/10; accepted: acute"),
        (
            {"calibration": [{"exercise_id": "deadlift", "value": "heavy"}]},
            "calibration '{'exercise_id': 'deadlift', 'value': 'heavy'}': exercise_id, value and "
            "unit (kg or lb) are needed",
        ),
        (
            {"calibration": ["deadlift"]},
            "calibration 'deadlift': an object with exercise_id, value, unit, reps",
        ),
        (
            {"calibration": [{"exercise_id": "deadlift", "value": 100, "reps": 50}]},
            "calibration.reps '50': accepted 1–30 reps",
        ),
    ],
)
def test_a_refused_answer_names_the_field_the_value_and_what_is_accepted(answers, message):
    with pytest.raises(IntakeError) as refused:
        load_intake(ANSWERS | answers)
    assert str(refused.value).startswith(message)


def test_a_stored_plan_with_a_refused_intake_is_a_plan_data_error_naming_the_field():
    data = fixture("plan_current.json")
    data["intake"]["age"] = "x"
    with pytest.raises(PlanDataError, match=r"plan: intake\.age: age 'x': a whole number"):
        load_plan(data)
