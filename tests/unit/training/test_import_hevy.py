"""Hevy exports: quoted cells, kg or lbs files, 0-based set index, locale-formatted times."""

from __future__ import annotations

from datetime import datetime

import pytest

from backstrong.adapters.files.training.hevy import parse_hevy_csv
from backstrong.domain.training.imported import SetKind
from backstrong.domain.training.model import Load
from backstrong.domain.units import MassUnit

COLUMNS = [
    "title", "start_time", "end_time", "description", "exercise_title", "superset_id",
    "exercise_notes", "set_index", "set_type", "weight_kg", "reps", "distance_km",
    "duration_seconds", "rpe",
]  # fmt: skip


def hevy(*rows: dict[str, str], imperial: bool = False) -> str:
    columns = [
        c.replace("_kg", "_lbs").replace("_km", "_miles") if imperial else c for c in COLUMNS
    ]
    lines = [",".join(f'"{c}"' for c in columns)]
    for row in rows:
        lines.append(",".join(f'"{row.get(c, "")}"' for c in COLUMNS))
    return "\n".join(lines) + "\n"


def row(**cells: str) -> dict[str, str]:
    base = {
        "title": "Morning",
        "start_time": "13 Mar 2026, 15:22",
        "end_time": "13 Mar 2026, 16:10",
        "exercise_title": "Deadlift (Barbell)",
        "set_index": "0",
        "set_type": "normal",
        "weight_kg": "100",
        "reps": "5",
    }
    return base | cells


def test_a_metric_file_reads_kilograms_and_numbers_sets_from_one():
    parsed = parse_hevy_csv(hevy(row(), row(set_index="1", rpe="8.5")))
    assert parsed.errors == ()
    [workout] = parsed.workouts
    assert (workout.start, workout.end) == (
        datetime(2026, 3, 13, 15, 22),
        datetime(2026, 3, 13, 16, 10),
    )
    assert [(s.order, s.load, s.rpe) for s in workout.sets] == [
        (1, Load(100.0), None),
        (2, Load(100.0), 8.5),
    ]


def test_an_imperial_file_reads_pounds_and_miles():
    parsed = parse_hevy_csv(hevy(row(weight_kg="225", distance_km="1"), imperial=True))
    [s] = parsed.workouts[0].sets
    assert s.load == Load(225.0, MassUnit.LB)
    assert s.distance_m == pytest.approx(1609.344)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13 Mar 2026, 15:22", datetime(2026, 3, 13, 15, 22)),
        ("05.06.2026, 07:30", datetime(2026, 6, 5, 7, 30)),
        ("May 15, 2026, 7:26 PM", datetime(2026, 5, 15, 19, 26)),
        ("May 15, 2026, 7:26\u202fPM", datetime(2026, 5, 15, 19, 26)),
    ],
)
def test_locale_formatted_start_times_are_read(text, expected):
    parsed = parse_hevy_csv(hevy(row(start_time=text, end_time="")))
    assert parsed.workouts[0].start == expected


def test_set_types_mark_warm_ups_drop_sets_and_failure_sets():
    parsed = parse_hevy_csv(
        hevy(
            *(
                row(set_index=str(i), set_type=t)
                for i, t in enumerate(["warmup", "normal", "dropset", "failure"])
            )
        )
    )
    kinds = [s.kind for s in parsed.workouts[0].sets]
    assert kinds == [SetKind.WARMUP, SetKind.NORMAL, SetKind.DROPSET, SetKind.FAILURE]
    assert [s.warmup for s in parsed.workouts[0].sets] == [True, False, False, False]


def test_an_empty_weight_is_a_body_weight_set():
    parsed = parse_hevy_csv(
        hevy(row(exercise_title="Plank", weight_kg="", reps="", duration_seconds="60"))
    )
    [s] = parsed.workouts[0].sets
    assert (s.load, s.reps, s.seconds) == (None, None, 60.0)


def test_bad_cells_are_row_errors_naming_the_column():
    parsed = parse_hevy_csv(
        hevy(row(set_type="superset"), row(start_time="someday"), row(reps="-3"))
    )
    assert [(e.row_number, e.field) for e in parsed.errors] == [
        (2, "set_type"),
        (3, "start_time"),
        (4, "reps"),
    ]
    assert parsed.workouts == ()


def test_a_strong_file_is_not_taken_for_a_hevy_file():
    parsed = parse_hevy_csv("Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n")
    assert "not a Hevy export" in parsed.errors[0].message
