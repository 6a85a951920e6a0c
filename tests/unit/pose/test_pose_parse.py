from __future__ import annotations

from typing import Any

import pytest

from backstrong.domain.pose.model import Anchor, Held, Implement, Pose, Prop, PropKind
from backstrong.domain.pose.parse import KeyframesFormatError, keyframes_from_mapping


def table(**extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"start": {"trunk": -90, "hip": [60, 50]}, "end": {"trunk": -110}}
    data.update(extra)
    return data


def test_omitted_angles_are_zero_and_pairs_read_near_then_far() -> None:
    keyframes = keyframes_from_mapping(table())
    assert keyframes.start == Pose(trunk=-90.0, hip=(60.0, 50.0))
    assert keyframes.end == Pose(trunk=-110.0)
    assert keyframes.held is None and keyframes.prop is None


def test_held_implement_defaults_to_the_hands() -> None:
    keyframes = keyframes_from_mapping(table(held={"implement": "kettlebell"}))
    assert keyframes.held == Held(Implement.KETTLEBELL, Anchor.HANDS)


def test_held_and_prop_are_read() -> None:
    keyframes = keyframes_from_mapping(
        table(
            held={"implement": "barbell", "at": "hips"},
            prop={"kind": "bench", "under": "shoulders"},
        )
    )
    assert keyframes.held == Held(Implement.BARBELL, Anchor.HIPS)
    assert keyframes.prop == Prop(PropKind.BENCH, Anchor.SHOULDERS)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (table(start={"hips": [1, 2]}), "keyframes.start: unknown key 'hips'; accepted: trunk"),
        (table(start={"hip": 90}), "keyframes.start.hip: 90 is not a pair; expected [near, far]"),
        (table(start={"knee": [1, "x"]}), "keyframes.start.knee[far]: 'x' is not a number"),
        (table(end={"trunk": 270}), "keyframes.end.trunk: 270 is out of range"),
        (table(end={"trunk": True}), "keyframes.end.trunk: True is not a number"),
        ({"start": {}}, "keyframes: 'end' is missing"),
        (table(held={"implement": "sandbag"}), "keyframes.held.implement: 'sandbag' is not known"),
        (table(prop={"kind": "bench"}), "keyframes.prop: 'under' is missing; accepted: hands"),
        (table(prop={"kind": "sofa", "under": "hips"}), "accepted: bench, box, ball"),
        (table(colour="red"), "keyframes: unknown key 'colour'; accepted: start, end, held, prop"),
    ],
)
def test_bad_tables_name_the_field_the_value_and_what_is_accepted(
    data: dict[str, Any], expected: str
) -> None:
    with pytest.raises(KeyframesFormatError) as caught:
        keyframes_from_mapping(data)
    assert expected in str(caught.value)


def test_format_errors_are_value_errors() -> None:
    assert issubclass(KeyframesFormatError, ValueError)
