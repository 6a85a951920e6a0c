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
from operator import itemgetter
from typing import NamedTuple

from backstrong.domain.form import thresholds as th
from backstrong.domain.form.recording import NOSE, PAIRS, Frame, Recording
from backstrong.domain.form.series import NAN, is_nan, median, percentile, resample_pair, smooth

GRID_JOINTS = ("shoulder", "hip", "knee", "ankle", "heel", "toe")
OK, HIDDEN, OUTSIDE, NOBODY = 0, 1, 2, 3  # the state of a joint pair in one frame
OFFSET_WEIGHT = 0.1  # the left-right offset is a running mean: one jittery frame barely moves it

XY = tuple[float, float]


@dataclass(frozen=True, slots=True)
class BodyTrack:
    """Side-on points on an even time grid (``nan`` where unknown) plus per-frame quality: the
    state of each joint pair in each frame (``frame_state[joint][frame]``)."""

    t: list[float]
    dt: float
    x: dict[str, list[float]]
    y: dict[str, list[float]]
    frame_t: list[float]
    frame_state: dict[str, list[int]]
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
    shown = [f.values is not None for f in frames]
    sides = _sides(recording)
    width = recording.width_units
    pairs = {name: (sides[PAIRS[name][0]], sides[PAIRS[name][1]]) for name in GRID_JOINTS}
    states = {name: _states(*pairs[name], shown, width) for name in GRID_JOINTS}
    mids = {name: _follow_pair(*pairs[name]) for name in GRID_JOINTS}
    facing = _facing(mids, frames)
    trunk_raw = _length(mids["shoulder"], mids["hip"])
    widths = _width_ratios(pairs["shoulder"], pairs["hip"], trunk_raw)
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
        mx, my = mids[name]
        xs = [v * stretch for v in mx]
        ys = [-v for v in my]
        on_grid = resample_pair(frame_t, xs, ys, grid, th.MAX_GAP_S)
        x[name], y[name] = smooth(on_grid[0], half), smooth(on_grid[1], half)
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


Mids = tuple[list[float], list[float]]  # x and y of a pair's mid-point, nan where unknown


class Side(NamedTuple):
    """One landmark in every frame: x (true proportions), y, visibility (nan where nobody is in
    view) and whether the point can be used: visible and inside the image."""

    x: list[float]
    y: Sequence[float]
    visibility: Sequence[float]
    usable: list[bool]


_SIDES = tuple(index for name in GRID_JOINTS for index in PAIRS[name])
_SIDE_VALUES = itemgetter(*(4 * index + k for index in _SIDES for k in (0, 1, 3)))


def _sides(recording: Recording) -> dict[int, Side]:
    """The 12 landmarks of the joint pairs, by index. Only these are read: x, y and visibility of
    each, a frame at a time, then turned into one column per value."""
    frames, width, visible = recording.frames, recording.width_units, th.VISIBLE_MIN
    nobody = (NAN,) * (3 * len(_SIDES))
    rows = [_SIDE_VALUES(f.values) if f.values is not None else nobody for f in frames]
    columns = list(zip(*rows, strict=True))
    scales = [f.x_scale for f in frames]
    sides = {}
    for k, index in enumerate(_SIDES):
        raw_x, ys, vs = columns[3 * k : 3 * k + 3]
        xs = [x * scale for x, scale in zip(raw_x, scales, strict=True)]
        usable = [
            0.0 <= x <= width and 0.0 <= y <= 1.0 and v >= visible
            for x, y, v in zip(xs, ys, vs, strict=True)
        ]
        sides[index] = Side(xs, ys, vs, usable)
    return sides


def _states(left: Side, right: Side, shown: list[bool], width: float) -> list[int]:
    """A joint pair's state in each frame: OK when either side can be used, else the worse of
    the two sides' reasons (visibility 0 means "not provided": x and y are placeholders)."""
    states = [OK if a or b else -1 for a, b in zip(left.usable, right.usable, strict=True)]
    for i in [i for i, state in enumerate(states) if state < 0]:
        if not shown[i]:
            states[i] = NOBODY
            continue
        states[i] = max(_side_state(left, i, width), _side_state(right, i, width))
    return states


def _side_state(side: Side, i: int, width: float) -> int:
    x, y, visibility = side.x[i], side.y[i], side.visibility[i]
    if side.usable[i]:
        return OK
    if visibility <= 0.0 or (0.0 <= x <= width and 0.0 <= y <= 1.0):
        return HIDDEN
    return OUTSIDE


