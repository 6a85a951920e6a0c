"""Build :class:`Keyframes` from plain data (a TOML ``[keyframes]`` table, a JSON object).

Layout (see the exercise file format): ``start`` and ``end`` tables of angles in degrees, where
omitted angles are 0 and limb angles are pairs ``[near, far]``; optional ``held = {implement, at}``
and ``prop = {kind, under}``. Bad input raises :class:`KeyframesFormatError` naming the field, the
value and what is accepted.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from backstrong.domain.pose.model import (
    Anchor,
    Held,
    Implement,
    Keyframes,
    Pair,
    Pose,
    Prop,
    PropKind,
)

SINGLE_ANGLES = ("trunk", "neck")
PAIRED_ANGLES = ("hip", "knee", "ankle", "shoulder", "elbow")
POSE_KEYS = SINGLE_ANGLES + PAIRED_ANGLES
KEYFRAMES_KEYS = ("start", "end", "held", "prop")
MAX_ABS_ANGLE_DEG = 180.0  # a joint angle beyond a half turn is always a typo

_E = TypeVar("_E", bound=StrEnum)


class KeyframesFormatError(ValueError):
    """A keyframes table that cannot be read; the message names the field, value and what fits."""


def keyframes_from_mapping(data: Mapping[str, object], *, field: str = "keyframes") -> Keyframes:
    """Read a ``[keyframes]`` table into :class:`Keyframes`."""
    _reject_unknown_keys(data, KEYFRAMES_KEYS, field)
    return Keyframes(
        start=pose_from_mapping(_required_table(data, "start", field), field=f"{field}.start"),
        end=pose_from_mapping(_required_table(data, "end", field), field=f"{field}.end"),
        held=_held(data.get("held"), f"{field}.held"),
        prop=_prop(data.get("prop"), f"{field}.prop"),
    )


def pose_from_mapping(data: Mapping[str, object], *, field: str = "pose") -> Pose:
    """Read one pose table; omitted angles are 0."""
    _reject_unknown_keys(data, POSE_KEYS, field)
    singles = {k: _angle(data.get(k, 0.0), f"{field}.{k}") for k in SINGLE_ANGLES}
    pairs = {k: _pair(data.get(k, (0.0, 0.0)), f"{field}.{k}") for k in PAIRED_ANGLES}
    return Pose(
        trunk=singles["trunk"],
        neck=singles["neck"],
        hip=pairs["hip"],
        knee=pairs["knee"],
        ankle=pairs["ankle"],
        shoulder=pairs["shoulder"],
        elbow=pairs["elbow"],
    )


def _held(value: object, field: str) -> Held | None:
    example = '{ implement = "barbell", at = "hands" }'
    table = _optional_table(value, field, example, {"implement": Implement, "at": Anchor}, ("at",))
    if table is None:
        return None
    return Held(
        implement=_enum(Implement, table["implement"], f"{field}.implement"),
        at=_enum(Anchor, table.get("at", Anchor.HANDS.value), f"{field}.at"),
    )


def _prop(value: object, field: str) -> Prop | None:
    example = '{ kind = "bench", under = "shoulders" }'
    table = _optional_table(value, field, example, {"kind": PropKind, "under": Anchor})
    if table is None:
        return None
    return Prop(
        kind=_enum(PropKind, table["kind"], f"{field}.kind"),
        under=_enum(Anchor, table["under"], f"{field}.under"),
    )


def _optional_table(
    value: object,
    field: str,
    example: str,
    keys: Mapping[str, type[StrEnum]],
    optional: tuple[str, ...] = (),
) -> Mapping[str, object] | None:
    """A small table of ``keys`` naming members of their enums (``held``, ``prop``): None when
    absent; refused with an unknown key or without a key that is not ``optional``."""
    if value is None:
        return None
    table = _as_table(value, field, f"a table like {example}")
    _reject_unknown_keys(table, tuple(keys), field)
    for key, enum in keys.items():
        if key not in table and key not in optional:
            raise KeyframesFormatError(f"{field}: '{key}' is missing; accepted: {_choices(enum)}")
    return table


def _angle(value: object, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise KeyframesFormatError(f"{field}: {value!r} is not a number; expected degrees")
    angle = float(value)
    if not math.isfinite(angle) or abs(angle) > MAX_ABS_ANGLE_DEG:
        raise KeyframesFormatError(
            f"{field}: {value!r} is out of range; expected degrees from -180 to 180"
        )
    return angle


def _pair(value: object, field: str) -> Pair:
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise KeyframesFormatError(
            f"{field}: {value!r} is not a pair; expected [near, far] in degrees, e.g. [90, 90]"
        )
    return (_angle(value[0], f"{field}[near]"), _angle(value[1], f"{field}[far]"))


def _enum(enum: type[_E], value: object, field: str) -> _E:
    if isinstance(value, str) and value in enum._value2member_map_:
        return enum(value)
    raise KeyframesFormatError(f"{field}: {value!r} is not known; accepted: {_choices(enum)}")


def _choices(enum: type[StrEnum]) -> str:
    return ", ".join(member.value for member in enum)


def _required_table(data: Mapping[str, object], key: str, field: str) -> Mapping[str, object]:
    if key not in data:
        raise KeyframesFormatError(f"{field}: '{key}' is missing; expected a table of angles")
    return _as_table(data[key], f"{field}.{key}", "a table of angles such as { trunk = 45 }")


def _as_table(value: object, field: str, expected: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise KeyframesFormatError(f"{field}: {value!r} is not a table; expected {expected}")
    return value


def _reject_unknown_keys(data: Mapping[str, object], accepted: tuple[str, ...], field: str) -> None:
    unknown = sorted(set(data) - set(accepted))
    if unknown:
        raise KeyframesFormatError(
            f"{field}: unknown key {unknown[0]!r}; accepted: {', '.join(accepted)}"
        )
