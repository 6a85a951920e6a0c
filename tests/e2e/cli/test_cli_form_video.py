"""`backstrong form check VIDEO` through the Python pose route (the backstrong[video] extra,
installed by the dev extras): small videos written here with OpenCV from scikit-image's
astronaut photo (a NASA portrait, public domain) and from empty frames.

Exit codes: 0 checked, 2 a file that is not a video, 3 nobody in any frame."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

cv2 = pytest.importorskip("cv2", reason="backstrong[video] is not installed")
pytest.importorskip("mediapipe", reason="backstrong[video] is not installed")
data = pytest.importorskip("skimage.data", reason="scikit-image is not installed")
np = pytest.importorskip("numpy")

FPS = 30


def write_video(path: Path, frames: list) -> Path:
    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), FPS, (width, height))
    assert writer.isOpened(), "OpenCV cannot write mp4v here"
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def astronaut_frames(count: int) -> list:
    """The photo (RGB) as BGR frames, shifted a pixel a frame as a hand-held phone would."""
    bgr = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    return [np.roll(bgr, i % 3, axis=1) for i in range(count)]


@pytest.fixture(scope="module")
def videos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("videos")
    empty = [np.full((360, 640, 3), 200, dtype=np.uint8) for _ in range(10)]
    return {
        "astronaut": write_video(folder / "astronaut.mp4", astronaut_frames(15)),
        "empty": write_video(folder / "empty.mp4", empty),
    }


def test_a_video_goes_through_the_pose_model_and_its_landmarks_can_be_saved(cli, videos, tmp_path):
    saved = tmp_path / "landmarks.json"
    result = cli("form", "check", str(videos["astronaut"]), "--exercise", "squat", "--json",
                 "--save-landmarks", str(saved))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    analysis = json.loads(result.stdout)
    assert analysis["exercise"] == "squat" and analysis["reps"] == 0
    assert analysis["notes"], "a video with no reps says why"
    document = json.loads(saved.read_text())
    assert document["format"] == "pose-landmarks/v1" and document["width"] == 512
    frames = document["frames"]
    # a 30 fps video is analysed at 15 fps: every other frame, at its own time
    assert len(frames) == 8 and frames[1]["t"] == pytest.approx(2 / FPS, abs=1e-3)
    assert document["fps"] == pytest.approx(FPS / 2)
    seen = [f["landmarks"] for f in frames if f["landmarks"] is not None]
    assert len(seen) >= 7, "the astronaut is found in (nearly) every frame"
    nose, shoulder = seen[0][0], seen[0][11]
    assert nose[1] < shoulder[1] and len(seen[0]) == 33


def test_a_video_with_nobody_in_it_says_so_and_exits_3(cli, videos):
    result = cli("form", "check", str(videos["empty"]), "--exercise", "squat", "--json")
    assert result.exit_code == 3 and "no person was found" in result.stderr


def test_a_file_that_is_not_a_video_exits_2(cli, tmp_path):
    notes = tmp_path / "set.mp4"
    notes.write_text("three squats")
    result = cli("form", "check", str(notes), "--exercise", "squat")
    assert result.exit_code == 2 and "cannot be opened as a video" in result.stderr
