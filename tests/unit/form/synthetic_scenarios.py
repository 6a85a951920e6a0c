"""Broad random scenarios: realistic joint-angle ranges, depths, tempos, pauses, body
proportions, camera set-ups and estimator artefacts, each rep good or with one named fault.

The ranges come from how people move (bodyweight and barbell squats to parallel lean 30-50
degrees; Romanian deadlifts keep 10-30 degrees of knee bend), not from the analyser's thresholds:
faulty reps are clearly faulty, good reps plainly good, and the space between is left empty only
where a coach would also hesitate.
"""

from __future__ import annotations

import random

from tests.unit.form.synthetic import Artefacts, Body, Camera, RepPlan, Scenario
from tests.unit.form.synthetic_motion import BridgeGeometry

SQUAT_FAULTS = ("too-shallow", "heels-up", "too-much-lean")
HINGE_FAULTS = ("squatting", "rounded-back", "unsteady-trunk", "no-lockout")
BRIDGE_FAULTS = ("hips-low", "over-arched", "no-pause")
MOVEMENT = {
    "squat": "squat",
    "hinge": "hinge",
    "good-morning": "hinge",
    "romanian-deadlift": "hinge",
    "deadlift": "hinge",
    "bridge": "bridge",
}


def u(rng: random.Random, lo: float, hi: float) -> float:
    return rng.uniform(lo, hi)


def random_body(rng: random.Random) -> Body:
    height = u(rng, 1.5, 1.95)
    return Body(
        height_m=height,
        thigh=u(rng, 0.93, 1.07),
        shank=u(rng, 0.93, 1.07),
        trunk=u(rng, 0.93, 1.07),
        shoulder_width_m=u(rng, 0.21, 0.25) * height,
        hip_width_m=u(rng, 0.10, 0.13) * height,
        stance_m=u(rng, 0.12, 0.22) * height,
    )


def random_camera(rng: random.Random, lying: bool, max_yaw: float) -> Camera:
    landscape = rng.random() < (0.85 if lying else 0.3)
    return Camera(
        width=1280 if landscape else 720,
        height=720 if landscape else 1280,
        fps=rng.choice((30.0, 30.0, 30.0, 25.0, 60.0)),
        yaw_deg=u(rng, -max_yaw, max_yaw),
        roll_deg=u(rng, -2.0, 2.0),
        fill=u(rng, 0.55, 0.9),
        near=rng.choice(("left", "right")),
        offset=(u(rng, -0.6, 0.6), u(rng, -0.6, 0.6)),  # the body well inside the frame
    )


def random_artefacts(rng: random.Random) -> Artefacts:
    if rng.random() < 0.15:
        return Artefacts(noise=u(rng, 0.0, 0.004), mocap=True)
    heavy = rng.random() < 0.2
    return Artefacts(
        noise=u(rng, 0.015, 0.02) if heavy else u(rng, 0.003, 0.015),
        null_rate=u(rng, 0.0, 0.02),
        missing_rate=u(rng, 0.0, 0.08),
        swap_rate=u(rng, 0.0, 0.02),
        outlier_rate=u(rng, 0.0, 0.01),
    )


def squat_top(rng: random.Random, arm: float) -> dict[str, float]:
    return {"thigh": u(rng, 0, 4), "shank": u(rng, 0, 4), "trunk": u(rng, 0, 6), "plantar": 0.0,
            "arm": arm, "elbow": 10.0, "arms_hang": 0.0, "flex": 0.0}  # fmt: skip


def squat_bottom(rng: random.Random, arm: float, fault: str | None) -> dict[str, float]:
    above = u(rng, 18, 40) if fault == "too-shallow" else u(rng, -22, -2)
    shank = u(rng, 15, 28) if fault == "too-shallow" else u(rng, 25, 38)
    trunk = min(50.0, max(25.0, shank + u(rng, -2, 14)))
    plantar = 0.0
    if fault == "too-much-lean":
        trunk, shank = u(rng, 62, 78), u(rng, 18, 28)
    elif fault == "heels-up":
        plantar, shank = u(rng, 10, 18), u(rng, 35, 45)
    return {"thigh": 90 - above, "shank": shank, "trunk": trunk, "plantar": plantar,
            "arm": arm, "elbow": 10.0, "arms_hang": 0.0, "flex": 0.0}  # fmt: skip


