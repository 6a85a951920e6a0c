"""Benchmark of the body model and the exercise pictures.

Figures: rendering one start/end picture (a library page draws dozens), recovering joint angles
from 2D points (a video form check does this every frame), and the body map.
Prints one JSON line per figure: the median over several runs.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

from backstrong.adapters.render.body_map_svg import render_body_map_svg
from backstrong.adapters.render.figure_svg import render_keyframes_svg
from backstrong.domain.pose.kinematics import joint_angles, joint_positions
from backstrong.domain.pose.model import Anchor, Held, Implement, Keyframes, Pose, Prop, PropKind

RUNS = 25
HIP_THRUST = Keyframes(
    start=Pose(trunk=-55, hip=(60, 60), knee=(110, 110), ankle=(-30, -30), shoulder=(20, 20)),
    end=Pose(trunk=-90, knee=(90, 90), shoulder=(20, 20)),
    held=Held(Implement.BARBELL, Anchor.HIPS),
    prop=Prop(PropKind.BENCH, Anchor.SHOULDERS),
)
FRAME = joint_positions(Pose(trunk=40, hip=(115, 110), knee=(115, 110), ankle=(40, 35)))


def median_ms(work: Callable[[], object], repeat: int = 1) -> float:
    work()
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for _ in range(repeat):
            work()
        timings.append((time.perf_counter() - start) * 1000.0 / repeat)
    return statistics.median(timings)


def main() -> None:
    figures = [
        (
            "figure_svg_render_ms",
            lambda: render_keyframes_svg(HIP_THRUST, title="Hip thrust"),
            5,
            1,
        ),
        ("joint_angles_per_frame_ms", lambda: joint_angles(FRAME), 1, 100),
        ("body_map_svg_render_ms", lambda: render_body_map_svg(href_for=str), 5, 1),
    ]
    for metric, work, target, repeat in figures:
        value = round(median_ms(work, repeat), 4)
        print(json.dumps({"metric": metric, "value": value, "unit": "ms", "target": target}))


if __name__ == "__main__":
    main()
