"""Small builders of hand-made scenarios for the form-check tests: a set of reps of one
exercise, good or with one fault, through a given camera and artefacts."""

from __future__ import annotations

import random
from dataclasses import replace

from backstrong.domain.form import FormAnalysis, analyse_landmarks
from tests.unit.form.synthetic import Artefacts, Body, Camera, RepPlan, Scenario, Truth, generate
from tests.unit.form.synthetic_motion import BridgeGeometry
from tests.unit.form.synthetic_scenarios import hinge_bottom, hinge_top, squat_bottom, squat_top

REALISTIC = Artefacts(noise=0.008, null_rate=0.01, missing_rate=0.03, swap_rate=0.01)
HANG = {"arm": 0.0, "elbow": 0.0, "arms_hang": 1.0}


def squat_set(
    reps: int = 5, fault: str | None = None, seed: int = 1, **scenario: object
) -> Scenario:
    rng = random.Random(seed)
    plans = tuple(
        RepPlan(peak=squat_bottom(rng, 80.0, fault), top=squat_top(rng, 80.0),
                faults=frozenset({fault} if fault else ()), down_s=1.3, up_s=1.1, rest_s=0.8)
        for _ in range(reps)
    )  # fmt: skip
    base = Scenario(exercise="squat", start=squat_top(rng, 80.0), reps=plans, seed=seed)
    return replace(base, **scenario)  # type: ignore[arg-type]


def hinge_set(
    exercise: str = "romanian-deadlift",
    reps: int = 5,
    fault: str | None = None,
    seed: int = 1,
    **scenario: object,
) -> Scenario:
    rng = random.Random(seed)
    plans = tuple(
        RepPlan(peak=hinge_bottom(rng, exercise, HANG, fault), top=hinge_top(rng, HANG, fault),
                faults=frozenset({fault} if fault else ()), down_s=1.6, up_s=1.4, rest_s=0.8,
                wobble=(0.5, 14.0, False) if fault == "unsteady-trunk" else None)
        for _ in range(reps)
    )  # fmt: skip
    base = Scenario(exercise=exercise, start=hinge_top(rng, HANG, None), reps=plans, seed=seed)
    return replace(base, **scenario)  # type: ignore[arg-type]


def bridge_set(
    reps: int = 5, fault: str | None = None, seed: int = 1, **scenario: object
) -> Scenario:
    body = Body()
    geometry = BridgeGeometry.for_body(body, 50.0)
    deviation = {"hips-low": -28.0, "over-arched": 25.0}.get(fault or "", 0.0)
    peak = {"elevation": geometry.elevation_for(deviation)}
    rest = {"elevation": 0.0}
    hold = 0.05 if fault == "no-pause" else 1.5
    plans = tuple(
        RepPlan(peak=peak, top=rest, down_s=1.2, pause_s=hold, up_s=1.2, rest_s=1.0,
                faults=frozenset({fault} if fault else ()))
        for _ in range(reps)
    )  # fmt: skip
    base = Scenario(exercise="bridge", start=rest, reps=plans, body=body, seed=seed,
                    camera=Camera(width=1280, height=720))  # fmt: skip
    return replace(base, **scenario)  # type: ignore[arg-type]


_DOCUMENTS: dict[str, tuple[dict[str, object], Truth]] = {}


def checked(scenario: Scenario, exercise: str | None = None) -> tuple[FormAnalysis, Truth]:
    """The analysis of a scenario's recording (recordings are generated once per session)."""
    key = repr(scenario)
    if key not in _DOCUMENTS:
        _DOCUMENTS[key] = generate(scenario)
    document, truth = _DOCUMENTS[key]
    return analyse_landmarks(document, exercise or scenario.exercise), truth
