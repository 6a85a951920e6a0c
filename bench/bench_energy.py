"""Benchmark of the body-weight model: a one-year projection and the goal-intake search.

Prints one JSON line per figure: the median over several runs, in milliseconds.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

from backstrong.domain.body.hall_model import Person
from backstrong.domain.body.projection import intake_for_goal, parse_schedule, project
from backstrong.domain.nutrition.bmr import Sex
from backstrong.entrypoints.public import shown
from backstrong.entrypoints.public.body import ProjectionPublic

RUNS = 15
PERSON = Person(Sex.MALE, age_years=40.0, height_m=1.80, weight_kg=95.0)


def median_ms(work: Callable[[], object], runs: int = RUNS) -> float:
    work()  # warm up: imports, pint registry, caches
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(timings)


def main() -> None:
    schedule = parse_schedule("0:-600,180:0")
    figures = [
        ("projection_365d_ms", lambda: shown(ProjectionPublic, project(PERSON, schedule, 365)), 20),
        ("goal_intake_search_ms", lambda: intake_for_goal(PERSON, 85.0, 365), 200),
    ]
    for metric, work, target in figures:
        value = round(median_ms(work), 3)
        print(json.dumps({"metric": metric, "value": value, "unit": "ms", "target": target}))


if __name__ == "__main__":
    main()
