"""Analytics as JSON-ready data, the same for `--json` and the API.

Loads are ``{"value", "unit"}`` rounded to 0.1; days are ISO dates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from backstrong.domain.training.model import Load
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.records import ExerciseRecords
from backstrong.domain.training.volume import WeeklyVolume

DECIMALS = 1  # loads and tonnage to 0.1 kg or lb


def load_json(load: Load | None) -> dict[str, Any] | None:
    if load is None:
        return None
    return {"value": round(load.value, DECIMALS), "unit": load.unit.value}


def record_json(records: ExerciseRecords) -> dict[str, Any]:
    heaviest, e1rm = records.heaviest, records.best_one_rep_max
    volume, hold = records.best_session_volume, records.longest_hold
    return {
        "exercise_id": records.exercise_id,
        "heaviest": None
        if heaviest is None
        else {
            "load": load_json(heaviest.load),
            "reps": heaviest.reps,
            "on": heaviest.on.isoformat(),
        },
        "best_e1rm": None
        if e1rm is None
        else {
            "e1rm": load_json(e1rm.one_rep_max),
            "load": load_json(e1rm.load),
            "reps": e1rm.reps,
            "method": e1rm.method,
            "on": e1rm.on.isoformat(),
        },
        "best_session_volume": None
        if volume is None
        else {"volume": load_json(volume.volume), "on": volume.on.isoformat()},
        "longest_hold": None
        if hold is None
        else {"seconds": hold.seconds, "load": load_json(hold.load), "on": hold.on.isoformat()},
        "most_reps": [
            {"load": load_json(m.load), "reps": m.reps, "on": m.on.isoformat()}
            for m in records.most_reps
        ],
    }


def records_json(found: Mapping[str, ExerciseRecords]) -> list[dict[str, Any]]:
    return [record_json(found[exercise_id]) for exercise_id in sorted(found)]


def volume_json(volume: WeeklyVolume) -> dict[str, Any]:
    return {
        "weeks": [
            {
                "week_start": week.week_start.isoformat(),
                "region": week.region.value,
                "hard_sets": round(week.hard_sets, 2),
                "tonnage": load_json(week.tonnage),
            }
            for week in volume.weeks
        ],
        "unmapped_exercises": sorted(volume.unmapped_exercises),
    }


def trend_json(exercise_id: str, points: tuple[TrendPoint, ...]) -> dict[str, Any]:
    return {
        "exercise_id": exercise_id,
        "points": [
            {
                "day": point.day.isoformat(),
                "e1rm": load_json(point.one_rep_max),
                "load": load_json(point.load),
                "reps": point.reps,
                "method": point.method,
            }
            for point in points
        ],
    }
