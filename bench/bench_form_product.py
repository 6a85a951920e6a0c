"""Benchmark of the form check as the product runs it (services/form, adapters/video).

Figures: a 60-second, 30 fps recording checked and kept through FormService on SQLite (reading,
analysis and storing the landmarks and result: what POST /api/v1/form-checks does), and, when the
optional ``backstrong[video]`` extra is installed, the Python video route's speed in frames per
second on a synthetic 720p clip made from scikit-image's astronaut photo (target ≥ 30 fps: real
time at 30 fps). Without the extra that figure is left out and the reason goes to stderr.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_form import median_ms, minute_of_squats
from figures import figure

from backstrong.bootstrap import Container
from backstrong.settings import Environment, Settings

CLIP_SECONDS = 3
CLIP_FPS = 30


def check_and_keep(folder: Path) -> float:
    settings = Settings(_env_file=None, environment=Environment.TEST, data_dir=folder)  # type: ignore[call-arg]
    c = Container(settings, fast_password_hashing=True)
    c.migrate()
    user = c.accounts.register("form@example.org", "a long enough passphrase")
    document = minute_of_squats()
    return median_ms(lambda: c.form.check(user, "squat", document), runs=7)


def video_fps(folder: Path) -> float | None:
    try:
        import cv2
        import numpy as np
        from skimage import data

        from backstrong.adapters.video.form_landmarks import landmarks_from_video
    except ImportError as exc:
        print(f"form_video_fps: left out ({exc.name} is not installed)", file=sys.stderr)
        return None
    photo = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    frame = np.zeros((720, 1280, 3), np.uint8)
    frame[104:616, 384:896] = photo
    path = folder / "clip.mp4"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), CLIP_FPS, (1280, 720))
    for i in range(CLIP_SECONDS * CLIP_FPS):
        writer.write(np.roll(frame, i % 7, axis=1))
    writer.release()
    start = time.perf_counter()
    document = landmarks_from_video(path)
    return len(document["frames"]) / (time.perf_counter() - start)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        figure("form_check_and_keep_60s_ms", check_and_keep(Path(folder)), "ms", None,
               frames=1800)  # fmt: skip
        fps = video_fps(Path(folder))
        if fps is not None:
            figure("form_video_fps", fps, "frames/s", CLIP_FPS, size="1280x720")


if __name__ == "__main__":
    main()
