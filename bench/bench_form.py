"""Benchmark of the form check (domain/form).

Figures: reading and analysing a 60-second, 30 fps squat recording (1800 frames of 33
landmarks, with noise, dropped frames and a camera 20 degrees off side-on), and the accuracy
figures on a seeded synthetic set: sequences counted exactly, within one rep, and good vs faulty
squat reps told apart (balanced accuracy). Prints one JSON line per figure.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from figures import figure

from backstrong.domain.form import analyse, recording_from_mapping
from tests.unit.form.synthetic import Artefacts, Camera, RepPlan, Scenario, generate
from tests.unit.form.synthetic_scenarios import squat_bottom, squat_top
from tests.unit.form.synthetic_scoring import (
    ALL_EXERCISES,
    balanced_accuracy,
    checked_set,
    count_scores,
)

RUNS = 15
SEED = 20260113


def minute_of_squats() -> dict[str, object]:
    import random

    rng = random.Random(SEED)
    reps = tuple(
        RepPlan(peak=squat_bottom(rng, 80.0, None), top=squat_top(rng, 80.0), down_s=1.5,
                up_s=1.2, rest_s=1.0)
        for _ in range(14)
    )  # fmt: skip
    scenario = Scenario(
        exercise="squat",
        start=squat_top(rng, 80.0),
        reps=reps,
        camera=Camera(yaw_deg=20.0),
        artefacts=Artefacts(noise=0.01, null_rate=0.01, missing_rate=0.03, swap_rate=0.01),
        setup_s=2.0,
        end_s=60.0 - 2.0 - 14 * 4.0,
        seed=SEED,
    )
    document, _ = generate(scenario)
    return document


def median_ms(work: object, runs: int = RUNS) -> float:
    assert callable(work)
    work()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(timings)


def main() -> None:
    document = minute_of_squats()
    recording = recording_from_mapping(document)
    frames = len(recording.frames)
    figure("form_read_60s_ms", median_ms(lambda: recording_from_mapping(document)), "ms", 50,
           frames=frames)  # fmt: skip
    figure("form_analyse_60s_ms", median_ms(lambda: analyse(recording, "squat")), "ms", 50,
           frames=frames)  # fmt: skip
    checked = checked_set(ALL_EXERCISES, per_exercise=10, seed=SEED)
    exact, within_one = count_scores(checked)
    figure("form_count_exact_pct", exact * 100, "%", 95, sequences=len(checked))
    figure("form_count_off_by_one_pct", within_one * 100, "%", 100, sequences=len(checked))
    squats = checked_set(("squat",), per_exercise=25, seed=SEED + 1, fault_share=0.5)
    figure("form_squat_balanced_accuracy", balanced_accuracy(squats), "ratio", 0.85,
           sequences=len(squats))  # fmt: skip


if __name__ == "__main__":
    main()
