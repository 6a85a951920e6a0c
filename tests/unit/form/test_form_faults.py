"""Each fault is found in its own scenario and absent from good reps; good and faulty squats
are told apart on a broad random set."""

from __future__ import annotations

from functools import lru_cache

import pytest

from backstrong.domain.form import Verdict
from tests.unit.form.builders import REALISTIC, bridge_set, checked, hinge_set, squat_set
from tests.unit.form.synthetic import Camera, Scenario
from tests.unit.form.synthetic_scoring import Checked, balanced_accuracy, checked_set

YAWED = Camera(yaw_deg=20.0)


def codes_per_rep(scenario: Scenario) -> list[set[str]]:
    result, truth = checked(scenario)
    assert result.reps == truth.count
    assert all(rep.verdict is not Verdict.CANNOT_ASSESS for rep in result.rep_details)
    return [set(rep.fault_codes) for rep in result.rep_details]


@pytest.mark.parametrize(
    "scenario",
    [
        squat_set(reps=5, artefacts=REALISTIC),
        squat_set(reps=5, artefacts=REALISTIC, camera=YAWED, seed=2),
        hinge_set("romanian-deadlift", reps=5, artefacts=REALISTIC),
        hinge_set("good-morning", reps=5, artefacts=REALISTIC, camera=YAWED),
        hinge_set("deadlift", reps=5, artefacts=REALISTIC),
        bridge_set(reps=5, artefacts=REALISTIC),
        bridge_set(reps=5, artefacts=REALISTIC, camera=Camera(1280, 720, yaw_deg=20.0)),
    ],
    ids=["squat", "squat-yawed", "rdl", "good-morning-yawed", "deadlift", "bridge", "bridge-yaw"],
)
def test_good_reps_carry_no_fault(scenario: Scenario) -> None:
    result, _ = checked(scenario)
    assert [set(rep.fault_codes) for rep in result.rep_details] == [set()] * 5
    assert result.verdict is Verdict.GOOD
    assert result.cues == ()


@pytest.mark.parametrize(
    ("scenario", "code"),
    [
        (squat_set(fault="too-shallow", artefacts=REALISTIC), "too-shallow"),
        (squat_set(fault="heels-up", artefacts=REALISTIC), "heels-up"),
        (squat_set(fault="too-much-lean", artefacts=REALISTIC, camera=YAWED), "too-much-lean"),
        (hinge_set("romanian-deadlift", fault="squatting", artefacts=REALISTIC), "squatting"),
        (hinge_set("good-morning", fault="squatting", artefacts=REALISTIC), "squatting"),
        (hinge_set("deadlift", fault="squatting", artefacts=REALISTIC), "hips-too-low"),
        (hinge_set("romanian-deadlift", fault="rounded-back", artefacts=REALISTIC), "rounded-back"),
        (hinge_set("good-morning", fault="unsteady-trunk", artefacts=REALISTIC), "unsteady-trunk"),
        (hinge_set("hinge", fault="no-lockout", artefacts=REALISTIC, camera=YAWED), "no-lockout"),
        (bridge_set(fault="hips-low", artefacts=REALISTIC), "hips-low"),
        (bridge_set(fault="over-arched", artefacts=REALISTIC), "over-arched"),
        (bridge_set(fault="no-pause", artefacts=REALISTIC), "no-pause"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_each_fault_is_found_in_its_scenario(scenario: Scenario, code: str) -> None:
    found = codes_per_rep(scenario)
    hits = sum(code in codes for codes in found)
    assert hits >= len(found) - 1, found  # at most one rep of five missed
    result, _ = checked(scenario)
    assert result.verdict is Verdict.NEEDS_WORK
    assert any(code in cue for cue in [f.code for r in result.rep_details for f in r.faults])


def test_a_good_morning_not_lowered_to_parallel_is_told_to_go_lower() -> None:
    scenario = hinge_set("good-morning", reps=3, artefacts=REALISTIC)
    shallow = tuple(
        type(rep)(**{**rep.__dict__, "peak": {**rep.peak, "trunk": 60.0}}) for rep in scenario.reps
    )
    result, _ = checked(type(scenario)(**{**scenario.__dict__, "reps": shallow}))
    assert all("not-deep-enough" in rep.fault_codes for rep in result.rep_details)


def test_every_fault_has_a_cue_in_plain_words() -> None:
    result, _ = checked(squat_set(fault="too-shallow", artefacts=REALISTIC))
    fault = result.rep_details[0].faults[0]
    assert fault.cue.startswith("Sit lower")
    assert fault.measured is not None and fault.limit is not None


@lru_cache(maxsize=1)
def squat_reps() -> list[Checked]:
    return checked_set(("squat",), per_exercise=24, seed=29, fault_share=0.5)


def test_good_and_faulty_squat_reps_are_told_apart() -> None:
    assert balanced_accuracy(squat_reps()) >= 0.85
