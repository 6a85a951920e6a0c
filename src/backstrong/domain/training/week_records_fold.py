"""Folding week summaries (``week_records.py``) into records and e1RM lines, and into blocks.

:func:`merge_weeks` folds any weeks of one exercise into one :class:`WeekRecords` (the bests of
them all), so storage keeps a merged summary per :data:`BLOCK_WEEKS` weeks and an exercise's
records are folded from a dozen blocks: after a change only the touched block is merged again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta

from backstrong.domain.training.load_factors import unit_per_kg
from backstrong.domain.training.model import Load
from backstrong.domain.training.one_rep_max import Estimator, Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.records import (
    BestOneRepMax,
    BestSessionVolume,
    ExerciseRecords,
    HeaviestLoad,
    LongestHold,
    MostReps,
)
from backstrong.domain.training.week_records import (
    Attempt,
    Hold,
    Lift,
    RepsAt,
    WeekLine,
    WeekRecords,
    beats,
    candidates,
    kg_of,
    more_reps,
)
from backstrong.domain.units import MassUnit

BLOCK_WEEKS = 16  # weeks merged into one stored block (about 7 blocks for 2 years)
_FIRST_BLOCK = date(1970, 1, 5)  # a Monday: blocks start every BLOCK_WEEKS weeks from it
_LOAD_KEY_DIGITS = 2  # loads equal to 10 g share a "most reps" record (as records.py)


def block_of(monday: date) -> date:
    """The first Monday of the block a week belongs to."""
    weeks = (monday - _FIRST_BLOCK).days // 7
    return _FIRST_BLOCK + timedelta(weeks=weeks - weeks % BLOCK_WEEKS)


def merge_weeks(weeks: Sequence[WeekRecords]) -> WeekRecords:
    """One summary of several weeks (or blocks) of one exercise, folding as the records do."""
    attempts = sorted((a for week in weeks for a in week.attempts), key=lambda a: a.on)
    return WeekRecords(  # sorted stably: each day's attempts keep their order
        _heaviest(weeks),
        tuple(_reps_by_kg(weeks).values()),
        _best_day(weeks),
        _longest_hold(weeks),
        candidates(attempts),
    )


def records_from_weeks(
    weeks: Iterable[tuple[str, WeekRecords]], *, unit: MassUnit, formula: Formula
) -> dict[str, ExerciseRecords]:
    """The records of every exercise among ``weeks`` (weeks or blocks, any order), as
    :func:`~backstrong.domain.training.records.personal_records` gives them over their sets."""
    grouped: dict[str, list[WeekRecords]] = {}
    for exercise_id, week in weeks:
        grouped.setdefault(exercise_id, []).append(week)
    estimator, per_kg = Estimator(formula), unit_per_kg(unit)
    return {
        key: _records(key, merge_weeks(found), estimator, unit, per_kg)
        for key, found in grouped.items()
    }


def _records(
    exercise_id: str, merged: WeekRecords, estimator: Estimator, unit: MassUnit, per_kg: float
) -> ExerciseRecords:
    heaviest, hold, day = merged.heaviest, merged.longest_hold, merged.best_day
    heavy_load = None if heaviest is None else heaviest.load
    return ExerciseRecords(
        exercise_id=exercise_id,
        heaviest=(
            None
            if heaviest is None or heavy_load is None
            else HeaviestLoad(heavy_load, heaviest.reps, heaviest.on)
        ),
        most_reps=_most_reps(merged.most_reps),
        best_one_rep_max=_best_e1rm(merged.attempts, estimator, unit, per_kg),
        best_session_volume=(
            None if day is None else BestSessionVolume(Load(day[1] * per_kg, unit), day[0])
        ),
        longest_hold=(
            None if hold is None else LongestHold(hold.seconds, hold.lift.load, hold.lift.on)
        ),
    )


def lines_from_weeks(
    weeks: Iterable[tuple[str, WeekLine]], *, unit: MassUnit, formula: Formula
) -> dict[str, tuple[TrendPoint, ...]]:
    """Each exercise's best e1RM per day, oldest first, as
    :func:`~backstrong.domain.training.one_rep_max_trend.one_rep_max_trend` gives it."""
    estimator, per_kg = Estimator(formula), unit_per_kg(unit)
    factor = _factor(estimator)
    best: dict[str, dict[date, tuple[float, Attempt]]] = {}
    for exercise_id, week in weeks:
        days = best.setdefault(exercise_id, {})
        for a in week.attempts:
            e1rm = kg_of(a.value, a.unit) * factor(a)
            held = days.get(a.on)
            if held is None or e1rm > held[0]:
                days[a.on] = (e1rm, a)
    method = estimator.method
    return {
        key: tuple(
            TrendPoint(day, Load(kg * per_kg, unit), a.load, a.reps, method(a.reps, a.rpe))
            for day, (kg, a) in sorted(days.items())
        )
        for key, days in best.items()
    }


def _factor(estimator: Estimator) -> Callable[[Attempt], float]:
    by_reps, by_rpe = estimator.by_reps, estimator.by_rpe

    def factor(a: Attempt) -> float:
        return by_reps[a.reps] if a.rpe is None else by_rpe.get((a.reps, a.rpe), by_reps[a.reps])

    return factor


def _best_e1rm(
    attempts: Sequence[Attempt], estimator: Estimator, unit: MassUnit, per_kg: float
) -> BestOneRepMax | None:
    factor, found, e1rm_kg = _factor(estimator), None, 0.0
    for a in attempts:  # in tie order: an equal estimate later does not take it
        if a.reps > estimator.max_reps:
            continue
        e1rm = kg_of(a.value, a.unit) * factor(a)
        if e1rm > e1rm_kg:
            e1rm_kg, found = e1rm, a
    if found is None:
        return None
    method = estimator.method(found.reps, found.rpe)
    return BestOneRepMax(Load(e1rm_kg * per_kg, unit), found.load, found.reps, method, found.on)


def _heaviest(weeks: Iterable[WeekRecords]) -> Lift | None:
    heavy_kg, held = -1.0, None
    for week in weeks:
        lift = week.heaviest
        if lift is None or lift.value is None or lift.unit is None:
            continue
        kg = kg_of(lift.value, lift.unit)
        if kg >= heavy_kg and beats(kg, lift.on, heavy_kg, held):
            heavy_kg, held = kg, lift
    return held


def _longest_hold(weeks: Iterable[WeekRecords]) -> Hold | None:
    held: Hold | None = None
    for week in weeks:
        hold = week.longest_hold
        if hold is None:
            continue
        seconds = 0.0 if held is None else held.seconds
        if hold.seconds >= seconds and beats(
            hold.seconds, hold.lift.on, seconds, None if held is None else held.lift
        ):
            held = hold
    return held


def _best_day(weeks: Iterable[WeekRecords]) -> tuple[date, float] | None:
    best: tuple[date, float] | None = None
    for week in weeks:
        found = week.best_day
        if found is None:
            continue
        if best is None or found[1] > best[1] or (found[1] == best[1] and found[0] < best[0]):
            best = found
    return best


def _reps_by_kg(weeks: Iterable[WeekRecords]) -> dict[float | None, RepsAt]:
    """Each exact load's most reps, and where the load was first lifted."""
    by_kg: dict[float | None, RepsAt] = {}
    for week in weeks:
        for at in week.most_reps:
            lift = at.best
            kg = None if lift.value is None or lift.unit is None else kg_of(lift.value, lift.unit)
            held = by_kg.get(kg)
            if held is None:
                by_kg[kg] = at
                continue
            us, number = min(at[1:], held[1:])
            best = lift if more_reps(lift, held.best) else held.best
            if (best, us, number) != held:
                by_kg[kg] = RepsAt(best, us, number)
    return by_kg


def _most_reps(at_loads: Iterable[RepsAt]) -> tuple[MostReps, ...]:
    """Merged to 10 g in the order the loads were first lifted, then body weight first,
    lightest first (as records.py)."""
    merged: dict[float | None, Lift] = {}
    for at in sorted(at_loads, key=lambda at: at[1:]):
        lift = at.best
        kg = None if lift.value is None or lift.unit is None else kg_of(lift.value, lift.unit)
        key = None if kg is None else round(kg, _LOAD_KEY_DIGITS)
        if more_reps(lift, merged.get(key)):
            merged[key] = lift
    ordered = sorted(merged.items(), key=lambda item: -1.0 if item[0] is None else item[0])
    return tuple(
        MostReps(lift.load, lift.reps, lift.on) for _, lift in ordered if lift.reps is not None
    )
