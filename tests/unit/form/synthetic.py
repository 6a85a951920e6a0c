"""Synthetic pose-landmarks/v1 recordings with known counts and faults, for form-check tests.

A :class:`Scenario` (exercise, body, camera, artefacts, a set-up phase and a plan per rep) is
played through the body model and the camera into a v1 document; :class:`Truth` says how many
reps should be counted and which faults each has. ``synthetic_scenarios`` draws broad random
scenarios; tests can also build one by hand.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from backstrong.domain.pose.kinematics import Point, grounded
from backstrong.domain.pose.model import Pose
from tests.unit.form.synthetic_artefacts import degrade, keep_frames
from tests.unit.form.synthetic_camera import Artefacts, Camera, frame_rows, landmarks_3d, project
from tests.unit.form.synthetic_motion import (
    Body,
    BridgeGeometry,
    State,
    Timeline,
    body_points,
    on_feet,
    standing_leg_pose,
)


@dataclass(frozen=True)
class RepPlan:
    """One excursion: to ``peak`` (bottom of a squat or hinge, top of a bridge), a pause there,
    back to ``top`` (the rest position after it) and a rest. ``counted`` is False for a partial
    rep that must not count."""

    peak: State
    top: State
    down_s: float = 1.2
    pause_s: float = 0.2
    up_s: float = 1.0
    rest_s: float = 0.8
    counted: bool = True
    faults: frozenset[str] = frozenset()
    wobble: tuple[float, float, bool] | None = None  # an unsteady trunk: at this fraction of
    # the way, the trunk turns back by this many degrees before going on; on the way up if True


@dataclass(frozen=True)
class Scenario:
    exercise: str
    start: State
    reps: tuple[RepPlan, ...]
    body: Body = field(default_factory=Body)
    camera: Camera = field(default_factory=Camera)
    artefacts: Artefacts = field(default_factory=Artefacts)
    setup_s: float = 1.5
    walk_in_m: float = 0.0  # walks this far into position first (squat and hinge)
    lie_down: bool = False  # stands, sits and lies down first (bridge)
    end_s: float = 1.5
    bridge_thigh_rise_deg: float = 50.0
    seed: int = 0

    @property
    def bridge(self) -> bool:
        return self.exercise == "bridge"


@dataclass(frozen=True)
class Truth:
    count: int
    rep_faults: tuple[frozenset[str], ...]
    rep_times: tuple[tuple[float, float], ...]


WALK_S_PER_M = 1.2
LIE_DOWN_S = 4.0


def generate(scenario: Scenario) -> tuple[dict[str, object], Truth]:
    """The v1 document and the truth for a scenario."""
    rng = random.Random(scenario.seed)
    timeline, truth = _timeline(scenario)
    lead = _lead_in(scenario)
    camera = scenario.camera
    n = int((lead + timeline.end) * camera.fps) + 1
    times = [i / camera.fps for i in range(n)]
    views = [project(_landmarks_at(scenario, timeline, t, lead), camera) for t in times]
    rows = degrade(frame_rows(views, camera, rng), camera, scenario.artefacts, rng)
    frames = [
        {"t": round(times[i], 4), "landmarks": rows[i]}
        for i in keep_frames(n, scenario.artefacts, rng)
    ]
    document: dict[str, object] = {
        "format": "pose-landmarks/v1",
        "landmark_set": "mediapipe-pose-33",
        "fps": camera.fps,
        "width": camera.width,
        "height": camera.height,
        "frames": frames,
        "meta": {"source": "backstrong synthetic", "exercise": scenario.exercise},
    }
    shifted = tuple((a + lead, b + lead) for a, b in truth.rep_times)
    return document, Truth(truth.count, truth.rep_faults, shifted)


def _lead_in(s: Scenario) -> float:
    if s.bridge:
        return LIE_DOWN_S if s.lie_down else 0.0
    return s.walk_in_m * WALK_S_PER_M


def _timeline(s: Scenario) -> tuple[Timeline, Truth]:
    timeline = Timeline()
    timeline.hold(s.start, s.setup_s)
    faults, times = [], []
    for rep in s.reps:
        begin = timeline.end
        start = timeline.keys[-1].state
        if rep.wobble and not rep.wobble[2]:
            _go_unsteadily(timeline, start, rep.peak, rep.down_s, rep.wobble)
        else:
            timeline.go(rep.peak, rep.down_s)
        timeline.go(rep.peak, rep.pause_s)
        if rep.wobble and rep.wobble[2]:
            _go_unsteadily(timeline, rep.peak, rep.top, rep.up_s, rep.wobble)
        else:
            timeline.go(rep.top, rep.up_s)
        if rep.counted:
            faults.append(rep.faults)
            times.append((begin, timeline.end))
        timeline.go(rep.top, rep.rest_s)
    timeline.go(timeline.keys[-1].state, s.end_s)
    return timeline, Truth(len(faults), tuple(faults), tuple(times))


def _go_unsteadily(
    timeline: Timeline, a: State, b: State, seconds: float, wobble: tuple[float, float, bool]
) -> None:
    """From ``a`` to ``b``, but the trunk turns back by ``wobble[1]`` degrees part-way."""
    fraction, back, _ = wobble
    direction = 1.0 if b["trunk"] >= a["trunk"] else -1.0
    mid = {k: a[k] + (b[k] - a[k]) * fraction for k in a}
    turned = dict(mid)
    turned["trunk"] = mid["trunk"] - direction * back
    timeline.go(mid, seconds * fraction)
    timeline.go(turned, 0.4)
    timeline.go(b, seconds * (1 - fraction))


def _landmarks_at(s: Scenario, timeline: Timeline, t: float, lead: float) -> list:
    if t < lead:
        points = _lie_down(s, t / lead) if s.bridge else _walk(s, timeline, t, lead)
    else:
        state = timeline.state_at(t - lead)
        if s.bridge:
            geometry = BridgeGeometry.for_body(s.body, s.bridge_thigh_rise_deg)
            pose, place = geometry.pose(state)
            points = place(body_points(pose, s.body))
        else:
            points = on_feet(body_points(standing_leg_pose(state), s.body, state.get("flex", 0)))
    return landmarks_3d(points, s.body, s.camera.near)


def _walk(s: Scenario, timeline: Timeline, t: float, lead: float) -> dict[str, Point]:
    """Walking in from behind the spot, legs swinging; arriving at the standing position."""
    state = dict(timeline.state_at(0.0))
    stand = on_feet(body_points(standing_leg_pose(state), s.body))
    swing = math.sin(2 * math.pi * 0.9 * t) * (1 - t / lead) ** 0.3
    pose = standing_leg_pose(state)
    pose = Pose(
        trunk=pose.trunk,
        hip=(25 * swing, -25 * swing),
        knee=(30 * max(0.0, swing), 30 * max(0.0, -swing)),
        ankle=(0.0, 0.0),
        shoulder=(-20 * swing, 20 * swing),
        elbow=(10.0, 10.0),
    )
    points = grounded(body_points(pose, s.body))
    remaining = s.walk_in_m * (1 - t / lead)
    dx = stand["hip"].x - remaining - points["hip"].x
    return {k: Point(v.x + dx, v.y) for k, v in points.items()}


def _lie_down(s: Scenario, u: float) -> dict[str, Point]:
    """Standing, then sitting on the floor, then lying on the back with knees bent."""
    geometry = BridgeGeometry.for_body(s.body, s.bridge_thigh_rise_deg)
    rest, _ = geometry.pose(s.start)
    stages = [
        Pose(),
        Pose(trunk=35, hip=(125, 125), knee=(135, 135), ankle=(45, 45)),
        Pose(trunk=10, hip=(100, 100), knee=(110, 110), ankle=(20, 20)),
        rest,
    ]
    position = u * (len(stages) - 1)
    i = min(int(position), len(stages) - 2)
    w = 0.5 - 0.5 * math.cos(math.pi * (position - i))
    pose = _blend(stages[i], stages[i + 1], w)
    points = grounded(body_points(pose, s.body))
    dx = geometry.ankle.x - points["near_ankle"].x
    return {k: Point(v.x + dx, v.y) for k, v in points.items()}


def _blend(a: Pose, b: Pose, w: float) -> Pose:
    def mix(x: float, y: float) -> float:
        return x + (y - x) * w

    def pair(x: tuple[float, float], y: tuple[float, float]) -> tuple[float, float]:
        return (mix(x[0], y[0]), mix(x[1], y[1]))

    return Pose(
        trunk=mix(a.trunk, b.trunk),
        neck=mix(a.neck, b.neck),
        hip=pair(a.hip, b.hip),
        knee=pair(a.knee, b.knee),
        ankle=pair(a.ankle, b.ankle),
        shoulder=pair(a.shoulder, b.shoulder),
        elbow=pair(a.elbow, b.elbow),
    )


__all__ = ["Artefacts", "Body", "Camera", "RepPlan", "Scenario", "Truth", "generate"]
