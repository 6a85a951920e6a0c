"""Strict reader of pose-landmarks/v1 (see the shared format document): a parsed JSON object in,
a :class:`Recording` out, or a :class:`LandmarksFormatError` naming the rule broken.

Unknown top-level keys (``meta`` and the like) are ignored, as the format asks.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from backstrong.domain.errors import FieldError
from backstrong.domain.form.recording import (
    FORMAT,
    LANDMARK_COUNT,
    LANDMARK_SET,
    Frame,
    LandmarkRow,
    Recording,
)


class LandmarksFormatError(FieldError):
    """A landmarks file that breaks a rule of pose-landmarks/v1: which field, its value, and what
    would be accepted (a :class:`FieldError`, so every interface shows it the usual way)."""

    def __init__(self, field: str, value: object, problem: str, accepted: str) -> None:
        super().__init__(field, value, accepted)
        self.args = (f"{field}: {_show(value)} {problem}; {accepted}",)
        self.problem = problem


def recording_from_mapping(data: object) -> Recording:
    """Read a parsed pose-landmarks/v1 document."""
    if not isinstance(data, Mapping):
        raise LandmarksFormatError(
            "(file)", data, "is not a JSON object", "expected an object with format and frames"
        )
    _exact(data, "format", FORMAT)
    _exact(data, "landmark_set", LANDMARK_SET)
    fps = _number(data, "fps")
    if fps <= 0:
        raise LandmarksFormatError("fps", fps, "is not positive", "fps must be a number > 0")
    width, height = _size(data, "width"), _size(data, "height")
    frames = _frames(data.get("frames"), width, height)
    return Recording(fps=fps, width=width, height=height, frames=frames)


def _exact(data: Mapping[object, object], key: str, expected: str) -> None:
    value = data.get(key)
    if value != expected or not isinstance(value, str):
        problem = "is missing" if key not in data else "is not the expected string"
        raise LandmarksFormatError(key, value, problem, f'{key} must be exactly "{expected}"')


def _number(data: Mapping[object, object], key: str) -> float:
    value = data.get(key)
    if not _is_number(value):
        raise LandmarksFormatError(key, value, "is not a number", f"{key} must be a number > 0")
    assert isinstance(value, int | float)
    return float(value)


def _size(data: Mapping[object, object], key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise LandmarksFormatError(
            key, value, "is not a positive integer", f"{key} must be the image size in pixels (> 0)"
        )
    return value


def _frames(value: object, width: int, height: int) -> tuple[Frame, ...]:
    if not isinstance(value, list) or not value:
        raise LandmarksFormatError(
            "frames", value, "is not a non-empty list", "frames must list at least one frame"
        )
    sx, sy = width / height, 1.0
    frames: list[Frame] = []
    previous = -math.inf
    for index, item in enumerate(value):
        field = f"frames[{index}]"
        if not isinstance(item, Mapping):
            raise LandmarksFormatError(field, item, "is not an object", "expected {t, landmarks}")
        t = _time(item, field, previous)
        frames.append(Frame(t=t, landmarks=_landmarks(item, field, sx, sy)))
        previous = t
    return tuple(frames)


def _time(item: Mapping[object, object], field: str, previous: float) -> float:
    t = item.get("t")
    if not _is_number(t):
        raise LandmarksFormatError(
            f"{field}.t", t, "is not a number", "t must be seconds since the first frame (>= 0)"
        )
    assert isinstance(t, int | float)
    if t < 0:
        raise LandmarksFormatError(f"{field}.t", t, "is negative", "t must be >= 0")
    if t < previous:
        raise LandmarksFormatError(
            f"{field}.t",
            t,
            f"is before the previous frame's {_show(previous)}",
            "t must be non-decreasing",
        )
    return float(t)


def _landmarks(
    item: Mapping[object, object], field: str, sx: float, sy: float
) -> tuple[LandmarkRow, ...] | None:
    if "landmarks" not in item:
        raise LandmarksFormatError(
            f"{field}.landmarks", None, "is missing", "use null when nobody is in the frame"
        )
    rows = item["landmarks"]
    if rows is None:
        return None
    if not isinstance(rows, list) or len(rows) != LANDMARK_COUNT:
        size = f"has {len(rows)} rows" if isinstance(rows, list) else "is not a list"
        raise LandmarksFormatError(
            f"{field}.landmarks", _short(rows), size, "expected null or exactly 33 rows"
        )
    out: list[LandmarkRow] = []
    for i, row in enumerate(rows):
        # fast path for well-formed rows; anything unusual goes through _row for its message
        if type(row) is list and len(row) == 4:
            x, y, z, v = row
            if (
                type(x) is float
                and type(y) is float
                and type(v) in _FAST
                and type(z) in _FAST
                and x - x == 0.0
                and y - y == 0.0
                and z - z == 0
                and 0.0 <= v <= 1.0
            ):
                out.append((x * sx, y * sy, z * sx, float(v)))
                continue
        out.append(_row(row, f"{field}.landmarks[{i}]", sx, sy))
    return tuple(out)


_FAST = (float, int)


def _row(row: object, field: str, sx: float, sy: float) -> LandmarkRow:
    if not isinstance(row, list | tuple) or len(row) != 4 or not all(map(_is_number, row)):
        raise LandmarksFormatError(
            field, row, "is not 4 numbers", "expected [x, y, z, visibility], all finite numbers"
        )
    x, y, z, v = (float(n) for n in row)
    if not all(map(math.isfinite, (x, y, z, v))):
        raise LandmarksFormatError(field, row, "holds a non-finite number", "all must be finite")
    if not 0.0 <= v <= 1.0:
        raise LandmarksFormatError(
            f"{field}[3]",
            v,
            "is outside [0, 1]",
            "visibility must lie in [0, 1] (0 = not provided)",
        )
    return (x * sx, y * sy, z * sx, v)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _short(value: object) -> object:
    if isinstance(value, Sequence) and not isinstance(value, str) and len(value) > 3:
        return f"[{len(value)} items]"
    return value


def _show(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
