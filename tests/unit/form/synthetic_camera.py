"""Synthetic camera for form-check tests: side-view body points (metres) → 33 MediaPipe-style
landmarks in 3D → a phone camera turned ``yaw`` degrees off side-on (rotation about the vertical
before projecting), tilted by ``roll`` → pose-landmarks/v1 rows, with the estimator's artefacts:
jitter, outliers, dropped frames, missing frames and left/right label swaps."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from backstrong.domain.pose.kinematics import HEAD_RADIUS_PER_HEIGHT, Point
from tests.unit.form.synthetic_motion import Body

Vec3 = tuple[float, float, float]
# MediaPipe indices: (left, right) pairs of the limbs, by side-view joint name
LIMBS = {
    "elbow": (13, 14),
    "wrist": (15, 16),
    "knee": (25, 26),
    "ankle": (27, 28),
    "heel": (29, 30),
    "toe": (31, 32),
}
SWAPS = [(1, 4), (2, 5), (3, 6), (7, 8), (9, 10)] + [(i, i + 1) for i in range(11, 33, 2)]


@dataclass(frozen=True)
class Camera:
    width: int = 720
    height: int = 1280
    fps: float = 30.0
    yaw_deg: float = 0.0
    roll_deg: float = 0.0
    fill: float = 0.75  # share of the frame the body's extent takes along the limiting side
    near: str = "left"  # the person's side nearer the camera
    offset: tuple[float, float] = (0.0, 0.0)  # spare margin used, -1..1 each way
    shift: tuple[float, float] = (0.0, 0.0)  # extra shift, fraction of the frame (cropping)


@dataclass(frozen=True)
class Artefacts:
    noise: float = 0.0  # jitter, standard deviation as a fraction of the frame's longer side
    null_rate: float = 0.0  # chance a frame starts a burst of "nobody found"
    missing_rate: float = 0.0  # share of frames missing from the file altogether
    swap_rate: float = 0.0  # chance a frame starts a burst of left/right label swaps
    outlier_rate: float = 0.0  # chance a frame has one landmark thrown far off
    far_visibility: tuple[float, float] = (0.55, 0.95)
    mocap: bool = False  # every landmark fully visible, as from motion capture


def landmarks_3d(points: dict[str, Point], body: Body, near: str) -> list[Vec3]:
    """33 points: x forward, y up, z lateral with the near side at -z (towards the camera)."""
    sign = {near: -1.0, ("right" if near == "left" else "left"): 1.0}
    out: list[Vec3] = [(0.0, 0.0, 0.0)] * 33
    _face(out, points, body, sign)
    for i, side in ((11, "left"), (12, "right")):
        s = points["shoulder"]
        out[i] = (s.x, s.y, sign[side] * body.shoulder_width_m / 2)
    for i, side in ((23, "left"), (24, "right")):
        h = points["hip"]
        out[i] = (h.x, h.y, sign[side] * body.hip_width_m / 2)
    for joint, pair in LIMBS.items():
        for index, side in zip(pair, ("left", "right"), strict=True):
            depth = "near" if side == near else "far"
            p = points[f"{depth}_{joint}"]
            half = body.shoulder_width_m if joint in ("elbow", "wrist") else body.stance_m
            out[index] = (p.x, p.y, sign[side] * half / 2)
    _hands(out, points, body, near, sign)
    return out


def _face(out: list[Vec3], p: dict[str, Point], body: Body, sign: dict[str, float]) -> None:
    r = HEAD_RADIUS_PER_HEIGHT * body.height_m
    head, neck = p["head"], p["neck"]
    length = math.hypot(head.x - neck.x, head.y - neck.y) or 1.0
    up = ((head.x - neck.x) / length, (head.y - neck.y) / length)
    front = (up[1], -up[0])

    def at(f: float, u: float, lateral: float) -> Vec3:
        return (head.x + r * (f * front[0] + u * up[0]), head.y + r * (f * front[1] + u * up[1]),
                lateral * r)  # fmt: skip

    out[0] = at(1.0, -0.1, 0.0)
    for i, (f, u, lat) in enumerate(((0.85, 0.25, 0.15), (0.8, 0.25, 0.3), (0.75, 0.25, 0.45))):
        out[1 + i] = at(f, u, sign["left"] * lat)
        out[4 + i] = at(f, u, sign["right"] * lat)
    out[7], out[8] = at(-0.1, 0.05, sign["left"] * 0.95), at(-0.1, 0.05, sign["right"] * 0.95)
    out[9], out[10] = at(0.85, -0.45, sign["left"] * 0.25), at(0.85, -0.45, sign["right"] * 0.25)


def _hands(
    out: list[Vec3], p: dict[str, Point], body: Body, near: str, sign: dict[str, float]
) -> None:
    for side, (pinky, index, thumb) in (("left", (17, 19, 21)), ("right", (18, 20, 22))):
        depth = "near" if side == near else "far"
        elbow, wrist = p[f"{depth}_elbow"], p[f"{depth}_wrist"]
        length = math.hypot(wrist.x - elbow.x, wrist.y - elbow.y) or 1.0
        d = ((wrist.x - elbow.x) / length, (wrist.y - elbow.y) / length)
        z = sign[side] * body.shoulder_width_m / 2
        for i, reach, lateral in ((pinky, 0.07, 0.02), (index, 0.09, 0.0), (thumb, 0.05, -0.025)):
            out[i] = (wrist.x + reach * d[0], wrist.y + reach * d[1], z + sign[side] * lateral)


def project(points: list[Vec3], camera: Camera) -> list[tuple[float, float, float]]:
    """Orthographic view along +z after turning the body by the yaw: (u, v, depth) in metres,
    u to the image's right, v up. The person faces image-left when their left side is near."""
    c, s = math.cos(math.radians(camera.yaw_deg)), math.sin(math.radians(camera.yaw_deg))
    mirror = -1.0 if camera.near == "left" else 1.0
    out = []
    for x, y, z in points:
        xr, zr = x * c - z * s, x * s + z * c
        out.append((mirror * xr, y, zr))
    return out


def frame_rows(
    views: list[list[tuple[float, float, float]]], camera: Camera, rng: random.Random
) -> list[list[list[float]]]:
    """Scale and place every frame's projected points so the whole movement fits the frame (as a
    person would set the phone up), then normalise to pose-landmarks/v1 rows (visibility 1)."""
    us = [u for view in views for u, _, _ in view]
    vs = [v for view in views for _, v, _ in view]
    min_u, max_v = min(us), max(vs)
    span_u, span_v = max(us) - min_u, max_v - min(vs)
    scale = camera.fill * min(camera.width / span_u, camera.height / span_v)  # px per metre
    spare_u = camera.width - scale * span_u
    spare_v = camera.height - scale * span_v
    left = spare_u / 2 * (1 + camera.offset[0]) + camera.shift[0] * camera.width
    top = spare_v / 2 * (1 + camera.offset[1]) + camera.shift[1] * camera.height
    cx, cy = camera.width / 2, camera.height / 2
    roll = math.radians(camera.roll_deg)
    rows = []
    for view in views:
        hip_depth = (view[23][2] + view[24][2]) / 2
        frame = []
        for u, v, depth in view:
            px = left + (u - min_u) * scale
            py = top + (max_v - v) * scale
            px, py = (cx + (px - cx) * math.cos(roll) - (py - cy) * math.sin(roll),
                      cy + (px - cx) * math.sin(roll) + (py - cy) * math.cos(roll))  # fmt: skip
            z = (depth - hip_depth) * scale / camera.width
            frame.append([px / camera.width, py / camera.height, z, 1.0])
        rows.append(frame)
    return rows
