"""Quality gates: a rep that cannot be seen well is "cannot assess", with the reason in plain
words and no measurements."""

from __future__ import annotations

from backstrong.domain.form import Verdict, analyse_landmarks, gates
from tests.unit.form.builders import REALISTIC, checked, squat_set
from tests.unit.form.synthetic import Camera, generate


def test_a_front_view_cannot_be_assessed_and_asks_to_turn_side_on() -> None:
    result, _ = checked(squat_set(reps=3, camera=Camera(yaw_deg=85.0), artefacts=REALISTIC))
    assert result.reps == 3  # heights still show the reps
    assert result.verdict is Verdict.CANNOT_ASSESS
    for rep in result.rep_details:
        assert rep.verdict is Verdict.CANNOT_ASSESS
        assert rep.cannot_assess == gates.NOT_SIDE_ON
        assert rep.measurements == ()
        assert rep.faults == ()
    assert result.cues == (gates.NOT_SIDE_ON,)


def test_feet_out_of_the_frame_ask_to_step_back() -> None:
    cropped = Camera(fill=0.8, shift=(0.0, 0.2))  # the bottom of the body falls off the image
    result, _ = checked(squat_set(reps=3, camera=cropped, artefacts=REALISTIC))
    assert result.reps == 3
    assert {rep.cannot_assess for rep in result.rep_details} == {gates.FEET_OUT}


def test_a_30_degree_camera_still_passes_the_side_view_gate() -> None:
    result, _ = checked(squat_set(reps=3, camera=Camera(yaw_deg=30.0), artefacts=REALISTIC))
    assert all(rep.verdict is not Verdict.CANNOT_ASSESS for rep in result.rep_details)


def test_nobody_in_view_finds_no_reps_and_says_so() -> None:
    document, _ = generate(squat_set(reps=2))
    for frame in document["frames"]:  # type: ignore[attr-defined]
        frame["landmarks"] = None
    result = analyse_landmarks(document, "squat")
    assert result.reps == 0
    assert result.verdict is Verdict.CANNOT_ASSESS
    assert result.notes == (gates.NO_PERSON,)


def test_hidden_joints_make_a_rep_cannot_assess() -> None:
    document, _ = generate(squat_set(reps=2))
    for frame in document["frames"]:  # type: ignore[attr-defined]
        for index in (29, 30, 31, 32):  # heels and toes
            frame["landmarks"][index][3] = 0.2
    result = analyse_landmarks(document, "squat")
    assert result.reps == 2
    assert {rep.cannot_assess for rep in result.rep_details} == {gates.HIDDEN_JOINTS}


def _without(document: object, indices: tuple[int, ...]) -> object:
    """The recording with these landmarks marked not provided in every frame, as a file from
    motion capture without heel or toe markers has them."""
    for frame in document["frames"]:  # type: ignore[index]
        if frame["landmarks"] is not None:
            for index in indices:
                frame["landmarks"][index] = [0.0, 0.0, 0.0, 0.0]
    return document


def test_a_file_without_heel_or_toe_points_is_judged_on_the_rest_and_says_what_was_not() -> None:
    document, _ = generate(squat_set(reps=2, fault="too-shallow"))
    result = analyse_landmarks(_without(document, (29, 30, 31, 32)), "squat")
    assert result.reps == 2
    for rep in result.rep_details:
        assert rep.cannot_assess is None  # placeholders are ignored, not trusted or demanded
        assert rep.measurement("heel_lift") is None and rep.measurement("knee_past_toe") is None
        assert rep.measurement("thigh_above_parallel_deg") is not None
        assert "too-shallow" in rep.fault_codes
    [note] = result.notes
    assert "heel lift" in note and "past the toes" in note and "not checked" in note


def test_a_file_without_heel_points_still_checks_the_knees_over_the_toes() -> None:
    document, _ = generate(squat_set(reps=2))
    result = analyse_landmarks(_without(document, (29, 30)), "squat")
    assert all(rep.cannot_assess is None for rep in result.rep_details)
    assert all(rep.measurement("knee_past_toe") is not None for rep in result.rep_details)
    assert all(rep.measurement("heel_lift") is None for rep in result.rep_details)
    assert result.notes == (
        "This recording has no heel points, so heel lift was not checked; the rest was.",
    )


def test_heels_given_in_some_frames_are_still_required_where_they_are_hidden() -> None:
    document, _ = generate(squat_set(reps=2))
    frames = document["frames"]  # type: ignore[index]
    for frame in frames[1:]:  # given once, then hidden (an occluded foot, not a missing marker)
        if frame["landmarks"] is not None:
            for index in (29, 30, 31, 32):
                frame["landmarks"][index] = [0.0, 0.0, 0.0, 0.0]
    result = analyse_landmarks(document, "squat")
    assert {rep.cannot_assess for rep in result.rep_details} == {gates.HIDDEN_JOINTS}
    assert result.notes == ()