def hinge_top(rng: random.Random, style: dict[str, float], fault: str | None) -> dict[str, float]:
    if fault == "no-lockout":
        knee, shank, trunk = u(rng, 15, 25), u(rng, 3, 8), u(rng, 22, 35)
    else:
        knee, shank, trunk = u(rng, 0, 6), u(rng, 0, 3), u(rng, 0, 6)
    return {"thigh": knee - shank, "shank": shank, "trunk": trunk, "plantar": 0.0, **style,
            "flex": 0.0}  # fmt: skip


def hinge_bottom(
    rng: random.Random, exercise: str, style: dict[str, float], fault: str | None
) -> dict[str, float]:
    deadlift = exercise == "deadlift"
    if deadlift:
        knee, shank, trunk = u(rng, 50, 75), u(rng, 12, 25), u(rng, 45, 65)
    elif exercise == "good-morning":
        knee, shank, trunk = u(rng, 10, 30), u(rng, 3, 10), u(rng, 85, 100)
    else:
        knee, shank, trunk = u(rng, 10, 30), u(rng, 3, 10), u(rng, 65, 100)
    if fault == "squatting":
        if deadlift:
            thigh, shank, trunk = u(rng, 84, 96), u(rng, 25, 35), u(rng, 35, 45)
            knee = thigh + shank
        else:
            knee, shank, trunk = u(rng, 60, 95), u(rng, 20, 35), u(rng, 45, 65)
    flex = u(rng, 60, 90) if fault == "rounded-back" else u(rng, 0, 15)
    return {"thigh": knee - shank, "shank": shank, "trunk": trunk, "plantar": 0.0, **style,
            "flex": flex}  # fmt: skip


def _tempo(rng: random.Random, slow: float) -> dict[str, float]:
    return {
        "down_s": u(rng, 0.8, 2.0) * slow,
        "pause_s": u(rng, 0.0, 0.4),
        "up_s": u(rng, 0.7, 1.8) * slow,
        "rest_s": u(rng, 0.2, 2.0),
    }


def _partial(rng: random.Random, top: dict[str, float], key: str, size: float) -> RepPlan:
    peak = dict(top)
    peak[key] = top[key] + size
    return RepPlan(peak=peak, top=top, down_s=u(rng, 0.4, 0.9), up_s=u(rng, 0.4, 0.9),
                   pause_s=0.0, rest_s=u(rng, 0.3, 1.0), counted=False)  # fmt: skip


def squat_scenario(rng: random.Random, faults: tuple[str, ...], fault_share: float,
                   max_yaw: float = 30.0) -> Scenario:  # fmt: skip
    arm = u(rng, 60, 95)
    top = squat_top(rng, arm)
    reps = []
    for _ in range(rng.randint(1, 10)):
        fault = rng.choice(faults) if faults and rng.random() < fault_share else None
        tags = frozenset({fault} if fault else ())
        peak = squat_bottom(rng, arm, fault)
        reps.append(RepPlan(peak=peak, top=squat_top(rng, arm), faults=tags, **_tempo(rng, 1.0)))
        if rng.random() < 0.1:
            reps.append(_partial(rng, top, "thigh", u(rng, 8, 20)))
    return _scenario(rng, "squat", top, reps, max_yaw)


