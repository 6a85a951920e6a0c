"""A person's reference rep: later reps straying from it are flagged as well as judged by the
fixed rules; and the shape of the result the service layer will serialise."""

from __future__ import annotations

import dataclasses
import json

import pytest

from backstrong.domain.form import (
    Movement,
    UnknownFormExercise,
    Verdict,
    analyse_landmarks,
    reference_from_rep,
)
from tests.unit.form.builders import REALISTIC, checked, hinge_set, squat_set
from tests.unit.form.synthetic import generate


def test_reps_shallower_than_the_persons_reference_are_flagged() -> None:
    deep, _ = checked(squat_set(reps=3, artefacts=REALISTIC))
    reference = reference_from_rep(deep.rep_details[0], Movement.SQUAT)
    scenario = squat_set(reps=3, artefacts=REALISTIC, seed=5)
    shallower = tuple(
        dataclasses.replace(rep, peak={**rep.peak, "thigh": rep.peak["thigh"] - 22.0})
        for rep in scenario.reps
    )
    document, _ = generate(dataclasses.replace(scenario, reps=shallower))
    result = analyse_landmarks(document, "squat", reference=reference)
    for rep in result.rep_details:
        assert "shallower-than-reference" in rep.fault_codes


def test_reps_like_the_reference_are_not_flagged_against_it() -> None:
    first, _ = checked(hinge_set(reps=3, artefacts=REALISTIC))
    reference = reference_from_rep(first.rep_details[1], Movement.HINGE)
    document, _ = generate(hinge_set(reps=3, artefacts=REALISTIC))
    again = analyse_landmarks(document, "romanian-deadlift", reference=reference)
    assert all(rep.faults == () for rep in again.rep_details)


def test_a_rep_that_could_not_be_assessed_cannot_be_a_reference() -> None:
    result, _ = checked(squat_set(reps=1, setup_s=0.5))
    blank = dataclasses.replace(result.rep_details[0], measurements=())
    with pytest.raises(ValueError, match="could not be assessed"):
        reference_from_rep(blank, Movement.SQUAT)


def test_unknown_exercises_are_refused_with_the_accepted_ids() -> None:
    document, _ = generate(squat_set(reps=1))
    with pytest.raises(UnknownFormExercise) as caught:
        analyse_landmarks(document, "lunge")
    assert "squat, hinge, good-morning, deadlift, romanian-deadlift, bridge" in str(caught.value)


def test_the_result_is_plain_data_ready_for_json() -> None:
    result, _ = checked(squat_set(reps=2, fault="too-shallow", artefacts=REALISTIC))
    data = dataclasses.asdict(result)
    text = json.dumps(data)
    assert json.loads(text)["exercise"] == "squat"
    assert data["reps"] == 2
    assert data["verdict"] == Verdict.NEEDS_WORK
    detail = data["rep_details"][0]
    assert {"start_t", "end_t", "faults", "measurements", "verdict"} <= set(detail)
    assert detail["faults"][0]["code"] == "too-shallow"


def test_hinge_variants_use_the_hinge_rules() -> None:
    for exercise in ("good-morning", "deadlift", "romanian-deadlift", "hinge"):
        result, _ = checked(hinge_set(exercise, reps=2, artefacts=REALISTIC))
        assert result.exercise == exercise
        assert result.movement == "hinge"
        assert result.reps == 2
