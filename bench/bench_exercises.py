"""Benchmark the exercise library: cold load + validation, and filter / fuzzy search latency.

Prints one JSON line per figure: {"metric", "value", "unit", "target"} (plus "note" when a figure
is skipped or measured on incomplete data). Search runs over the bundled library plus the
free-exercise-db entries imported from BACKSTRONG_FEDB_PATH (default: the shared benchmark copy).

    .venv/bin/python bench/bench_exercises.py
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
import tomllib
from importlib import resources
from pathlib import Path

from backstrong.adapters.files.exercise_library import InvalidLibrary, load_bundled_library
from backstrong.adapters.files.exercises.free_exercise_db import load_free_exercise_db
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.search import Query, index_for, search
from backstrong.domain.exercises.validation import read_exercise

DEFAULT_FEDB_PATH = "/work/shared/data/free-exercise-db/exercises.json"
COLD_RUNS = 7
SEARCH_ROUNDS = 40
LOAD_TARGET_MS = 100
SEARCH_TARGET_MS = 5

COLD_LOAD = """
import time
start = time.perf_counter()
from backstrong.adapters.files.exercise_library import InvalidLibrary, load_bundled_library
imported = time.perf_counter()
try:
    load_bundled_library()
    complete = True
except InvalidLibrary:
    complete = False
print(time.perf_counter() - start, time.perf_counter() - imported, complete)
"""

FILTERS = [
    Query(muscle="lower back"),
    Query(muscle="glutes", max_level="beginner"),
    Query(equipment=frozenset()),
    Query(equipment=frozenset({"dumbbell", "mat"}), exclude_tags=frozenset({"flexion"})),
    Query(pattern="hinge", kind="strength"),
    Query(kind="stretch", muscle="hips"),
]
TEXTS = [
    "goodmorning",
    "RDL",
    "glute ham raise",
    "superman",
    "bird-dog",
    "bird dog",
    "deadlfit",
    "side plank",
    "kb swing",
    "hip thrust",
    "hamstring stretch",
    "cat camel",
]


def emit(
    metric: str, value: float | int | None, unit: str, target: float | None, note: str = ""
) -> None:
    line: dict[str, object] = {"metric": metric, "value": value, "unit": unit, "target": target}
    if note:
        line["note"] = note
    print(json.dumps(line))


def cold_load() -> None:
    """A fresh interpreter per run: imports plus reading, validating and checking the files."""
    totals, loads = [], []
    complete = True
    for _ in range(COLD_RUNS):
        out = subprocess.run(
            [sys.executable, "-c", COLD_LOAD], capture_output=True, text=True, check=True
        ).stdout.split()
        totals.append(float(out[0]) * 1000)
        loads.append(float(out[1]) * 1000)
        complete = out[2] == "True"
    note = "" if complete else "bundled library incomplete: timed the full check, which failed"
    emit("exercise_library_cold_import_and_load_median", round(statistics.median(totals), 1),
         "ms", LOAD_TARGET_MS, note)  # fmt: skip
    emit("exercise_library_cold_load_after_imports_median", round(statistics.median(loads), 1),
         "ms", LOAD_TARGET_MS, note)  # fmt: skip


def warm_load() -> None:
    runs = []
    for _ in range(COLD_RUNS):
        load_bundled_library.cache_clear()
        start = time.perf_counter()
        with contextlib.suppress(InvalidLibrary):
            load_bundled_library()
        runs.append((time.perf_counter() - start) * 1000)
    emit("exercise_library_reload_cache_cleared_median", round(statistics.median(runs), 1), "ms",
         LOAD_TARGET_MS)  # fmt: skip


def bundled() -> tuple[ExerciseLibrary, str]:
    try:
        return load_bundled_library(), ""
    except InvalidLibrary as problems:
        folder = resources.files("backstrong.adapters.files.exercise_library") / "exercises"
        found = []
        for entry in folder.iterdir():
            if entry.name.endswith(".toml"):
                data = tomllib.loads(entry.read_text(encoding="utf-8"))
                exercise, _ = read_exercise(data, origin=entry.name, bundled=False)
                if exercise is not None:
                    found.append(exercise)
        note = (
            f"bundled library incomplete ({len(problems.problems)} problems); used its valid files"
        )
        return ExerciseLibrary(found), note


def p95(samples: list[float]) -> float:
    return round(statistics.quantiles(samples, n=20)[-1], 3)


def timed(library: ExerciseLibrary, queries: list[Query]) -> list[float]:
    for query in queries:  # warm-up: first calls pay for caches and memory growth
        search(library, query)
    samples = []
    for _ in range(SEARCH_ROUNDS):
        for query in queries:
            start = time.perf_counter()
            search(library, query)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def searches() -> None:
    library, note = bundled()
    fedb_path = Path(os.environ.get("BACKSTRONG_FEDB_PATH", DEFAULT_FEDB_PATH))
    if not fedb_path.exists():
        emit("exercise_search_p95", None, "ms", SEARCH_TARGET_MS, f"{fedb_path} missing: skipped")
        return
    imported = load_free_exercise_db(fedb_path).exercises
    library = library.merged(imported)
    start = time.perf_counter()
    index_for(library)
    emit("exercise_search_index_build", round((time.perf_counter() - start) * 1000, 1), "ms", None,
         f"{len(library)} exercises")  # fmt: skip
    emit("exercise_filter_p95", p95(timed(library, FILTERS)), "ms", SEARCH_TARGET_MS, note)
    texts = [Query(text=t) for t in TEXTS]
    emit("exercise_fuzzy_search_p95", p95(timed(library, texts)), "ms", SEARCH_TARGET_MS, note)
    mixed = [
        Query(text=t, max_level="intermediate", equipment=frozenset({"barbell"})) for t in TEXTS
    ]
    emit("exercise_fuzzy_filtered_search_p95", p95(timed(library, mixed)), "ms", SEARCH_TARGET_MS,
         note)  # fmt: skip


def main() -> None:
    cold_load()
    warm_load()
    searches()


if __name__ == "__main__":
    main()
