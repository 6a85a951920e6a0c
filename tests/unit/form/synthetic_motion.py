"""Synthetic movement for form-check tests: joint-angle trajectories through Backstrong's own
body model (domain/pose forward kinematics) to side-view joint positions in metres.

A movement is a timeline of key states (a few named angles) eased between with a cosine; each
state becomes a ``Pose`` and then points, with the person's own segment proportions, an optional
rounded back (spinal flexion spread over the trunk), and the feet kept where they stand.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from backstrong.domain.pose.kinematics import (
    ANKLE_HEIGHT_PER_HEIGHT,
    SHANK_PER_HEIGHT,
    THIGH_PER_HEIGHT,
    TRUNK_PER_HEIGHT,
    Point,
    heading,
    joint_positions,
    wrap,
)
from backstrong.domain.pose.model import Pose

State = Mapping[str, float]
UPPER = ("neck", "head", "near_elbow", "near_wrist", "far_elbow", "far_wrist")


@dataclass(frozen=True)
class Body:
    height_m: float = 1.75
    thigh: float = 1.0  # segment length factors against Winter's average proportions
    shank: float = 1.0
    trunk: float = 1.0
    shoulder_width_m: float = 0.40
    hip_width_m: float = 0.20
    stance_m: float = 0.30

    def length(self, per_height: float, factor: float) -> float:
        return per_height * self.height_m * factor


@dataclass(frozen=True)
class Key:
    """The body holds ``state`` at time ``t``; between keys the states are eased."""

    t: float
    state: State


@dataclass
class Timeline:
    keys: list[Key] = field(default_factory=list)

    @property
    def end(self) -> float:
        return self.keys[-1].t if self.keys else 0.0

    def hold(self, state: State, seconds: float) -> None:
        self.go(state, 0.0)
        self.go(state, seconds)

    def go(self, state: State, seconds: float) -> None:
        self.keys.append(Key(self.end + seconds, dict(state)))

    def state_at(self, t: float) -> dict[str, float]:
        keys = self.keys
        if t <= keys[0].t:
            state = dict(keys[0].state)
        elif t >= keys[-1].t:
            state = dict(keys[-1].state)
        else:
            i = next(i for i in range(1, len(keys)) if keys[i].t >= t)
            a, b = keys[i - 1], keys[i]
            u = 0.0 if b.t == a.t else (t - a.t) / (b.t - a.t)
            w = 0.5 - 0.5 * math.cos(math.pi * u)
            state = {k: a.state[k] + (b.state[k] - a.state[k]) * w for k in a.state}
        return state


def standing_leg_pose(s: State) -> Pose:
    """Squat and hinge states: thigh and shank angles from vertical (forward +), trunk lean,
    plantar flexion lifting the heel, arm and neck angles."""
    hip = s["thigh"] + s["trunk"]
    knee = s["thigh"] + s["shank"]
    ankle = s["shank"] - s.get("plantar", 0.0)
    arm = s["trunk"] if s.get("arms_hang", 0.0) else s.get("arm", 0.0)
    return Pose(
        trunk=s["trunk"],
        neck=-0.3 * s["trunk"],
        hip=(hip, hip),
        knee=(knee, knee),
        ankle=(ankle, ankle),
        shoulder=(arm, arm),
        elbow=(s.get("elbow", 10.0),) * 2,
    )


def body_points(pose: Pose, body: Body, flex_deg: float = 0.0) -> dict[str, Point]:
    """Forward kinematics, then the person's proportions and a rounded back of ``flex_deg``."""
    p = joint_positions(pose, body.height_m)
    hip = p["hip"]
    shoulder = hip + (p["shoulder"] - hip).scaled(body.trunk)
    if flex_deg:
        shoulder = _curled(hip, shoulder, flex_deg)
        turn = -flex_deg  # the upper body turns forward with the curl
    else:
        turn = 0.0
    out = dict(p)
    out["shoulder"] = shoulder
    for name in UPPER:
        out[name] = shoulder + _rotated(p[name] - p["shoulder"], turn)
    for side in ("near", "far"):
        knee = hip + (p[f"{side}_knee"] - hip).scaled(body.thigh)
        ankle = knee + (p[f"{side}_ankle"] - p[f"{side}_knee"]).scaled(body.shank)
        out[f"{side}_knee"], out[f"{side}_ankle"] = knee, ankle
        for end in ("heel", "toe"):
            out[f"{side}_{end}"] = ankle + (p[f"{side}_{end}"] - p[f"{side}_ankle"])
    return out


def _curled(hip: Point, shoulder: Point, flex_deg: float) -> Point:
    """Shoulder position when the trunk curls by ``flex_deg`` in total, spread over two bends at
    a third and two thirds of its length (a smooth curve keeps more length than one kink)."""
    third = (shoulder - hip).scaled(1.0 / 3.0)
    return hip + third + _rotated(third, -flex_deg / 2) + _rotated(third, -flex_deg)


