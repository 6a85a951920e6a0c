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
from backstrong.domain.form.recording import (
    LANDMARK_COUNT,
    NOSE,
    PAIRS,
    Frame,
    LandmarkRow,
    Recording,
)
from backstrong.domain.form.series import (
    NAN,
    Resampling,
    is_nan,
    median,
    percentile,
    resampling,
)

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
    provided: frozenset[str] = frozenset(GRID_JOINTS)  # pairs the file gives in some frame

    @property
    def leg(self) -> float:
        return self.thigh + self.shank

    def index_at(self, t: float) -> int:
        return min(len(self.t) - 1, max(0, round((t - self.t[0]) / self.dt)))


def body_track(recording: Recording) -> BodyTrack:
    frames = recording.frames
    width = recording.width_units
    rows = _Rows([_NOBODY if f.values is None else f.values for f in frames],
                 [f.x_scale for f in frames], width)  # fmt: skip
    pairs = {name: _follow_pair(rows, *PAIRS[name]) for name in GRID_JOINTS}
    states = {
        name: _states(frames, pairs[name].unseen, *PAIRS[name], width) for name in GRID_JOINTS
    }
    facing = _facing(pairs, frames)
    trunk_raw = _length(pairs["shoulder"], pairs["hip"])
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
    on_grid: dict[tuple[int, ...], Resampling] = {}  # by the frames where a joint is unseen
    for name in GRID_JOINTS:
        pair = pairs[name]
        unseen = tuple(pair.unseen)
        if unseen not in on_grid:
            known = [i for i, v in enumerate(pair.x) if v == v]  # nan != nan
            on_grid[unseen] = resampling(frame_t, known, grid, th.MAX_GAP_S)
        x[name] = on_grid[unseen].smoothed([v * stretch for v in pair.x], half)
        y[name] = on_grid[unseen].smoothed([-v for v in pair.y], half)
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
        provided=frozenset(name for name in GRID_JOINTS if _provided(frames, *PAIRS[name])),
    )


_NOBODY = (NAN,) * (4 * LANDMARK_COUNT)  # the landmarks of a frame showing nobody


class _Rows(NamedTuple):
    """Every frame's landmark numbers as read (``_NOBODY`` where nobody is in view), the scale
    that puts their x in true proportions, and the frame's width in those units."""

    values: list[tuple[float, ...]]
    x_scale: list[float]
    width: float


class Pair(NamedTuple):
    """A left/right pair in every frame: its mid-point (``nan`` where neither side can be used),
    left x minus right x where both sides can be used, and the frames with neither."""

    x: list[float]
    y: list[float]
    across: list[float]
    unseen: list[int]


def _follow_pair(rows: _Rows, left: int, right: int) -> Pair:
    """Mid-points of a left/right pair, following the two sides as tracks A and B (see the
    module doc). A side is used when visible and inside the image. Frames showing both sides
    decide which label is on which track. A frame showing one side keeps the last decision unless
    the point is clearly nearer the other track (by half the gap between the sides), since jitter
    can be as large as that gap. One pass over the frames for all of it (form_analyse_60s_ms)."""
    n, width, visible = len(rows.values), rows.width, th.VISIBLE_MIN
    mx, my, across, unseen = [NAN] * n, [NAN] * n, [NAN] * n, []
    tracked = swapped = False  # tracked: both tracks known; swapped: the label "left" is on B
    ax = ay = bx = by = 0.0  # track A at (ax, ay), B at (bx, by)
    ox = oy = 0.0  # a - b, averaged over the frames that showed both sides
    read = itemgetter(4 * left, 4 * left + 1, 4 * left + 3, 4 * right, 4 * right + 1, 4 * right + 3)
    frames = enumerate(zip(map(read, rows.values), rows.x_scale, strict=True))
    for i, ((lx, ly, lv, rx, ry, rv), scale) in frames:
        lx, rx = lx * scale, rx * scale
        left_ok = 0.0 <= lx <= width and 0.0 <= ly <= 1.0 and lv >= visible
        right_ok = 0.0 <= rx <= width and 0.0 <= ry <= 1.0 and rv >= visible
        if left_ok and right_ok:
            across[i] = lx - rx
            if tracked:
                kept = abs(lx - ax) + abs(ly - ay) + abs(rx - bx) + abs(ry - by)
                swapped = abs(lx - bx) + abs(ly - by) + abs(rx - ax) + abs(ry - ay) < kept
                w = OFFSET_WEIGHT
            else:
                w, tracked = 1.0, True
            if swapped:  # two names at a time build no tuple (form_analyse_60s_ms)
                ax, ay = rx, ry
                bx, by = lx, ly
            else:
                ax, ay = lx, ly
                bx, by = rx, ry
            ox, oy = ox + w * (ax - bx - ox), oy + w * (ay - by - oy)
        elif left_ok or right_ok:
            px, py = (lx, ly) if left_ok else (rx, ry)
            if not tracked:
                mx[i], my[i] = px, py
                continue
            on_a = left_ok != swapped
            margin = (abs(ox) + abs(oy)) / 2
            to_a, to_b = abs(px - ax) + abs(py - ay), abs(px - bx) + abs(py - by)
            if to_b < to_a - margin if on_a else to_a < to_b - margin:  # nearer the other track
                on_a, swapped = not on_a, not swapped
            ax, ay, bx, by = (px, py, px - ox, py - oy) if on_a else (px + ox, py + oy, px, py)
        else:
            unseen.append(i)
            continue
        mx[i], my[i] = (ax + bx) / 2, (ay + by) / 2
    return Pair(mx, my, across, unseen)


