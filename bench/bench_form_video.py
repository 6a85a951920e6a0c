"""Benchmark of the Python video route (`backstrong form check VIDEO`): a 30 fps 720p video read
with OpenCV and run through MediaPipe's pose model (0.10.14, model complexity 1) on this
machine's cores, analysed as the route does it (at most 15 frames a second: every other frame of
a 30 fps video; see ANALYSED_FPS). The video is written here from scikit-image's astronaut photo
(a NASA portrait, public domain) drifting a few pixels a frame, so the model tracks a person as
it does in a real set. Figures: seconds of video analysed per second of wall time (target >= 1,
real time) and the CPU time per analysed frame (all threads; steadier than wall time on a busy
machine). Needs the backstrong[video] extra (installed by the dev extras).

Run: .venv/bin/python bench/bench_form_video.py — one JSON line per figure.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np
from figures import figure
from skimage import data

from backstrong.adapters.video.form_landmarks import landmarks_from_video

FPS = 30
WIDTH, HEIGHT = 1280, 720
SECONDS = 10


def write_video(path: Path) -> None:
    photo = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    person = cv2.resize(photo, (HEIGHT, HEIGHT))
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), FPS, (WIDTH, HEIGHT))
    for i in range(FPS * SECONDS):
        canvas = np.full((HEIGHT, WIDTH, 3), 90, dtype=np.uint8)
        left = (WIDTH - HEIGHT) // 2 + int(40 * np.sin(i / 15))
        canvas[:, left : left + HEIGHT] = person
        writer.write(canvas)
    writer.release()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        video = Path(folder) / "set.mp4"
        write_video(video)
        start, cpu = time.perf_counter(), time.process_time()
        document = landmarks_from_video(video)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    frames = document["frames"]
    seen = sum(1 for f in frames if f["landmarks"] is not None)
    extra = {"analysed_frames": len(frames), "person_found": seen, "cores": os.cpu_count()}
    figure("form_video_720p30_realtime_x", SECONDS / elapsed, "x real time", 1, **extra)
    # CPU seconds per analysed frame, all threads: what the route costs whatever else runs
    figure("form_video_cpu_ms_per_analysed_frame", cpu * 1000 / len(frames), "ms", None, **extra)


if __name__ == "__main__":
    main()
