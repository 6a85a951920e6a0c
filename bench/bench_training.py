"""Benchmark of the training log: the history figures computed over 100,000 sets in one pass, a
50,000-row Strong import.

Prints one JSON line per figure (median over several runs for the dashboard, one timed run for the
import). Data is generated here with a fixed seed; nothing is read from disk.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from rapidfuzz import fuzz, process

from backstrong.adapters.files.training.strong import parse_strong_csv
from backstrong.domain.training.imported import accepted_workouts
from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.name_mapping import map_exercise_names
from backstrong.domain.training.one_rep_max_trend import one_rep_max_trend
from backstrong.domain.training.records import personal_records
from backstrong.domain.training.resolution import ResolvedName
from backstrong.domain.training.volume import weekly_region_volume
from backstrong.domain.units import MassUnit

RUNS = 7
SETS = 100_000
STRONG_ROWS = 50_000
RNG = random.Random(5)


@dataclass(frozen=True)
class Muscles:
    primary_muscles: tuple[str, ...]
    secondary_muscles: tuple[str, ...] = ()


EXERCISES = {
    "deadlift": Muscles(("gluteus-maximus", "hamstrings"), ("erector-spinae", "forearms")),
    "squat": Muscles(("quadriceps", "gluteus-maximus"), ("adductors", "erector-spinae")),
    "romanian-deadlift": Muscles(("hamstrings", "gluteus-maximus"), ("erector-spinae",)),
    "hip-thrust": Muscles(("gluteus-maximus",), ("hamstrings",)),
    "good-morning": Muscles(("hamstrings", "erector-spinae"), ("gluteus-maximus",)),
    "bridge": Muscles(("gluteus-maximus",), ("hamstrings", "erector-spinae")),
    "side-plank": Muscles(("obliques",), ("gluteus-medius", "quadratus-lumborum")),
    "front-plank": Muscles(("rectus-abdominis", "transversus-abdominis")),
    "back-extension": Muscles(("erector-spinae",), ("gluteus-maximus", "hamstrings")),
    "split-squat": Muscles(("quadriceps", "gluteus-maximus")),
}
LIBRARY_NAMES = {
    "deadlift": "Deadlift (barbell)",
    "squat": "Back squat",
    "romanian-deadlift": "Romanian deadlift (barbell)",
    "hip-thrust": "Barbell hip thrust",
    "good-morning": "Good morning (barbell)",
    "bridge": "Glute bridge",
    "side-plank": "Side plank",
    "front-plank": "Plank",
    "back-extension": "Back extension",
    "split-squat": "Split squat",
}
STRONG_NAMES = [
    "Deadlift (Barbell)",
    "Squat (Barbell)",
    "Romanian Deadlift (Barbell)",
    "Hip Thrust (Barbell)",
    "Good Morning (Barbell)",
    "Glute Bridge",
    "Side Plank",
    "Plank",
    "Back Extension",
    "Bulgarian Split Squat (Dumbbell)",
]


def generated_sets(count: int) -> list[PerformedSet]:
    start = datetime(2023, 1, 2, 7)
    ids = list(EXERCISES)
    sets = []
    for i in range(count):
        exercise = ids[i % len(ids)]
        when = start + timedelta(days=i // 90, minutes=i % 90)
        timed = exercise in ("side-plank", "front-plank")
        unit = MassUnit.LB if i % 5 == 0 else MassUnit.KG
        sets.append(
            PerformedSet(
                exercise_id=exercise,
                performed_at=when,
                reps=None if timed else RNG.randint(3, 15),
                load=None if timed else Load(RNG.choice(range(20, 200, 5)), unit),
                hold_seconds=RNG.choice((20.0, 30.0, 45.0)) if timed else None,
                side=RNG.choice((Side.LEFT, Side.RIGHT)) if exercise == "side-plank" else None,
                rpe=RNG.choice((None, None, 7.0, 8.0, 8.5, 9.0)),
                warmup=i % 7 == 0,
            )
        )
    return sets


def strong_csv(rows: int) -> str:
    header = (
        "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;"
        "Distance Unit;Seconds;Notes;Workout Notes;Workout Duration"
    )
    lines = [header]
    start = datetime(2021, 1, 4, 18)
    for i in range(rows):
        day = start + timedelta(days=i // 25)
        name = STRONG_NAMES[(i // 5) % len(STRONG_NAMES)]
        order = "W" if i % 5 == 0 else str(i % 5)
        lines.append(
            f'{day:%Y-%m-%d %H:%M:%S};"Session";"{name}";{order};{RNG.randint(20, 180)};kg;'
            f'{RNG.randint(3, 12)};{RNG.choice(("", "8", "8,5"))};0;km;0;"";"";1h 5m'
        )
        if i % 25 == 24:
            lines.append(
                f'{day:%Y-%m-%d %H:%M:%S};"Session";"{name}";Rest Timer;0;kg;0;;0;km;90;;;1h 5m'
            )
    return "\n".join(lines) + "\n"


def resolve(text: str) -> ResolvedName:
    found = process.extractOne(text, LIBRARY_NAMES, scorer=fuzz.WRatio, processor=str.lower)
    if found is None:
        return ResolvedName(None)
    name, score, exercise_id = found
    return ResolvedName(exercise_id, name, score)


def median_ms(work: Callable[[], object], runs: int = RUNS) -> float:
    work()  # warm up: imports, pint registry, caches
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(timings)


def figure(metric: str, value: float, unit: str, target: float | None, **extra: object) -> None:
    print(
        json.dumps(
            {"metric": metric, "value": round(value, 3), "unit": unit, "target": target, **extra}
        )
    )


def full_import(text: str) -> dict[str, float]:
    started = time.perf_counter()
    parsed = parse_strong_csv(text)
    parsed_at = time.perf_counter()
    workouts = accepted_workouts(parsed, skip_invalid=False)
    mapping = map_exercise_names(
        (s.exercise_name for w in workouts for s in w.sets), resolve
    ).as_dict()
    stored = []
    for workout in workouts:
        for key, imported in workout.keyed_sets():
            exercise_id = mapping[imported.exercise_name] or "custom"
            stored.append((key, imported.to_performed_set(exercise_id, workout.start)))
    done = time.perf_counter()
    assert len(stored) == STRONG_ROWS
    return {"parse": parsed_at - started, "total": done - started}


def main() -> None:
    sets = generated_sets(SETS)
    records = median_ms(lambda: personal_records(sets))
    trend = median_ms(lambda: one_rep_max_trend(sets))
    volume = median_ms(lambda: weekly_region_volume(sets, EXERCISES))
    figure("training_records_100k_sets_ms", records, "ms", None)
    figure("training_e1rm_trend_100k_sets_ms", trend, "ms", None)
    figure("training_weekly_volume_100k_sets_ms", volume, "ms", None)
    # The whole log in one pass: what building a person's stored summaries costs, once. The
    # dashboard itself reads the stored summaries (bench_training_log.py, target 150 ms).
    figure("training_dashboard_100k_sets_whole_log_ms", records + trend + volume, "ms", None)

    text = strong_csv(STRONG_ROWS)
    timing = full_import(text)
    figure("training_strong_import_50k_rows_s", timing["total"], "s", 10)
    figure(
        "training_strong_parse_50k_rows_s",
        timing["parse"],
        "s",
        None,
        share=round(timing["parse"] / timing["total"], 3),
    )


if __name__ == "__main__":
    main()
