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
from pathlib import Path
from typing import Any

import pytest
from clinical_vignettes import PROCEED, REVIEW, VIGNETTES

from backstrong.adapters.files.exercise_library.loader import load_bundled_library
from backstrong.domain.programs.errors import PlanDataError
from backstrong.domain.programs.generator import generate_plan
from backstrong.domain.programs.intake import Intake, intake_from_dict
from backstrong.domain.programs.plan import Plan, plan_from_dict

FIXTURES = Path(__file__).parent / "fixtures"
DIGESTS = FIXTURES / "plan_digests.json"
LIBRARY = load_bundled_library()
BUILT = [v for v in VIGNETTES if v.outcome in (PROCEED, REVIEW)]


def dump_plan(plan: Plan) -> dict[str, Any]:
    return plan.to_dict()


def load_plan(data: Any) -> Plan:
    return plan_from_dict(data)


def dump_intake(intake: Intake) -> dict[str, Any]:
    return intake.to_dict()


def load_intake(data: Any) -> Intake:
    return intake_from_dict(data)


def built(answers: dict[str, Any]) -> Plan:
    plan = generate_plan(load_intake(answers), LIBRARY)
    assert isinstance(plan, Plan)
    return plan


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
    again = built(dump_intake(plan.intake))
    assert again == plan  # the id included: recomputed the same from the same content


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
