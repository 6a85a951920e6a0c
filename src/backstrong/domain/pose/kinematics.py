"""Side-view kinematics of an average adult: joint angles ⇄ 2D joint positions.

Positions are in metres, x forward (the way the person faces when standing), y up, with the pelvis
at the origin until :func:`grounded` stands the figure on the floor (y = 0). Angles follow the
conventions in :mod:`backstrong.domain.pose.model`.

Every segment direction is kept as a *heading*: degrees from straight down, turning towards +x
(counter-clockwise). Heading 0 points down, 90 forward, 180 up, -90 backward.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from backstrong.domain.pose.model import Anchor, Pose, Prop, PropKind

# Segment lengths as fractions of standing height: Winter DA, Biomechanics and Motor Control of
# Human Movement, 4th ed. (2009), fig. 4.1 (landmark heights: acromion 0.818, chin 0.870, elbow
# 0.630, wrist 0.485, greater trochanter 0.530, knee 0.285, ankle 0.039, foot length 0.152).
TRUNK_PER_HEIGHT = 0.288  # greater trochanter → acromion (0.818 - 0.530), Winter 2009
NECK_PER_HEIGHT = 0.052  # acromion → chin (0.870 - 0.818), Winter 2009
HEAD_RADIUS_PER_HEIGHT = 0.065  # half of chin → crown (1.000 - 0.870), Winter 2009
UPPER_ARM_PER_HEIGHT = 0.186  # Winter 2009
FOREARM_PER_HEIGHT = 0.146  # Winter 2009
THIGH_PER_HEIGHT = 0.245  # Winter 2009
SHANK_PER_HEIGHT = 0.246  # Winter 2009
FOOT_LENGTH_PER_HEIGHT = 0.152  # heel → toe tip, Winter 2009
ANKLE_HEIGHT_PER_HEIGHT = 0.039  # ankle joint above the sole, Winter 2009
HEEL_PER_HEIGHT = 0.037  # ankle → back of the heel along the sole (about a quarter of the foot)
TOE_PER_HEIGHT = FOOT_LENGTH_PER_HEIGHT - HEEL_PER_HEIGHT  # ankle → toe tip along the sole
# The toe tip lies below the line through the ankle along the sole: ankle→toe points this much
# further down than the sole does.
TOE_DROP_DEG = math.degrees(math.atan2(ANKLE_HEIGHT_PER_HEIGHT, TOE_PER_HEIGHT))
AVERAGE_ADULT_HEIGHT_M = 1.75

# Top surface heights of props, metres: where the anchored body part rests.
PROP_TOP_M: dict[PropKind, float] = {
    PropKind.BENCH: 0.43,  # IPF Technical Rules: bench top 42-45 cm from the floor
    PropKind.BOX: 0.40,  # a common step-up box; no standard, chosen for the pictures
    PropKind.BALL: 0.65,  # stability ball sized for users 1.65-1.85 m (manufacturers' charts)
    PropKind.GHD: 0.95,  # hip pad of a typical glute-ham developer, chosen for the pictures
    PropKind.BACK_EXTENSION_BENCH: 0.90,  # hip pad of a typical 45° bench, chosen for the pictures
    PropKind.WALL: 0.0,  # a wall stands beside the body, it lifts nothing
}
CHEST_ALONG_TRUNK = 0.75  # the chest sits three quarters of the way from pelvis to shoulder

HEAD, NECK, SHOULDER, HIP = "head", "neck", "shoulder", "hip"
LIMB_JOINTS = ("elbow", "wrist", "knee", "ankle", "heel", "toe")
SIDES = ("near", "far")
JOINTS: tuple[str, ...] = (
    HEAD,
    NECK,
    SHOULDER,
    HIP,
    *(f"{side}_{joint}" for side in SIDES for joint in LIMB_JOINTS),
)


@dataclass(frozen=True, slots=True)
class Point:
    """A position in the side-view plane, metres."""

    x: float
    y: float

    def __add__(self, other: Point) -> Point:
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other: Point) -> Point:
        return Point(self.x - other.x, self.y - other.y)

    def scaled(self, factor: float) -> Point:
        return Point(self.x * factor, self.y * factor)

    def toward(self, other: Point, fraction: float) -> Point:
        """The point ``fraction`` of the way from here to ``other``."""
        return self + (other - self).scaled(fraction)


Points = Mapping[str, Point]


def unit(heading_deg: float) -> Point:
    """Unit vector for a heading (degrees from straight down, turning towards +x)."""
    rad = math.radians(heading_deg)
    return Point(math.sin(rad), -math.cos(rad))


def heading(start: Point, end: Point) -> float:
    """Heading of the segment from ``start`` to ``end``, degrees in (-180, 180]."""
    d = end - start
    return wrap(math.degrees(math.atan2(d.x, -d.y)))


def wrap(angle_deg: float) -> float:
    """The same angle in (-180, 180]."""
    wrapped = math.fmod(angle_deg, 360.0)
    if wrapped <= -180.0:
        wrapped += 360.0
    elif wrapped > 180.0:
        wrapped -= 360.0
    return wrapped


def trunk_heading(pose: Pose) -> float:
    """Heading of the pelvis → shoulder line."""
    return 180.0 - pose.trunk


def facing(pose: Pose) -> Point:
    """Unit vector out of the front of the trunk (chest and belly side)."""
    return unit(trunk_heading(pose) - 90.0)


def joint_positions(pose: Pose, height_m: float = AVERAGE_ADULT_HEIGHT_M) -> dict[str, Point]:
    """Forward kinematics: where each joint is, pelvis at the origin, in metres."""
    trunk = trunk_heading(pose)
    hip = Point(0.0, 0.0)
    shoulder = hip + unit(trunk).scaled(TRUNK_PER_HEIGHT * height_m)
    neck = shoulder + unit(trunk).scaled(NECK_PER_HEIGHT * height_m)
    head = neck + unit(trunk - pose.neck).scaled(HEAD_RADIUS_PER_HEIGHT * height_m)
    points = {HEAD: head, NECK: neck, SHOULDER: shoulder, HIP: hip}
    for index, side in enumerate(SIDES):
        points.update(_arm(pose, index, side, shoulder, height_m))
        points.update(_leg(pose, index, side, hip, height_m))
    return points


def _arm(pose: Pose, i: int, side: str, shoulder: Point, height_m: float) -> dict[str, Point]:
    upper = trunk_heading(pose) - 180.0 + pose.shoulder[i]
    fore = upper + pose.elbow[i]
    elbow = shoulder + unit(upper).scaled(UPPER_ARM_PER_HEIGHT * height_m)
    wrist = elbow + unit(fore).scaled(FOREARM_PER_HEIGHT * height_m)
    return {f"{side}_elbow": elbow, f"{side}_wrist": wrist}


def _leg(pose: Pose, i: int, side: str, hip: Point, height_m: float) -> dict[str, Point]:
    thigh = trunk_heading(pose) - 180.0 + pose.hip[i]
    shank = thigh - pose.knee[i]
    sole = shank + 90.0 + pose.ankle[i]  # heel → toe direction
    knee = hip + unit(thigh).scaled(THIGH_PER_HEIGHT * height_m)
    ankle = knee + unit(shank).scaled(SHANK_PER_HEIGHT * height_m)
    under = ankle + unit(sole - 90.0).scaled(ANKLE_HEIGHT_PER_HEIGHT * height_m)
    heel = under - unit(sole).scaled(HEEL_PER_HEIGHT * height_m)
    toe = under + unit(sole).scaled(TOE_PER_HEIGHT * height_m)
    return {f"{side}_knee": knee, f"{side}_ankle": ankle, f"{side}_heel": heel, f"{side}_toe": toe}


def joint_angles(points: Points) -> Pose:
    """Inverse of :func:`joint_positions`: the joint angles that put the joints at ``points``.

    Needs the hip, shoulder, neck, head and each side's elbow, wrist, knee, ankle and toe (the
    heel is not used); the scale does not matter, only directions.
    """
    trunk = heading(points[HIP], points[SHOULDER])
    head = heading(points[NECK], points[HEAD])
    return Pose(
        trunk=wrap(180.0 - trunk),
        neck=wrap(trunk - head),
        hip=_pair(points, lambda side: _hip(points, side, trunk)),
        knee=_pair(points, lambda side: _knee(points, side)),
        ankle=_pair(points, lambda side: _ankle(points, side)),
        shoulder=_pair(points, lambda side: _shoulder(points, side, trunk)),
        elbow=_pair(points, lambda side: _elbow(points, side)),
    )


def _pair(points: Points, angle_for: Callable[[str], float]) -> tuple[float, float]:
    return (angle_for("near"), angle_for("far"))


def _hip(p: Points, side: str, trunk: float) -> float:
    return wrap(heading(p[HIP], p[f"{side}_knee"]) - trunk + 180.0)


def _knee(p: Points, side: str) -> float:
    thigh = heading(p[HIP], p[f"{side}_knee"])
    return wrap(thigh - heading(p[f"{side}_knee"], p[f"{side}_ankle"]))


def _ankle(p: Points, side: str) -> float:
    shank = heading(p[f"{side}_knee"], p[f"{side}_ankle"])
    sole = heading(p[f"{side}_ankle"], p[f"{side}_toe"]) + TOE_DROP_DEG
    return wrap(sole - shank - 90.0)


def _shoulder(p: Points, side: str, trunk: float) -> float:
    return wrap(heading(p[SHOULDER], p[f"{side}_elbow"]) - trunk + 180.0)


def _elbow(p: Points, side: str) -> float:
    upper = heading(p[SHOULDER], p[f"{side}_elbow"])
    return wrap(heading(p[f"{side}_elbow"], p[f"{side}_wrist"]) - upper)


def mirrored(points: Points) -> dict[str, Point]:
    """The figure reflected left-right: turns a person facing -x (e.g. in a video) to face +x."""
    return {name: Point(-p.x, p.y) for name, p in points.items()}


def anchor_point(points: Points, anchor: Anchor) -> Point:
    """The body point that an :class:`Anchor` names (near side for limbs)."""
    if anchor is Anchor.CHEST:
        return points[HIP].toward(points[SHOULDER], CHEST_ALONG_TRUNK)
    if anchor is Anchor.FEET:
        return min(points["near_heel"], points["near_toe"], key=lambda p: p.y)
    return points[_ANCHOR_JOINT[anchor]]


_ANCHOR_JOINT = {
    Anchor.HANDS: "near_wrist",
    Anchor.SHOULDERS: SHOULDER,
    Anchor.HIPS: HIP,
    Anchor.KNEES: "near_knee",
}


def lowest_y(points: Points) -> float:
    """Lowest height the body reaches, metres, counting the round head as well as the joints."""
    head_radius = HEAD_RADIUS_PER_HEIGHT * _height_of(points)
    return min(min(p.y for p in points.values()), points[HEAD].y - head_radius)


def _height_of(points: Points) -> float:
    trunk = math.dist(_xy(points[HIP]), _xy(points[SHOULDER]))
    return trunk / TRUNK_PER_HEIGHT


def _xy(p: Point) -> tuple[float, float]:
    return (p.x, p.y)


def grounded(points: Points, prop: Prop | None = None) -> dict[str, Point]:
    """The figure moved straight up or down so that it stands on the floor (y = 0).

    Without a prop (or with a wall) the lowest part of the body touches the floor. With a prop the
    anchored body part rests on the prop's top, whose bottom is on the floor; should that push some
    other body part below the floor, the figure is lifted until nothing is below it.
    """
    lift = -lowest_y(points)
    if prop is not None and prop.kind is not PropKind.WALL:
        on_prop = PROP_TOP_M[prop.kind] - anchor_point(points, prop.under).y
        lift = max(lift, on_prop)
    return shifted(points, Point(0.0, lift))


def shifted(points: Points, offset: Point) -> dict[str, Point]:
    """Every point moved by ``offset``."""
    return {name: p + offset for name, p in points.items()}