def hinge_scenario(rng: random.Random, exercise: str, faults: tuple[str, ...],
                   fault_share: float, max_yaw: float = 30.0) -> Scenario:  # fmt: skip
    barbell_on_back = exercise == "good-morning" or rng.random() < 0.3
    style = {"arm": -20.0, "elbow": 120.0, "arms_hang": 0.0} if barbell_on_back else {
        "arm": 0.0, "elbow": 0.0, "arms_hang": 1.0}  # fmt: skip
    top = hinge_top(rng, style, None)
    reps = []
    for _ in range(rng.randint(1, 10)):
        fault = rng.choice(faults) if faults and rng.random() < fault_share else None
        reps.append(RepPlan(
            peak=hinge_bottom(rng, exercise, style, fault), top=hinge_top(rng, style, fault),
            faults=frozenset({fault} if fault else ()), **_tempo(rng, 1.2),
            wobble=(u(rng, 0.3, 0.7), u(rng, 10, 18), rng.random() < 0.5)
            if fault == "unsteady-trunk" else None,
        ))  # fmt: skip
        if rng.random() < 0.1:
            reps.append(_partial(rng, reps[-1].top, "trunk", u(rng, 8, 16)))
    return _scenario(rng, exercise, top, reps, max_yaw)


def bridge_scenario(rng: random.Random, faults: tuple[str, ...], fault_share: float,
                    max_yaw: float = 30.0) -> Scenario:  # fmt: skip
    body = random_body(rng)
    rise = u(rng, 40, 55)
    geometry = BridgeGeometry.for_body(body, rise)
    rest = {"elevation": u(rng, -2, 3)}
    reps = []
    for _ in range(rng.randint(1, 10)):
        fault = rng.choice(faults) if faults and rng.random() < fault_share else None
        deviation = {"hips-low": u(rng, -30, -20), "over-arched": u(rng, 20, 30)}.get(
            fault or "", u(rng, -5, 5))  # fmt: skip
        # a low bridge still clearly leaves the floor: at least half the straight-line lift
        lift = max(geometry.elevation_for(deviation), 0.5 * geometry.elevation_for(0.0))
        peak = {"elevation": lift}
        hold = u(rng, 0.0, 0.1) if fault == "no-pause" else u(rng, 1.0, 2.5)
        reps.append(RepPlan(peak=peak, top=rest, down_s=u(rng, 0.8, 1.6), pause_s=hold,
                            up_s=u(rng, 0.8, 1.8), rest_s=u(rng, 0.4, 2.0),
                            faults=frozenset({fault} if fault else ())))  # fmt: skip
        if rng.random() < 0.1:
            reps.append(_partial(rng, rest, "elevation", u(rng, 2, 5)))
    scenario = _scenario(rng, "bridge", rest, reps, max_yaw)
    return Scenario(**{**scenario.__dict__, "body": body, "bridge_thigh_rise_deg": rise,
                       "lie_down": rng.random() < 0.5})  # fmt: skip


def _scenario(rng: random.Random, exercise: str, start: dict[str, float], reps: list[RepPlan],
              max_yaw: float) -> Scenario:  # fmt: skip
    lying = exercise == "bridge"
    return Scenario(
        exercise=exercise,
        start=start,
        reps=tuple(reps),
        body=random_body(rng),
        camera=random_camera(rng, lying, max_yaw),
        artefacts=random_artefacts(rng),
        setup_s=u(rng, 1.0, 4.0),
        walk_in_m=u(rng, 0.6, 1.2) if not lying and rng.random() < 0.3 else 0.0,
        end_s=u(rng, 0.5, 3.0),
        seed=rng.randrange(1 << 30),
    )


def random_scenario(rng: random.Random, exercise: str, fault_share: float = 0.3,
                    max_yaw: float = 30.0) -> Scenario:  # fmt: skip
    """Any exercise, reps good or with one of the movement's faults."""
    movement = MOVEMENT[exercise]
    if movement == "squat":
        return squat_scenario(rng, SQUAT_FAULTS, fault_share, max_yaw)
    if movement == "bridge":
        return bridge_scenario(rng, BRIDGE_FAULTS, fault_share, max_yaw)
    return hinge_scenario(rng, exercise, HINGE_FAULTS, fault_share, max_yaw)