def _states(
    frames: Sequence[Frame], unseen: list[int], left: int, right: int, width: float
) -> list[int]:
    """A joint pair's state in each frame: OK when either side can be used, else the worse of
    the two sides' reasons (visibility 0 means "not provided": x and y are placeholders)."""
    states = [OK] * len(frames)
    for i in unseen:
        frame = frames[i]
        if frame.values is None:
            states[i] = NOBODY
            continue
        states[i] = max(
            _side_state(frame.point(left), width), _side_state(frame.point(right), width)
        )
    return states


def _provided(frames: Sequence[Frame], left: int, right: int) -> bool:
    """Whether any frame gives either side at all (a motion-capture file may have no heel or
    toe markers: every frame then marks them not provided, visibility 0)."""
    return any(
        frame.values is not None and (frame.point(left)[3] > 0.0 or frame.point(right)[3] > 0.0)
        for frame in frames
    )


def _side_state(point: LandmarkRow, width: float) -> int:
    """Why a side that cannot be used cannot be."""
    x, y, _, visibility = point
    if visibility <= 0.0 or (0.0 <= x <= width and 0.0 <= y <= 1.0):
        return HIDDEN
    return OUTSIDE


def _facing(pairs: dict[str, Pair], frames: Sequence[Frame]) -> float:
    """+1 when the person faces image-right. The first of these that the recording shows
    decides: toes ahead of heels, toes ahead of ankles, ankles ahead of heels (a file may lack
    heels or toes), the nose ahead of the ears it shows (in a side view the far ear is often
    hidden)."""
    for front, back in FACING_PAIRS:
        ahead, behind = pairs[front].x, pairs[back].x
        along = [f - b for f, b in zip(ahead, behind, strict=True) if f == f and b == b]
        if along:
            return 1.0 if median(along) >= 0 else -1.0
    along = [d for d in map(_nose_ahead_of_ears, frames) if d == d]  # nan != nan
    return 1.0 if not along or median(along) >= 0 else -1.0


FACING_PAIRS = (("toe", "heel"), ("toe", "ankle"), ("ankle", "heel"))


def _nose_ahead_of_ears(frame: Frame) -> float:
    """Nose x minus the mean x of the ears seen with it (``nan`` if the nose or both ears are
    not seen)."""
    if frame.values is None or frame.point(NOSE)[3] < th.VISIBLE_MIN:
        return NAN
    ears = [frame.point(i)[0] for i in PAIRS["ear"] if frame.point(i)[3] >= th.VISIBLE_MIN]
    return frame.point(NOSE)[0] - sum(ears) / len(ears) if ears else NAN


def _width_ratios(shoulders: Pair, hips: Pair, trunk: float) -> list[float]:
    """Apparent shoulder width over trunk length in each frame (from the hips when the shoulders
    are not both seen; nan when neither pair is)."""
    hip_share = th.HIP_WIDTH_PER_SHOULDER_WIDTH
    return [
        abs(s) / trunk if s == s else abs(h) / trunk / hip_share if h == h else NAN  # nan != nan
        for s, h in zip(shoulders.across, hips.across, strict=True)
    ]


def _length(upper: Pair, lower: Pair) -> float:
    ux, uy, wx, wy = upper.x, upper.y, lower.x, lower.y
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
