from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backstrong.domain.pose.kinematics import (
    HEAD_RADIUS_PER_HEIGHT,
    JOINTS,
    PROP_TOP_M,
    Point,
    grounded,
    joint_angles,
    joint_positions,
    lowest_y,
    mirrored,
    shifted,
)
from backstrong.domain.pose.model import Anchor, Pose, Prop, PropKind


def both(angle: float) -> tuple[float, float]:
    return (angle, angle)


def standing(**angles: object) -> Pose:
    return Pose(**angles)  # type: ignore[arg-type]


def test_standing_puts_head_above_hips_above_feet() -> None:
    p = grounded(joint_positions(standing()))
    assert p["head"].y > p["neck"].y > p["shoulder"].y > p["hip"].y
    assert p["hip"].y > p["near_knee"].y > p["near_ankle"].y
    assert p["near_heel"].y == pytest.approx(0.0)
    assert p["near_toe"].y == pytest.approx(0.0)


def test_standing_height_is_close_to_the_height_asked_for() -> None:
    p = grounded(joint_positions(standing(), height_m=1.80))
    crown = p["head"].y + HEAD_RADIUS_PER_HEIGHT * 1.80
    assert crown == pytest.approx(1.80, abs=0.05)


def test_standing_toes_point_forward() -> None:
    p = joint_positions(standing())
    assert p["near_toe"].x > p["near_ankle"].x


def test_hip_flexed_ninety_degrees_puts_the_knee_in_front_at_hip_height() -> None:
    p = joint_positions(standing(hip=both(90)))
    assert p["near_knee"].x > p["hip"].x + 0.3
    assert p["near_knee"].y == pytest.approx(p["hip"].y)


def test_hip_extension_puts_the_knee_behind() -> None:
    p = joint_positions(standing(hip=(-20, 0)))
    assert p["near_knee"].x < p["hip"].x
    assert p["far_knee"].x == pytest.approx(p["hip"].x)


def test_supine_trunk_places_the_head_towards_minus_x_and_level_with_the_hips() -> None:
    p = joint_positions(standing(trunk=-90))
    assert p["head"].x < p["shoulder"].x < p["hip"].x
    assert p["head"].y == pytest.approx(p["hip"].y)


def test_prone_trunk_places_the_head_towards_plus_x() -> None:
    p = joint_positions(standing(trunk=90))
    assert p["head"].x > p["hip"].x
    assert p["near_ankle"].x < p["hip"].x


def test_forward_lean_puts_the_shoulders_ahead_of_the_hips() -> None:
    p = joint_positions(standing(trunk=45))
    assert p["shoulder"].x > p["hip"].x
    assert p["shoulder"].y > p["hip"].y


def test_knee_flexion_folds_the_shin_behind_the_thigh() -> None:
    p = joint_positions(standing(knee=both(90)))
    assert p["near_ankle"].x < p["near_knee"].x
    assert p["near_ankle"].y == pytest.approx(p["near_knee"].y)


def test_dorsiflexion_lifts_the_toes_and_pointing_lowers_them() -> None:
    up = joint_positions(standing(ankle=both(20)))
    down = joint_positions(standing(ankle=both(-30)))
    assert up["near_toe"].y > up["near_ankle"].y
    assert down["near_toe"].y < down["near_ankle"].y


def test_arm_at_180_degrees_reaches_overhead() -> None:
    p = joint_positions(standing(shoulder=both(180)))
    assert p["near_wrist"].y > p["head"].y
    assert p["near_wrist"].x == pytest.approx(0.0, abs=1e-9)


def test_arm_at_90_degrees_points_straight_ahead_and_a_curl_lifts_the_hand() -> None:
    reach = joint_positions(standing(shoulder=both(90)))
    curl = joint_positions(standing(elbow=both(90)))
    assert reach["near_wrist"].x > reach["shoulder"].x + 0.5
    assert reach["near_wrist"].y == pytest.approx(reach["shoulder"].y)
    assert curl["near_wrist"].x > curl["near_elbow"].x


def test_chin_to_chest_moves_the_head_forward() -> None:
    p = joint_positions(standing(neck=30))
    assert p["head"].x > p["neck"].x


