"""Progress for every set of one exercise: e1RM lines (one formula, the RPE chart
as its own line, days over 10 reps marked less reliable), best set and volume per day for any
rep count, and reps and hold-time trends for body-weight work. The rules are in
``domain.training.progress``; this reads the person's log and gives them one shape."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.progress import (
    BestSetPoint,
    BodyWeightPoint,
    E1rmLine,
    best_set_trend,
    e1rm_lines,
    hold_trend,
    reps_trend,
)
from backstrong.domain.units import MassUnit


@dataclass(frozen=True, slots=True)
class ExerciseProgress:
    exercise_id: str
    e1rm: tuple[E1rmLine, ...]
    best_sets: tuple[BestSetPoint, ...]
    reps: tuple[BodyWeightPoint, ...]
    holds: tuple[BodyWeightPoint, ...]

    @property
    def empty(self) -> bool:
        has_e1rm = any(line.points for line in self.e1rm)
        return not (has_e1rm or self.best_sets or self.reps or self.holds)


def exercise_progress(
    sets: Sequence[PerformedSet],
    exercise_id: str,
    *,
    unit: MassUnit,
    formula: Formula = Formula.EPLEY,
) -> ExerciseProgress:
    """One exercise's progress over a person's sets (oldest first)."""
    loaded = best_set_trend(sets, exercise_id, unit=unit)
    return ExerciseProgress(
        exercise_id,
        e1rm_lines(sets, exercise_id, formula=formula, unit=unit),
        loaded,
        () if loaded else reps_trend(sets, exercise_id),  # reps alone: body-weight work
        hold_trend(sets, exercise_id),
    )


def progress_json(progress: ExerciseProgress) -> dict[str, Any]:
    """The public JSON shape (API and `backstrong progress --json`)."""

    def load(value: Any) -> dict[str, Any]:
        return {"value": round(value.value, 1), "unit": value.unit.value}

    def trend(points: tuple[BodyWeightPoint, ...]) -> list[dict[str, Any]]:
        return [{"day": p.day.isoformat(), "best": p.best, "total": p.total} for p in points]

    return {
        "exercise_id": progress.exercise_id,
        "e1rm": [
            {
                "method": line.method,
                "points": [
                    {
                        "day": p.day.isoformat(),
                        "e1rm": load(p.one_rep_max),
                        "reps": p.reps,
                        "reliable": p.reliable,
                    }
                    for p in line.points
                ],
            }
            for line in progress.e1rm
        ],
        "best_sets": [
            {
                "day": p.day.isoformat(),
                "load": load(p.load),
                "reps": p.reps,
                "volume": load(p.volume),
            }
            for p in progress.best_sets
        ],
        "reps": trend(progress.reps),
        "holds": trend(progress.holds),
    }
