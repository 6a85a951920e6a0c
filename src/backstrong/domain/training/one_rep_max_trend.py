"""e1RM over time: the best estimate of each exercise on each training day.

Same rules as the records (warm-ups out, ``added_load`` for body-weight work, RPE chart first, sets
up to 10 reps by default), so the line on the chart ends at the record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from backstrong.domain.training.load_factors import kg_per_unit, unit_per_kg
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.one_rep_max import RELIABLE_MAX_REPS, Estimator, Formula
from backstrong.domain.units import MassUnit


@dataclass(frozen=True, slots=True)
class TrendPoint:
    day: date
    one_rep_max: Load  # in the unit asked for
    load: Load  # the set it came from, as logged
    reps: int
    method: str  # a Formula value or "rpe-chart"


def one_rep_max_trend(
    sets: Iterable[PerformedSet],
    *,
    unit: MassUnit = MassUnit.KG,
    formula: Formula = Formula.EPLEY,
    use_rpe: bool = True,
    max_reps: int = RELIABLE_MAX_REPS,
    exercise_id: str | None = None,
) -> dict[str, tuple[TrendPoint, ...]]:
    """Per exercise (or only ``exercise_id``), one point per day with an estimate, oldest first."""
    estimator = Estimator(formula, use_rpe=use_rpe, max_reps=max_reps)
    return daily_one_rep_max(sets, estimator, unit=unit, exercise_id=exercise_id)


def daily_one_rep_max(
    sets: Iterable[PerformedSet],
    estimator: Estimator,
    *,
    unit: MassUnit = MassUnit.KG,
    exercise_id: str | None = None,
) -> dict[str, tuple[TrendPoint, ...]]:
    """:func:`one_rep_max_trend` with an estimator built once, for callers that run it often."""
    by_reps, by_rpe, most = estimator.by_reps, estimator.by_rpe, estimator.max_reps
    kg_per = kg_per_unit()
    best: dict[tuple[str, date], tuple[float, PerformedSet]] = {}
    for s in sets:
        reps = s.reps
        if s.warmup or not reps or reps > most:
            continue
        if exercise_id is not None and s.exercise_id != exercise_id:
            continue
        load = s.load if s.load is not None else s.added_load
        if load is None:
            continue
        factor = by_reps[reps] if s.rpe is None else by_rpe.get((reps, s.rpe), by_reps[reps])
        e1rm = load.value * kg_per[load.unit] * factor
        key = (s.exercise_id, s.performed_at.date())
        held = best.get(key)
        if held is None or e1rm > held[0]:
            best[key] = (e1rm, s)
    return _points(best, estimator, unit)


def _points(
    best: dict[tuple[str, date], tuple[float, PerformedSet]], estimator: Estimator, unit: MassUnit
) -> dict[str, tuple[TrendPoint, ...]]:
    per_kg = unit_per_kg(unit)
    lines: dict[str, list[TrendPoint]] = {}
    for (exercise_id, day), (kg, s) in sorted(best.items()):
        load = s.load if s.load is not None else s.added_load
        if load is None or s.reps is None:  # cannot happen: only such sets were kept
            continue
        point = TrendPoint(
            day, Load(kg * per_kg, unit), load, s.reps, estimator.method(s.reps, s.rpe)
        )
        lines.setdefault(exercise_id, []).append(point)
    return {exercise_id: tuple(points) for exercise_id, points in lines.items()}
