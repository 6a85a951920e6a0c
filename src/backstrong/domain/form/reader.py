"""Strict reader of pose-landmarks/v1 (described in docs/form-landmarks.md): a parsed JSON
object in, a :class:`Recording` out, or a :class:`LandmarksFormatError` naming the rule broken.

Unknown top-level keys (``meta`` and the like) are ignored, as the format asks.
"""

from __future__ import annotations

import marshal
import math
import struct
from collections.abc import Mapping, Sequence
from functools import reduce
from itertools import chain
from operator import iadd

from backstrong.domain.errors import FieldError
from backstrong.domain.form.recording import (
    FORMAT,
    LANDMARK_COUNT,
    LANDMARK_SET,
    Frame,
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
    scale = width / height
    frames: list[Frame] = []
    previous = -math.inf
    for index, item in enumerate(value):
        # fast path for a plain object with a float time in order and 33 well-formed rows (or
        # null); anything else goes through _frame, which names the rule broken
        if type(item) is dict:
            t = item.get("t")
            rows = item.get("landmarks", _MISSING)
            if type(t) is float and t >= 0.0 and t >= previous:
                values = _flat(rows) if type(rows) is list and len(rows) == LANDMARK_COUNT else None
                if values is not None or rows is None:
                    frames.append(Frame(t, values, scale))
                    previous = t
                    continue
        frame = _frame(item, f"frames[{index}]", previous, scale)
        frames.append(frame)
        previous = frame.t
    return tuple(frames)


_MISSING = object()
_ROW_TYPES = {list}
_ROW_LENGTHS = [4] * LANDMARK_COUNT
_NUMBER_TYPES = {float, int}


def _flat(rows: list[object]) -> tuple[float, ...] | None:
    """The numbers of well-formed rows (lists of 4 finite floats or ints, visibility in [0, 1])
    in one flat tuple, checked a frame at a time; None when a row needs a closer look."""
    values = _floats(rows)
    if values is None:
        if set(map(type, rows)) != _ROW_TYPES:
            return None
        lists: list[list[float]] = rows  # type: ignore[assignment]
        if list(map(len, lists)) != _ROW_LENGTHS:
            return None
        values = tuple(reduce(iadd, lists, []))
        if not set(map(type, values)) <= _NUMBER_TYPES:
            return None
        values = tuple(map(float, values))  # some are ints
    try:
        total = sum(values)  # inf or nan when any value is (or, rarely, when it overflows)
    except OverflowError:
        return None
    visibility = values[3::4]
    if total - total != 0.0 or min(visibility) < 0.0 or max(visibility) > 1.0:
        return None
    return values


# The usual frame, 33 lists of 4 floats, checked at C speed: marshal (format version 2) writes a
# list as "[" and its length (4 bytes), then its items, and a float as "g" and its 8 bytes; it
# writes a bool, an int or any subclass differently (or refuses it). So these rows are lists of
# 4 floats exactly when marshal's bytes have the expected length and, at every place where a
# list or a float starts, the expected type and length bytes. Kept for bench_form's
# form_read_60s_ms (target 50): about 43 ms without it, 28 ms with it on the test machine.
_ROW_BYTES = 5 + 4 * 9
_FRAME_BYTES = 5 + LANDMARK_COUNT * _ROW_BYTES
_FRAME_HEAD = b"[" + LANDMARK_COUNT.to_bytes(4, "little")
_ROW_HEAD = b"[" + (4).to_bytes(4, "little")
_SHAPE = _FRAME_HEAD + (_ROW_HEAD + b"g\0\0\0\0\0\0\0\0" * 4) * LANDMARK_COUNT
_MASK = b"\xff" * 5 + (b"\xff" * 5 + (b"\xff" + b"\0" * 8) * 4) * LANDMARK_COUNT
_SHAPE_BITS, _MASK_BITS = int.from_bytes(_SHAPE, "little"), int.from_bytes(_MASK, "little")
_FLOATS = struct.Struct("<5x" + ("5x" + "xd" * 4) * LANDMARK_COUNT)


def _floats(rows: list[object]) -> tuple[float, ...] | None:
    """The 132 numbers of 33 rows that are lists of 4 floats (of these very types), else None."""
    try:
        data = marshal.dumps(rows, 2)
    except ValueError:  # something marshal cannot write, such as a subclass of list
        return None
    if len(data) != _FRAME_BYTES or int.from_bytes(data, "little") & _MASK_BITS != _SHAPE_BITS:
        return None
    return _FLOATS.unpack(data)


def _frame(item: object, field: str, previous: float, scale: float) -> Frame:
    if not isinstance(item, Mapping):
        raise LandmarksFormatError(field, item, "is not an object", "expected {t, landmarks}")
    t = _time(item, field, previous)
    return Frame(t, _landmarks(item, field), scale)


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


def _landmarks(item: Mapping[object, object], field: str) -> tuple[float, ...] | None:
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
    values = _flat(rows)
    if values is not None:
        return values
    checked = (_row(row, f"{field}.landmarks[{i}]") for i, row in enumerate(rows))
    return tuple(chain.from_iterable(checked))


def _row(row: object, field: str) -> tuple[float, float, float, float]:
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
    return (x, y, z, v)


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
