"""The pose-landmarks/v1 reader accepts exactly the format and names the rule a file breaks."""

from __future__ import annotations

import copy

import pytest

from backstrong.domain.form import LandmarksFormatError, recording_from_mapping


def row(x: float = 0.5, y: float = 0.5, z: float = 0.0, v: float = 0.9) -> list[float]:
    return [x, y, z, v]


def document(**changes: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "format": "pose-landmarks/v1",
        "landmark_set": "mediapipe-pose-33",
        "fps": 30.0,
        "width": 720,
        "height": 1280,
        "frames": [
            {"t": 0.0, "landmarks": [row() for _ in range(33)]},
            {"t": 0.0333, "landmarks": None},
            {"t": 0.0667, "landmarks": [row(0.25, 0.75) for _ in range(33)]},
        ],
    }
    doc.update(changes)
    return doc


def error_for(doc: object) -> LandmarksFormatError:
    with pytest.raises(LandmarksFormatError) as caught:
        recording_from_mapping(doc)
    return caught.value


def test_a_valid_document_is_read_with_null_frames_kept() -> None:
    recording = recording_from_mapping(document())
    assert recording.fps == 30.0
    assert (recording.width, recording.height) == (720, 1280)
    assert [f.t for f in recording.frames] == [0.0, 0.0333, 0.0667]
    assert recording.frames[1].landmarks is None


def test_x_and_y_become_true_proportions_in_units_of_the_image_height() -> None:
    recording = recording_from_mapping(document())
    landmarks = recording.frames[2].landmarks
    assert landmarks is not None
    x, y, _, visibility = landmarks[0]
    assert x == pytest.approx(0.25 * 720 / 1280)
    assert y == pytest.approx(0.75)
    assert visibility == 0.9
    assert recording.width_units == pytest.approx(720 / 1280)


def test_unknown_top_level_keys_are_ignored() -> None:
    recording = recording_from_mapping(document(meta={"camera": "phone"}, extra=[1, 2]))
    assert len(recording.frames) == 3


def test_a_time_going_backwards_names_the_frame_and_the_rule() -> None:
    doc = document()
    doc["frames"][2]["t"] = 0.02  # type: ignore[index]
    doc["frames"][1]["t"] = 0.05  # type: ignore[index]
    error = error_for(doc)
    assert error.field == "frames[2].t"
    assert str(error) == (
        "frames[2].t: 0.02 is before the previous frame's 0.05; t must be non-decreasing"
    )


def test_equal_times_are_allowed() -> None:
    doc = document()
    doc["frames"][1]["t"] = 0.0  # type: ignore[index]
    assert recording_from_mapping(doc).frames[1].t == 0.0


@pytest.mark.parametrize(
    ("changes", "field", "hint"),
    [
        ({"format": "pose-landmarks/v2"}, "format", '"pose-landmarks/v1"'),
        ({"landmark_set": "coco-17"}, "landmark_set", '"mediapipe-pose-33"'),
        ({"fps": 0}, "fps", "> 0"),
        ({"fps": "30"}, "fps", "number"),
        ({"width": 720.5}, "width", "pixels"),
        ({"height": -1}, "height", "pixels"),
        ({"width": True}, "width", "pixels"),
        ({"frames": []}, "frames", "at least one frame"),
        ({"frames": "none"}, "frames", "at least one frame"),
    ],
)
def test_top_level_rules(changes: dict[str, object], field: str, hint: str) -> None:
    error = error_for(document(**changes))
    assert error.field == field
    assert hint in str(error)


def test_a_missing_format_says_it_is_missing() -> None:
    doc = document()
    del doc["format"]
    error = error_for(doc)
    assert str(error).startswith("format: None is missing")