def _rotated(v: Point, deg: float) -> Point:
    r = math.radians(deg)
    return Point(v.x * math.cos(r) - v.y * math.sin(r), v.x * math.sin(r) + v.y * math.cos(r))


def on_feet(points: dict[str, Point]) -> dict[str, Point]:
    """Moved so the near toe is at x = 0 and the lowest foot point on the floor."""
    floor = min(points[k].y for k in ("near_heel", "near_toe", "far_heel", "far_toe"))
    shift = Point(-points["near_toe"].x, -floor)
    return {k: v + shift for k, v in points.items()}


@dataclass(frozen=True)
class BridgeGeometry:
    """Lying on the back: shoulders on the floor at x = 0, feet planted at ``ankle``."""

    body: Body
    shoulder: Point
    ankle: Point

    @classmethod
    def for_body(cls, body: Body, thigh_rise_deg: float) -> BridgeGeometry:
        trunk = body.length(TRUNK_PER_HEIGHT, body.trunk)
        thigh = body.length(THIGH_PER_HEIGHT, body.thigh)
        shank = body.length(SHANK_PER_HEIGHT, body.shank)
        lift = 0.055 * body.height_m  # joint centres above the floor when lying
        shoulder = Point(0.0, lift)
        hip = Point(trunk, lift)
        r = math.radians(thigh_rise_deg)
        knee = hip + Point(thigh * math.cos(r), thigh * math.sin(r))
        ankle_y = ANKLE_HEIGHT_PER_HEIGHT * body.height_m
        ahead = math.sqrt(max(0.0, shank**2 - (knee.y - ankle_y) ** 2))
        return cls(body=body, shoulder=shoulder, ankle=Point(knee.x + ahead, ankle_y))

    def joints(self, elevation_deg: float) -> tuple[Point, Point]:
        """Hip and knee when the hips are lifted to ``elevation_deg`` (feet stay put)."""
        trunk = self.body.length(TRUNK_PER_HEIGHT, self.body.trunk)
        thigh = self.body.length(THIGH_PER_HEIGHT, self.body.thigh)
        shank = self.body.length(SHANK_PER_HEIGHT, self.body.shank)
        e = math.radians(elevation_deg)
        hip = self.shoulder + Point(trunk * math.cos(e), trunk * math.sin(e))
        to_ankle = self.ankle - hip
        d = min(math.hypot(to_ankle.x, to_ankle.y), thigh + shank - 1e-6)
        cos_a = (thigh**2 + d**2 - shank**2) / (2 * thigh * d)
        a = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
        direction = math.degrees(math.atan2(to_ankle.y, to_ankle.x))
        r = math.radians(direction + a)  # the knee bends upwards
        return hip, hip + Point(thigh * math.cos(r), thigh * math.sin(r))

    def line_deviation(self, elevation_deg: float) -> float:
        """Hip above (+) or below (-) the shoulder-knee line, degrees at the hip."""
        hip, knee = self.joints(elevation_deg)
        s = self.shoulder
        bend = 180.0 - abs(wrap(heading(hip, s) - heading(hip, knee)))
        cross = (knee.x - s.x) * (hip.y - s.y) - (knee.y - s.y) * (hip.x - s.x)
        return bend if cross >= 0 else -bend

    def elevation_for(self, deviation_deg: float) -> float:
        """The hip lift that puts the hip ``deviation_deg`` off the line (bisection)."""
        lo, hi = 0.0, 60.0
        for _ in range(40):
            mid = (lo + hi) / 2
            if self.line_deviation(mid) < deviation_deg:
                lo = mid
            else:
                hi = mid
        return (lo + hi) / 2

    def pose(self, s: State) -> tuple[Pose, Callable[[dict[str, Point]], dict[str, Point]]]:
        elevation = s["elevation"]
        hip, knee = self.joints(elevation)
        trunk_heading = heading(hip, self.shoulder)
        thigh_heading = heading(hip, knee)
        shank_heading = heading(knee, self.ankle)
        hip_angle = wrap(thigh_heading - trunk_heading + 180.0)
        knee_angle = wrap(thigh_heading - shank_heading)
        trunk = wrap(180.0 - trunk_heading)
        pose = Pose(
            trunk=trunk,
            neck=elevation,
            hip=(hip_angle, hip_angle),
            knee=(knee_angle, knee_angle),
            ankle=(trunk - hip_angle + knee_angle,) * 2,
            shoulder=(10.0, 10.0),
        )

        def place(points: dict[str, Point]) -> dict[str, Point]:
            shift = self.shoulder - points["shoulder"]
            return {k: v + shift for k, v in points.items()}

        return pose, place