def _follow_pair(left: Side, right: Side) -> Mids:
    """Mid-points of a left/right pair, following the two sides as tracks A and B (see the
    module doc). Frames showing both sides decide which label is on which track. A frame showing
    one side keeps the last decision unless the point is clearly nearer the other track (by
    half the gap between the sides), since jitter can be as large as that gap."""
    tracked = False  # both tracks known: A at (ax, ay), B at (bx, by)
    ax = ay = bx = by = 0.0
    ox = oy = 0.0  # a - b, averaged over the frames that showed both sides
    swapped = False  # the label "left" is on track B
    mx: list[float] = []
    my: list[float] = []
    sides = zip(left.x, left.y, left.usable, right.x, right.y, right.usable, strict=True)
    for lx, ly, left_ok, rx, ry, right_ok in sides:
        if left_ok and right_ok:
            if tracked:
                kept = abs(lx - ax) + abs(ly - ay) + abs(rx - bx) + abs(ry - by)
                swapped = abs(lx - bx) + abs(ly - by) + abs(rx - ax) + abs(ry - ay) < kept
                w = OFFSET_WEIGHT
            else:
                w, tracked = 1.0, True
            ax, ay, bx, by = (rx, ry, lx, ly) if swapped else (lx, ly, rx, ry)
            ox, oy = ox + w * (ax - bx - ox), oy + w * (ay - by - oy)
        elif left_ok or right_ok:
            px, py = (lx, ly) if left_ok else (rx, ry)
            if not tracked:
                mx.append(px)
                my.append(py)
                continue
            on_a = left_ok != swapped
            margin = (abs(ox) + abs(oy)) / 2
            to_a, to_b = abs(px - ax) + abs(py - ay), abs(px - bx) + abs(py - by)
            if on_a and to_b < to_a - margin:
                on_a, swapped = False, not swapped
            elif not on_a and to_a < to_b - margin:
                on_a, swapped = True, not swapped
            ax, ay, bx, by = (px, py, px - ox, py - oy) if on_a else (px + ox, py + oy, px, py)
        else:
            mx.append(NAN)
            my.append(NAN)
            continue
        mx.append((ax + bx) / 2)
        my.append((ay + by) / 2)
    return mx, my


def _facing(mids: dict[str, Mids], frames: Sequence[Frame]) -> float:
    """+1 when the person faces image-right (toes ahead of heels; else nose ahead of ears)."""
    heel, toe = mids["heel"][0], mids["toe"][0]
    along = [t - h for h, t in zip(heel, toe, strict=True) if h == h and t == t]
    if not along:
        left, right = PAIRS["ear"]
        along = [
            f.point(NOSE)[0] - (f.point(left)[0] + f.point(right)[0]) / 2
            for f in frames
            if f.values and min(f.point(i)[3] for i in (NOSE, left, right)) >= 0.5
        ]
    return 1.0 if not along or median(along) >= 0 else -1.0


def _width_ratios(
    shoulders: tuple[Side, Side], hips: tuple[Side, Side], trunk: float
) -> list[float]:
    """Apparent shoulder width over trunk length in each frame (from the hips when the shoulders
    are not both seen; nan when neither pair is)."""
    (ls, rs), (lh, rh) = shoulders, hips
    hip_share = th.HIP_WIDTH_PER_SHOULDER_WIDTH
    return [
        abs(a - b) / trunk if p and q else abs(c - d) / trunk / hip_share if r and s else NAN
        for a, b, p, q, c, d, r, s in zip(
            ls.x, rs.x, ls.usable, rs.usable, lh.x, rh.x, lh.usable, rh.usable, strict=True
        )
    ]


def _length(upper: Mids, lower: Mids) -> float:
    (ux, uy), (wx, wy) = upper, lower
    lengths = [
        math.hypot(a - c, b - d)
        for a, b, c, d in zip(ux, uy, wx, wy, strict=True)
        if a == a and c == c
    ]
    return _nan_to(percentile(lengths, th.LENGTH_PERCENTILE), 1.0) or 1.0


def _grid_length(x: dict[str, list[float]], y: dict[str, list[float]], a: str, b: str) -> float:
    lengths = [
        math.hypot(xa - xb, ya - yb) for xa, xb, ya, yb in zip(x[a], x[b], y[a], y[b], strict=True)
    ]
    return _nan_to(percentile(lengths, th.LENGTH_PERCENTILE), 1.0) or 1.0


def _nan_to(value: float, default: float) -> float:
    return default if is_nan(value) else value