def test_frame_rules_name_the_frame_and_row() -> None:
    cases = {
        "frames[0].t": lambda d: d["frames"][0].update(t="0"),
        "frames[1].landmarks": lambda d: d["frames"][1].pop("landmarks"),
        "frames[2].landmarks": lambda d: d["frames"][2].update(landmarks=[row()] * 32),
        "frames[0].landmarks[5]": lambda d: d["frames"][0]["landmarks"].__setitem__(5, [1, 2]),
        "frames[0].landmarks[6]": lambda d: d["frames"][0]["landmarks"].__setitem__(
            6, [0.1, "0.2", 0, 1]
        ),
        "frames[0].landmarks[7]": lambda d: d["frames"][0]["landmarks"].__setitem__(
            7, [0.1, float("nan"), 0, 1]
        ),
        "frames[0].landmarks[8][3]": lambda d: d["frames"][0]["landmarks"].__setitem__(
            8, [0.1, 0.2, 0, 1.5]
        ),
    }
    for field, change in cases.items():
        doc = copy.deepcopy(document())
        change(doc)
        assert error_for(doc).field == field


def test_a_negative_time_is_refused() -> None:
    doc = document()
    doc["frames"][0]["t"] = -0.1  # type: ignore[index]
    assert "must be >= 0" in str(error_for(doc))


def test_not_an_object_is_refused() -> None:
    assert error_for([1, 2]).field == "(file)"


def test_visibility_zero_and_points_outside_the_frame_are_accepted() -> None:
    doc = document()
    doc["frames"][0]["landmarks"][3] = [1.2, -0.1, 0, 0]  # type: ignore[index]
    recording = recording_from_mapping(doc)
    landmarks = recording.frames[0].landmarks
    assert landmarks is not None
    assert landmarks[3][3] == 0.0
    assert not recording.inside(landmarks[3][0], landmarks[3][1])


def test_integers_are_numbers() -> None:
    doc = document()
    doc["frames"][0]["landmarks"][0] = [0, 1, 0, 1]  # type: ignore[index]
    landmarks = recording_from_mapping(doc).frames[0].landmarks
    assert landmarks is not None
    assert landmarks[0] == (0.0, 1.0, 0.0, 1.0)


class Measured(float):
    """A float subclass, as a numeric library might hand over."""


def test_every_way_of_writing_the_same_numbers_reads_the_same() -> None:
    # all floats; some ints; tuple rows; a float subclass: each takes another path in the reader
    floats = document()
    ints = copy.deepcopy(floats)
    ints["frames"][0]["landmarks"][4] = [0, 1, 0, 1]  # type: ignore[index]
    floats["frames"][0]["landmarks"][4] = [0.0, 1.0, 0.0, 1.0]  # type: ignore[index]
    tuples = copy.deepcopy(floats)
    tuples["frames"][2]["landmarks"][7] = tuple(tuples["frames"][2]["landmarks"][7])  # type: ignore[index]
    subclass = copy.deepcopy(floats)
    subclass["frames"][2]["landmarks"][9] = [Measured(0.25), 0.75, 0.0, 0.9]  # type: ignore[index]
    read = [recording_from_mapping(doc) for doc in (floats, ints, tuples, subclass)]
    for recording in read:
        assert [f.landmarks for f in recording.frames] == [f.landmarks for f in read[0].frames]
        for frame in recording.frames:
            rows = frame.landmarks or ()
            assert all(type(n) is float for row in rows for n in row)


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ([0.1, 0.2, 0.0, True], "frames[0].landmarks[3]"),
        ([0.1, 0.2, False, 0.5], "frames[0].landmarks[3]"),
        ([0.1, 0.2, 0.0, float("inf")], "frames[0].landmarks[3]"),
        ([0.1, 0.2, 0.0, -0.5], "frames[0].landmarks[3][3]"),
        ([0.1, 0.2, 0.0, 0.5, 0.5], "frames[0].landmarks[3]"),
        ({"x": 0.1, "y": 0.2, "z": 0.0, "v": 0.5}, "frames[0].landmarks[3]"),
    ],
)
def test_a_bad_row_among_good_ones_is_named(row: object, field: str) -> None:
    doc = document()
    doc["frames"][0]["landmarks"][3] = row  # type: ignore[index]
    assert error_for(doc).field == field
