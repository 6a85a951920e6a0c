"""A video file → a pose-landmarks/v1 document, through MediaPipe's legacy ``solutions.pose``
(0.10.14, model complexity 1: that wheel carries its models, so nothing is downloaded) with
OpenCV reading the frames. Both come with the optional extra ``pip install 'backstrong[video]'``;
without it :class:`VideoExtraMissing` says how to get it. The video is read locally and only
landmarks come out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

MODEL_COMPLEXITY = 1  # the "full" model: the chosen balance of speed against accuracy
MIN_DETECTION_CONFIDENCE = 0.5  # MediaPipe's default
DEFAULT_FPS = 30.0  # when a container does not say its frame rate
# Frames analysed per second of video, at most: the pose model costs ~25–50 ms of CPU a frame on
# a small server, so every frame of a 30 fps video would run slower than real time; 15 fps is
# what the browser's recorded mode samples too, and plenty for reps that take a second or more.
ANALYSED_FPS = 15.0


class VideoExtraMissing(RuntimeError):
    def __init__(self, missing: str) -> None:
        super().__init__(
            f"reading videos needs the optional extra: pip install 'backstrong[video]' "
            f"({missing} is not installed); or pass landmarks with --landmarks FILE"
        )


class VideoUnreadable(ValueError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"video '{path}': cannot be opened as a video (is it a video file?)")
        self.field = "video"


def _modules() -> tuple[Any, Any]:
    try:
        import cv2
    except ImportError as exc:
        raise VideoExtraMissing("opencv-contrib-python") from exc
    try:
        import mediapipe as mp
    except ImportError as exc:
        raise VideoExtraMissing("mediapipe") from exc
    return cv2, mp


def landmarks_from_video(path: Path) -> dict[str, Any]:
    """The video's frames through the pose model (at most ANALYSED_FPS a second: every frame of
    a 15 fps video, every other frame of a 30 fps one), as a pose-landmarks/v1 document."""
    cv2, mp = _modules()
    capture = cv2.VideoCapture(str(path))
    if not capture.isOpened():
        raise VideoUnreadable(path)
    fps = capture.get(cv2.CAP_PROP_FPS) or DEFAULT_FPS
    step = max(1, round(fps / ANALYSED_FPS))  # analyse every step-th frame
    frames: list[dict[str, Any]] = []
    size = (0, 0)
    with mp.solutions.pose.Pose(
        static_image_mode=False,
        model_complexity=MODEL_COMPLEXITY,
        min_detection_confidence=MIN_DETECTION_CONFIDENCE,
    ) as pose:
        index = 0
        while True:
            ok, image = capture.read() if index % step == 0 else (capture.grab(), None)
            if not ok:
                break
            if image is not None:
                size = (image.shape[1], image.shape[0])
                t = round(index / fps, 4)
                frames.append({"t": t, "landmarks": _rows(pose, cv2, image)})
            index += 1
    capture.release()
    if not frames:
        raise VideoUnreadable(path)
    meta = {"source": "mediapipe.solutions.pose", "model_complexity": MODEL_COMPLEXITY,
            "video_fps": fps, "every_nth_frame": step}  # fmt: skip
    return {"format": "pose-landmarks/v1", "landmark_set": "mediapipe-pose-33", "fps": fps / step,
            "width": size[0], "height": size[1], "frames": frames, "meta": meta}  # fmt: skip


def landmarks_from_image(image: Any) -> list[list[float]] | None:
    """One RGB image (H×W×3, uint8) through the pose model: 33 rows or None (nobody found)."""
    _, mp = _modules()
    with mp.solutions.pose.Pose(static_image_mode=True, model_complexity=MODEL_COMPLEXITY) as pose:
        return _rows(pose, None, image)


def _rows(pose: Any, cv2: Any, image: Any) -> list[list[float]] | None:
    rgb = image if cv2 is None else cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
    result = pose.process(rgb)
    if result.pose_landmarks is None:
        return None
    return [
        [p.x, p.y, p.z, min(1.0, max(0.0, p.visibility))] for p in result.pose_landmarks.landmark
    ]
