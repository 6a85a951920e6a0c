"""Angles measured on the side-on body track, one value per grid sample (``nan`` when unknown).

Angles in degrees. Heights (y) are untouched by camera yaw, so the counting signals lean on them:
the thigh angle comes from how far the hip is above the knee over the thigh's own length.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from backstrong.domain.form import thresholds as th
from backstrong.domain.form.body import BodyTrack
from backstrong.domain.form.exercise import Movement
from backstrong.domain.form.series import NAN


def thigh_above_horizontal(body: BodyTrack) -> list[float]:
    """Thigh angle above the horizontal: 90 standing, 0 at parallel (hip level with the knee),
    negative below parallel. Read as atan2(height, run): at parallel the sign of the height alone
    decides, whatever the camera's yaw, and near vertical a yawed run barely moves the angle."""
    xs = zip(body.x["hip"], body.x["knee"], body.y["hip"], body.y["knee"], strict=True)
    return [math.degrees(math.atan2(yh - yk, abs(xk - xh))) for xh, xk, yh, yk in xs]


def trunk_lean(body: BodyTrack) -> list[float]:
    """Shoulder-hip line from vertical, + leaning forward: 0 upright, 90 horizontal."""
    return _heading(body, "hip", "shoulder")


def hip_flexion(body: BodyTrack) -> list[float]:
    """How far the trunk has folded onto the thigh: trunk lean plus thigh angle from vertical
    (0 standing tall, about 90 at the bottom of a good morning)."""
    return [
        t + 90.0 - a for t, a in zip(trunk_lean(body), thigh_above_horizontal(body), strict=True)
    ]


def shank_lean(body: BodyTrack) -> list[float]:
    """Ankle-knee line from vertical, + with the knee ahead of the ankle."""
    return _heading(body, "ankle", "knee")


def _heading(body: BodyTrack, lower: str, upper: str) -> list[float]:
    xs = zip(body.x[lower], body.x[upper], body.y[lower], body.y[upper], strict=True)
    return [math.degrees(math.atan2(xu - xl, yu - yl)) for xl, xu, yl, yu in xs]


def knee_flexion(body: BodyTrack) -> list[float]:
    """Knee bend: 0 straight, 90 at a right angle (hip-knee-ankle)."""
    return [180.0 - a for a in _interior(body, "hip", "knee", "ankle")]


def hip_angle(body: BodyTrack) -> list[float]:
    """Shoulder-hip-knee angle: 180 in a straight line."""
    return _interior(body, "shoulder", "hip", "knee")


def _interior(body: BodyTrack, a: str, b: str, c: str) -> list[float]:
    x, y = body.x, body.y
    out = []
    for ax, ay, bx, by, cx, cy in zip(x[a], y[a], x[b], y[b], x[c], y[c], strict=True):
        first = math.atan2(ay - by, ax - bx)
        second = math.atan2(cy - by, cx - bx)
        angle = abs(math.degrees(first - second)) % 360.0
        out.append(360.0 - angle if angle > 180.0 else angle)
    return out


def hip_elevation(body: BodyTrack) -> list[float]:
    """Bridge lift: the shoulder-to-hip line's angle above the horizontal (0 lying flat, about
    25-35 at the top of a bridge, -90 when standing)."""
    xs = zip(body.x["shoulder"], body.x["hip"], body.y["shoulder"], body.y["hip"], strict=True)
    return [math.degrees(math.atan2(yh - ys, abs(xh - xs))) for xs, xh, ys, yh in xs]


def line_deviation(body: BodyTrack) -> list[float]:
    """How far the hip sits off the shoulder-knee line, as an angle at the hip: + above the line
    (over-arching), - below it (hips low); 0 when shoulders, hips and knees line up."""
    x, y = body.x, body.y
    out = []
    for sx, sy, hx, hy, kx, ky in zip(
        x["shoulder"], y["shoulder"], x["hip"], y["hip"], x["knee"], y["knee"], strict=True
    ):
        bend = 180.0 - _angle_at(hx, hy, sx, sy, kx, ky)
        cross = (kx - sx) * (hy - sy) - (ky - sy) * (hx - sx)
        out.append(bend if cross * (kx - sx) >= 0 else -bend)
    return out


def _angle_at(bx: float, by: float, ax: float, ay: float, cx: float, cy: float) -> float:
    angle = abs(math.degrees(math.atan2(ay - by, ax - bx) - math.atan2(cy - by, cx - bx))) % 360
    return 360.0 - angle if angle > 180.0 else angle


def heel_rise(body: BodyTrack) -> list[float]:
    """Heel height above the toe, in leg lengths (grows when the heels come up)."""
    leg = body.leg
    return [(h - t) / leg for h, t in zip(body.y["heel"], body.y["toe"], strict=True)]


def knee_past_toe(body: BodyTrack) -> list[float]:
    """How far the knee is ahead of the toes, in leg lengths (negative: behind them)."""
    leg = body.leg
    return [(k - t) / leg for k, t in zip(body.x["knee"], body.x["toe"], strict=True)]


def trunk_length(body: BodyTrack) -> list[float]:
    """Shoulder-hip distance over the person's own trunk length (shrinks when the back curls)."""
    xs = zip(body.x["shoulder"], body.x["hip"], body.y["shoulder"], body.y["hip"], strict=True)
    return [math.hypot(xs - xh, ys - yh) / body.trunk for xs, xh, ys, yh in xs]


def hip_forward(body: BodyTrack) -> list[float]:
    """Hip position ahead of the ankle, in leg lengths (falls as the hips go back)."""
    leg = body.leg
    return [(h - a) / leg for h, a in zip(body.x["hip"], body.x["ankle"], strict=True)]


def feet_moving(body: BodyTrack) -> list[bool]:
    """Samples where the feet slide (walking in, stepping about): no rep is counted there."""
    ankle, dt, leg = body.x["ankle"], body.dt, body.leg
    k = max(1, round(th.FEET_MOVING_HALF_WINDOW_S / dt))
    moving = [False] * len(ankle)
    span, fast = 2 * k * dt, th.FEET_MOVING_SPEED
    for i, (a, b) in enumerate(zip(ankle, ankle[2 * k :], strict=False), start=k):
        if a == a and b == b and abs(b - a) / span / leg > fast:  # nan != nan
            moving[i] = True
    pad = round(th.FEET_MOVING_PAD_S / dt)
    flagged = [i for i, m in enumerate(moving) if m]
    for i in flagged:
        for j in range(max(0, i - pad), min(len(moving), i + pad + 1)):
            moving[j] = True
    return moving


def counting_signal(
    body: BodyTrack, movement: Movement, series: Callable[[str], list[float]] | None = None
) -> list[float]:
    """The one 1-D signal reps are counted on, larger = deeper into the rep, floored just below
    the rest position; for the bridge, ``nan`` where the person is not lying down (getting into
    position). ``series`` gives the angle series already worked out (by their names in
    ``measuring.SERIES``: thigh, trunk, elevation), so that none is worked out twice."""
    if movement is Movement.SQUAT:
        thigh = series("thigh") if series else thigh_above_horizontal(body)
        signal = [90.0 - a for a in thigh]
    elif movement is Movement.HINGE:
        signal = (
            [t + 90.0 - a for t, a in zip(series("trunk"), series("thigh"), strict=True)]
            if series
            else hip_flexion(body)
        )
    else:
        elevation = series("elevation") if series else hip_elevation(body)
        signal = [e if e >= th.BRIDGE_LYING_MIN_ELEVATION_DEG else NAN for e in elevation]
    floor = th.COUNT_FLOOR_DEG
    return [v if v != v or v >= floor else floor for v in signal]
