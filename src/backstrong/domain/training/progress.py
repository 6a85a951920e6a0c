"""Progress for every set: e1RM lines that say when they are less reliable, the RPE chart as its
own line, best-set and volume trends for high-rep work, and reps and hold-time trends for
body-weight exercises.

- One formula per chart: ``e1rm_lines`` draws the chosen formula only; sets with an RPE on the
  RTS chart make a separate ``rpe-chart`` line, never mixed into the formula's.
- e1RM formulas hold to about 10 reps (docs/sources.md#e1rm). Days whose best set has more reps
  are kept (the starting article's deadlift dose is 3 × 10–15) but marked ``reliable=False``;
  past a formula's own range (Brzycki and Lander break down near 37 reps) the day has no e1RM
  point, and the best-set and volume trend stands in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.one_rep_max import (
    RELIABLE_MAX_REPS,
    RPE_CHART,
    Formula,
    estimate_from_rpe,
    formula_max_reps,
    ratio,
)
from backstrong.domain.units import MassUnit


@dataclass(frozen=True, slots=True)
class E1rmPoint:
    day: date
    one_rep_max: Load
    reps: int  # of the set it came from
    reliable: bool  # False above 10 reps: show it faded, or with a note


@dataclass(frozen=True, slots=True)
class E1rmLine:
    """One series of one exercise: a formula's (by name) or the RPE chart's (``rpe-chart``)."""

    method: str
    points: tuple[E1rmPoint, ...]


@dataclass(frozen=True, slots=True)
class BestSetPoint:
    """A day's heaviest set (most reps at that load) and its total volume (load × reps)."""

    day: date
    load: Load
    reps: int
    volume: Load  # in the unit asked for


@dataclass(frozen=True, slots=True)
class BodyWeightPoint:
    """A day's body-weight work: the best set and the total (reps, or seconds held)."""

    day: date
    best: float
    total: float


def e1rm_lines(
    sets: Iterable[PerformedSet],
    exercise_id: str,
    *,
    formula: Formula = Formula.EPLEY,
    unit: MassUnit = MassUnit.KG,
) -> tuple[E1rmLine, ...]:
    """The formula's line and, when any set carries an RPE on the chart, the chart's line."""
    by_formula: dict[date, E1rmPoint] = {}
    by_chart: dict[date, E1rmPoint] = {}
    limit = formula_max_reps(formula)
    for s in _working(sets, exercise_id):
        load = _load(s)
        if load is None or not s.reps or (limit is not None and s.reps > limit):
            continue
        day, reliable = s.performed_at.date(), s.reps <= RELIABLE_MAX_REPS
        chart = estimate_from_rpe(load, s.reps, s.rpe) if s.rpe is not None else None
        if chart is not None:
            _keep_best(by_chart, E1rmPoint(day, chart.to(unit), s.reps, reliable))
        else:
            e1 = (load * ratio(s.reps, formula)).to(unit)
            _keep_best(by_formula, E1rmPoint(day, e1, s.reps, reliable))
    lines = [E1rmLine(formula.value, _sorted(by_formula))]
    if by_chart:
        lines.append(E1rmLine(RPE_CHART, _sorted(by_chart)))
    return tuple(lines)


def best_set_trend(
    sets: Iterable[PerformedSet], exercise_id: str, *, unit: MassUnit = MassUnit.KG
) -> tuple[BestSetPoint, ...]:
    """Per day, the heaviest set (ties: more reps) and the day's volume, for any rep count."""
    days: dict[date, BestSetPoint] = {}
    for s in _working(sets, exercise_id):
        load = _load(s)
        if load is None or not s.reps:
            continue
        day, shown = s.performed_at.date(), load.to(unit)
        held = days.get(day)
        volume = shown * s.reps if held is None else held.volume + shown * s.reps
        if held is None or (shown.value, s.reps) > (held.load.value, held.reps):
            days[day] = BestSetPoint(day, shown, s.reps, volume)
        else:
            days[day] = BestSetPoint(day, held.load, held.reps, volume)
    return tuple(days[d] for d in sorted(days))


def reps_trend(sets: Iterable[PerformedSet], exercise_id: str) -> tuple[BodyWeightPoint, ...]:
    """Per day, the most reps in a set and the total reps (body-weight work)."""
    return _trend((s, s.reps) for s in _working(sets, exercise_id))


def hold_trend(sets: Iterable[PerformedSet], exercise_id: str) -> tuple[BodyWeightPoint, ...]:
    """Per day, the longest hold and the total seconds held (planks, side bridges, walks)."""
    return _trend((s, s.hold_seconds) for s in _working(sets, exercise_id))


def _trend(
    values: Iterable[tuple[PerformedSet, float | int | None]],
) -> tuple[BodyWeightPoint, ...]:
    days: dict[date, BodyWeightPoint] = {}
    for s, value in values:
        if not value:
            continue
        day = s.performed_at.date()
        held = days.get(day)
        if held is None:
            days[day] = BodyWeightPoint(day, float(value), float(value))
        else:
            days[day] = BodyWeightPoint(day, max(held.best, value), held.total + value)
    return tuple(days[d] for d in sorted(days))


def _working(sets: Iterable[PerformedSet], exercise_id: str) -> list[PerformedSet]:
    return [s for s in sets if s.exercise_id == exercise_id and not s.warmup]


def _load(s: PerformedSet) -> Load | None:
    return s.load if s.load is not None else s.added_load


def _keep_best(days: dict[date, E1rmPoint], point: E1rmPoint) -> None:
    """The day's best estimate, preferring a reliable one over a larger unreliable one."""
    held = days.get(point.day)
    if held is None:
        days[point.day] = point
        return
    rank = (point.reliable, point.one_rep_max.value)
    if rank > (held.reliable, held.one_rep_max.value):
        days[point.day] = point


def _sorted(days: dict[date, E1rmPoint]) -> tuple[E1rmPoint, ...]:
    return tuple(days[d] for d in sorted(days))