def test_a_taller_person_has_longer_segments() -> None:
    short = joint_positions(standing(), height_m=1.50)
    tall = joint_positions(standing(), height_m=2.00)
    assert tall["near_ankle"].y / short["near_ankle"].y == pytest.approx(2.00 / 1.50)


def test_lying_on_the_back_rests_the_head_on_the_floor() -> None:
    p = grounded(joint_positions(standing(trunk=-90)))
    assert lowest_y(p) == pytest.approx(0.0)
    assert p["hip"].y > 0.0


def test_shoulders_on_a_bench_sit_at_bench_height() -> None:
    legs_out = standing(trunk=-90)
    p = grounded(joint_positions(legs_out), Prop(PropKind.BENCH, Anchor.SHOULDERS))
    assert p["shoulder"].y == pytest.approx(PROP_TOP_M[PropKind.BENCH])


def test_a_prop_never_pushes_the_body_through_the_floor() -> None:
    seated_low = standing(hip=both(90), knee=both(90))
    p = grounded(joint_positions(seated_low), Prop(PropKind.BOX, Anchor.HIPS))
    assert lowest_y(p) >= -1e-9


def test_a_wall_does_not_lift_the_figure() -> None:
    p = grounded(joint_positions(standing()), Prop(PropKind.WALL, Anchor.SHOULDERS))
    assert lowest_y(p) == pytest.approx(0.0)


angle = st.floats(min_value=-179.0, max_value=179.0, allow_nan=False)
pair = st.tuples(angle, angle)
poses = st.builds(
    Pose, trunk=angle, neck=angle, hip=pair, knee=pair, ankle=pair, shoulder=pair, elbow=pair
)


def assert_same_pose(a: Pose, b: Pose) -> None:
    for field in ("trunk", "neck"):
        assert getattr(a, field) == pytest.approx(getattr(b, field), abs=1e-6)
    for field in ("hip", "knee", "ankle", "shoulder", "elbow"):
        assert getattr(a, field) == pytest.approx(getattr(b, field), abs=1e-6)


@given(poses)
def test_angles_survive_a_round_trip_through_joint_positions(pose: Pose) -> None:
    assert_same_pose(joint_angles(joint_positions(pose)), pose)


@given(poses, st.floats(min_value=0.1, max_value=10.0), st.floats(-5, 5), st.floats(-5, 5))
def test_recovered_angles_ignore_scale_and_position(
    pose: Pose, factor: float, dx: float, dy: float
) -> None:
    points = {k: p.scaled(factor) for k, p in joint_positions(pose).items()}
    assert_same_pose(joint_angles(shifted(points, Point(dx, dy))), pose)


def test_a_figure_facing_the_other_way_reads_the_same_once_mirrored() -> None:
    pose = standing(trunk=30, hip=(100, 80), knee=(60, 20), shoulder=(45, -10), elbow=(30, 0))
    facing_left = mirrored(joint_positions(pose))
    assert_same_pose(joint_angles(mirrored(facing_left)), pose)


def test_every_named_joint_has_a_position() -> None:
    assert set(joint_positions(Pose())) == set(JOINTS)
    assert all(math.isfinite(p.x) for p in joint_positions(Pose()).values())


@given(st.floats(-120, 90), st.floats(-30, 130), st.floats(0, 140), st.floats(-30, 130))
def test_authoring_rule_ankle_equals_trunk_minus_hip_plus_knee_sets_the_foot_flat(
    trunk: float, hip: float, knee: float, shoulder: float
) -> None:
    pose = Pose(trunk=trunk, hip=both(hip), knee=both(knee), ankle=both(trunk - hip + knee))
    p = joint_positions(pose)
    assert p["near_heel"].y == pytest.approx(p["near_toe"].y, abs=1e-9)
    assert p["near_toe"].x > p["near_heel"].x


@given(st.floats(-120, 120))
def test_authoring_rule_shoulder_equals_trunk_hangs_the_arms_straight_down(trunk: float) -> None:
    p = joint_positions(Pose(trunk=trunk, shoulder=both(trunk)))
    assert p["near_wrist"].x == pytest.approx(p["shoulder"].x, abs=1e-9)
    assert p["near_wrist"].y < p["shoulder"].y
