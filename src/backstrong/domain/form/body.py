"""From landmark frames to one side-view body: the side-on points the rules measure.

Per frame, each left/right pair (shoulders, hips, knees, ankles, heels, toes) becomes one
mid-point. The two sides are followed as tracks rather than by their labels, so a left/right
swap by the pose estimator changes nothing; when one side is hidden, the other stands in with the
last known offset between the two. The points are then turned to face +x with y up, stretched
back along x by the estimated camera yaw (a camera turned by ``a`` from side-on shortens forward
distances by cos a and leaves heights alone), put on an even time grid (short gaps bridged) and
smoothed. Segment lengths are the person's own, measured from the recording.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from backstrong.domain.form import thresholds as th
from backstrong.domain.form.recording import NOSE, PAIRS, Frame, LandmarkRow, Recording
from backstrong.domain.form.series import NAN, is_nan, median, percentile, resample, smooth

GRID_JOINTS = ("shoulder", "hip", "knee", "ankle", "heel", "toe")
OK, HIDDEN, OUTSIDE, NOBODY = 0, 1, 2, 3  # the state of a joint pair in one frame
OFFSET_WEIGHT = 0.1  # the left-right offset is a running mean: one jittery frame barely moves it

XY = tuple[float, float]


@dataclass(frozen=True, slots=True)
class BodyTrack:
    """Side-on points on an even time grid (``nan`` where unknown) plus per-frame quality."""

    t: list[float]
    dt: float
    x: dict[str, list[float]]
    y: dict[str, list[float]]
    frame_t: list[float]
    frame_state: list[dict[str, int]]
    frame_width_ratio: list[float]
    thigh: float
    shank: float
    trunk: float
    yaw_deg: float

    @property
    def leg(self) -> float:
        return self.thigh + self.shank

    def index_at(self, t: float) -> int:
        return min(len(self.t) - 1, max(0, round((t - self.t[0]) / self.dt)))


def body_track(recording: Recording) -> BodyTrack:
    frames = recording.frames
    states, pairs = _frame_points(recording)
    mids = {name: _follow_pair([p[name] for p in pairs]) for name in GRID_JOINTS}
    facing = _facing(mids, frames)
    trunk_raw = _length(mids["shoulder"], mids["hip"])
    widths = [_width_ratio(p, trunk_raw) for p in pairs]
    sin_yaw = min(
        math.sin(math.radians(th.MAX_CORRECTED_YAW_DEG)),
        _nan_to(median(widths), 0.0) / th.SHOULDER_WIDTH_PER_TRUNK,
    )
    stretch = facing / math.sqrt(1.0 - sin_yaw * sin_yaw)
    frame_t = [f.t for f in frames]
    dt = 1.0 / recording.fps
    steps = max(1, round((frame_t[-1] - frame_t[0]) / dt) + 1)
    grid = [frame_t[0] + i * dt for i in range(steps)]
    half = max(1, round(th.SMOOTH_WINDOW_S / dt / 2))
    x: dict[str, list[float]] = {}
    y: dict[str, list[float]] = {}
    for name in GRID_JOINTS:
        xs = [p[0] * stretch if p else NAN for p in mids[name]]
        ys = [-p[1] if p else NAN for p in mids[name]]
        x[name] = smooth(resample(frame_t, xs, grid, th.MAX_GAP_S), half)
        y[name] = smooth(resample(frame_t, ys, grid, th.MAX_GAP_S), half)
    return BodyTrack(
        t=grid,
        dt=dt,
        x=x,
        y=y,
        frame_t=frame_t,
        frame_state=states,
        frame_width_ratio=widths,
        thigh=_grid_length(x, y, "hip", "knee"),
        shank=_grid_length(x, y, "knee", "ankle"),
        trunk=_grid_length(x, y, "shoulder", "hip"),
        yaw_deg=math.degrees(math.asin(sin_yaw)),
    )


Sides = tuple[XY | None, XY | None]


def _frame_points(recording: Recording) -> tuple[list[dict[str, int]], list[dict[str, Sides]]]:
    states: list[dict[str, int]] = []
    points: list[dict[str, Sides]] = []
    nobody_state = dict.fromkeys(GRID_JOINTS, NOBODY)
    nobody_points: dict[str, Sides] = dict.fromkeys(GRID_JOINTS, (None, None))
    pairs = tuple((name, PAIRS[name]) for name in GRID_JOINTS)
    width = recording.width_units
    for frame in recording.frames:
        rows = frame.landmarks
        if rows is None:
            states.append(nobody_state)
            points.append(nobody_points)
            continue
        state: dict[str, int] = {}
        found: dict[str, Sides] = {}
        for name, (left, right) in pairs:
            a, sa = _reliable(width, rows[left])
            b, sb = _reliable(width, rows[right])
            state[name] = OK if (sa == OK or sb == OK) else max(sa, sb)
            found[name] = (a, b)
        states.append(state)
        points.append(found)
    return states, points


def _reliable(width: float, row: LandmarkRow) -> tuple[XY | None, int]:
    x, y, _, visibility = row
    if visibility >= th.VISIBLE_MIN and 0.0 <= x <= width and 0.0 <= y <= 1.0:
        return (x, y), OK
    if visibility <= 0.0:
        return None, HIDDEN  # 0 = not provided: x and y are placeholders
    if not (0.0 <= x <= width and 0.0 <= y <= 1.0):
        return None, OUTSIDE
    return None, HIDDEN


def _follow_pair(sides: Sequence[Sides]) -> list[XY | None]:
    """Mid-points of a left/right pair, following the two sides as tracks A and B (see the
    module doc). Frames showing both sides decide which label is on which track. A frame showing
    one side keeps the last decision unless the point is clearly nearer the other track (by
    half the gap between the sides), since jitter can be as large as that gap."""
    a: XY | None = None
    b: XY | None = None
    ox = oy = 0.0  # a - b, averaged over the frames that showed both sides
    swapped = False  # the label "left" is on track B
    mids: list[XY | None] = []
    for left, right in sides:
        if left and right:
            if a and b:
                (lx, ly), (rx, ry) = left, right
                (ax, ay), (bx, by) = a, b
                kept = abs(lx - ax) + abs(ly - ay) + abs(rx - bx) + abs(ry - by)
                swapped = abs(lx - bx) + abs(ly - by) + abs(rx - ax) + abs(ry - ay) < kept
                w = OFFSET_WEIGHT
            else:
                w = 1.0
            a, b = (right, left) if swapped else (left, right)
            ox, oy = ox + w * (a[0] - b[0] - ox), oy + w * (a[1] - b[1] - oy)
            mids.append(((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))
        elif left or right:
            p = left or right
            assert p is not None
            if a is None or b is None:
                mids.append(p)
                continue
            on_a = (left is not None) != swapped
            margin = (abs(ox) + abs(oy)) / 2
            if on_a and _l1(p, b) < _l1(p, a) - margin:
                on_a, swapped = False, not swapped
            elif not on_a and _l1(p, a) < _l1(p, b) - margin:
                on_a, swapped = True, not swapped
            if on_a:
                a, b = p, (p[0] - ox, p[1] - oy)
            else:
                a, b = (p[0] + ox, p[1] + oy), p
            mids.append(((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))
        else:
            mids.append(None)
    return mids


def _l1(p: XY, q: XY) -> float:
    return abs(p[0] - q[0]) + abs(p[1] - q[1])


def _facing(mids: dict[str, list[XY | None]], frames: Sequence[Frame]) -> float:
    """+1 when the person faces image-right (toes ahead of heels; else nose ahead of ears)."""
    along = [t[0] - h[0] for h, t in zip(mids["heel"], mids["toe"], strict=True) if h and t]
    if not along:
        left, right = PAIRS["ear"]
        along = [
            f.landmarks[NOSE][0] - (f.landmarks[left][0] + f.landmarks[right][0]) / 2
            for f in frames
            if f.landmarks and min(f.landmarks[i][3] for i in (NOSE, left, right)) >= 0.5
        ]
    return 1.0 if not along or median(along) >= 0 else -1.0


def _width_ratio(points: dict[str, Sides], trunk: float) -> float:
    shoulders, hips = points["shoulder"], points["hip"]
    if shoulders[0] and shoulders[1]:
        return abs(shoulders[0][0] - shoulders[1][0]) / trunk
    if hips[0] and hips[1]:
        return abs(hips[0][0] - hips[1][0]) / trunk / th.HIP_WIDTH_PER_SHOULDER_WIDTH
    return NAN


def _length(upper: Sequence[XY | None], lower: Sequence[XY | None]) -> float:
    lengths = [math.dist(u, w) for u, w in zip(upper, lower, strict=True) if u and w]
    return _nan_to(percentile(lengths, th.LENGTH_PERCENTILE), 1.0) or 1.0


def _grid_length(x: dict[str, list[float]], y: dict[str, list[float]], a: str, b: str) -> float:
    lengths = [
        math.hypot(xa - xb, ya - yb) for xa, xb, ya, yb in zip(x[a], x[b], y[a], y[b], strict=True)
    ]
    return _nan_to(percentile(lengths, th.LENGTH_PERCENTILE), 1.0) or 1.0


def _nan_to(value: float, default: float) -> float:
    return default if is_nan(value) else value
