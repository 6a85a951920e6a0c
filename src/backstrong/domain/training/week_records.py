"""Records and e1RM lines as a fold over small per-week summaries (issue 15).

A :class:`WeekRecords` keeps, of one exercise's working sets in one week (Monday to Sunday of each
set's own calendar day), just what could still be a record: the week's heaviest load, longest
hold, most reps at each exact load (and where that load was first lifted), each day's volume,
and the sets that could give a day its best e1RM. Folding an exercise's weeks gives exactly what
:func:`~backstrong.domain.training.records.personal_records` and
:func:`~backstrong.domain.training.one_rep_max_trend.one_rep_max_trend` give over its whole log,
for any unit and formula (the weeks keep kilograms and sets as logged, never a formula's figure):

- every record is "the most, then the earliest day, then the first in the log"; a day lies in one
  week, so a week's best carries the tie-break of its own days and weeks compare by day alone;
- a day's volume is summed in log order, as the whole log sums it;
- a day's best e1RM comes from its heaviest set of each (reps, RPE): the e1RM of one (reps, RPE)
  grows with the load, so a set kept beside the heaviest of its kind differs from it by rounding
  only (:data:`_SAME_LOAD`), and sets are kept in log order, so ties break as one pass breaks them;
- "most reps" merges loads equal to 10 g in the order each exact load was first lifted.

Change one set and only its week is summarised again; records come from a few hundred small
rows, not from thousands of sets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from backstrong.domain.training.load_factors import kg_per_unit, unit_per_kg
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.one_rep_max import RELIABLE_MAX_REPS, Estimator, Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.records import (
    BestOneRepMax,
    BestSessionVolume,
    ExerciseRecords,
    HeaviestLoad,
    LongestHold,
    MostReps,
)
from backstrong.domain.training.summaries import ExerciseFigures, NumberedSet, week_of
from backstrong.domain.units import MassUnit

_LOAD_KEY_DIGITS = 2  # loads equal to 10 g share a "most reps" record (as records.py)
_SAME_LOAD = 1e-12  # relative: loads this close may give the same e1RM once multiplied
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
Place = tuple[int, int]  # where a set stands in the log: (µs since 1970 UTC, number stored under)


@dataclass(frozen=True, slots=True)
class Lift:
    """A working set reduced to what a record shows of it."""

    load: Load | None  # as logged (``added_load`` for body-weight work)
    reps: int | None
    on: date


@dataclass(frozen=True, slots=True)
class RepsAt:
    """The week's most reps at one exact load (kg; None: body weight with nothing added)."""

    kg: float | None
    first: Place  # the week's first working set with reps at this load
    best: Lift


@dataclass(frozen=True, slots=True)
class Hold:
    seconds: float
    lift: Lift


@dataclass(frozen=True, slots=True)
class Attempt:
    """A set that may give its day the best e1RM (up to ``RELIABLE_MAX_REPS`` reps, loaded)."""

    load: Load
    reps: int
    rpe: float | None
    on: date


@dataclass(frozen=True, slots=True)
class WeekRecords:
    """What could still be a record among one exercise's working sets of one week."""

    heaviest: Lift | None = None
    most_reps: tuple[RepsAt, ...] = ()
    day_volumes: tuple[tuple[date, float], ...] = ()  # kg, summed in log order
    longest_hold: Hold | None = None
    attempts: tuple[Attempt, ...] = ()  # in log order


def _kg(load: Load) -> float:
    return load.value * kg_per_unit()[load.unit]


def _beats(kg: float, on: date, held_kg: float, held: Lift | None) -> bool:
    """More, or as much on an earlier day (the one-pass rule, given ``kg >= held_kg``)."""
    return kg > held_kg or held is None or on < held.on


def _more_reps(lift: Lift, held: Lift | None) -> bool:
    if held is None:
        return True
    if lift.reps is None or held.reps is None:
        return held.reps is None
    return lift.reps > held.reps or (lift.reps == held.reps and lift.on < held.on)


def _place(number: int, performed: PerformedSet) -> Place:
    return ((performed.performed_at - _EPOCH) // timedelta(microseconds=1), number)


class _Week:
    """One exercise-week's bests while its sets stream past in log order (mutable, private)."""

    def __init__(self) -> None:
        self.heavy_kg, self.heavy = -1.0, None  # as records.py starts
        self.hold_seconds, self.hold = 0.0, None
        self.reps: dict[float | None, tuple[Place, Lift]] = {}
        self.volumes: dict[date, float] = {}
        self.attempts: dict[tuple[date, int, float | None], list[tuple[float, int, Attempt]]] = {}

    heavy: Lift | None
    hold: Lift | None

    def add(self, index: int, number: int, s: PerformedSet) -> None:
        """The ``index``-th set of the log (stored under ``number``), a working set."""
        load = s.load if s.load is not None else s.added_load
        on, reps, seconds = s.performed_at.date(), s.reps, s.hold_seconds
        lift = Lift(load, reps, on)
        held_seconds = self.hold_seconds
        if seconds and seconds >= held_seconds and _beats(seconds, on, held_seconds, self.hold):
            self.hold_seconds, self.hold = seconds, lift
        if load is None:
            if reps:
                self._reps_at(None, number, s, lift)
            return
        if reps == 0:
            return
        kg = _kg(load)
        if kg >= self.heavy_kg and _beats(kg, on, self.heavy_kg, self.heavy):
            self.heavy_kg, self.heavy = kg, lift
        if reps:
            self._reps_at(kg, number, s, lift)
            self.volumes[on] = self.volumes.get(on, 0.0) + reps * kg
            if reps <= RELIABLE_MAX_REPS:
                self._attempt(kg, index, Attempt(load, reps, s.rpe, on))

    def _reps_at(self, kg: float | None, number: int, s: PerformedSet, lift: Lift) -> None:
        held = self.reps.get(kg)
        if held is None:
            self.reps[kg] = (_place(number, s), lift)
        elif _more_reps(lift, held[1]):
            self.reps[kg] = (held[0], lift)

    def _attempt(self, kg: float, index: int, attempt: Attempt) -> None:
        """Keep the first set at each load near the heaviest of its day, reps and RPE."""
        kind = self.attempts.setdefault((attempt.on, attempt.reps, attempt.rpe), [])
        if any(held == kg for held, _, _ in kind):
            return
        kind.append((kg, index, attempt))
        top = max(held for held, _, _ in kind)
        kind[:] = [kept for kept in kind if kept[0] >= top - abs(top) * _SAME_LOAD]

    def summary(self) -> WeekRecords:
        kept = [kept for kind in self.attempts.values() for kept in kind]
        return WeekRecords(
            heaviest=self.heavy,
            most_reps=tuple(RepsAt(kg, first, lift) for kg, (first, lift) in self.reps.items()),
            day_volumes=tuple(self.volumes.items()),
            longest_hold=None if self.hold is None else Hold(self.hold_seconds, self.hold),
            attempts=tuple(attempt for _, _, attempt in sorted(kept, key=lambda k: k[1])),
        )


def week_records(numbered: Iterable[NumberedSet]) -> dict[tuple[str, date], WeekRecords]:
    """Each (exercise, Monday) week's records summary, of sets given in log order."""
    weeks: dict[tuple[str, date], _Week] = {}
    for index, (number, s) in enumerate(numbered):
        if s.warmup:
            continue
        key = week_of(s)
        week = weeks.get(key)
        if week is None:
            week = weeks[key] = _Week()
        week.add(index, number, s)
    return {key: week.summary() for key, week in weeks.items()}


def figures_from_weeks(
    weeks: Iterable[tuple[str, WeekRecords]], *, unit: MassUnit, formula: Formula
) -> dict[str, ExerciseFigures]:
    """Records and e1RM line of every exercise among ``weeks`` (any order): what
    :func:`~backstrong.domain.training.summaries.exercise_figures` gives over their sets."""
    grouped: dict[str, list[WeekRecords]] = {}
    for exercise_id, week in weeks:
        grouped.setdefault(exercise_id, []).append(week)
    estimator, per_kg = Estimator(formula), unit_per_kg(unit)
    return {key: _figures(key, found, estimator, unit, per_kg) for key, found in grouped.items()}


def _figures(
    exercise_id: str,
    weeks: Sequence[WeekRecords],
    estimator: Estimator,
    unit: MassUnit,
    per_kg: float,
) -> ExerciseFigures:
    days = _day_bests(weeks, estimator)
    trend = tuple(
        TrendPoint(day, Load(kg * per_kg, unit), a.load, a.reps, estimator.method(a.reps, a.rpe))
        for day, (kg, a) in days
    )
    records = ExerciseRecords(
        exercise_id=exercise_id,
        heaviest=_heaviest(weeks),
        most_reps=_most_reps(weeks),
        best_one_rep_max=_best_e1rm(days, estimator, unit, per_kg),
        best_session_volume=_best_volume(weeks, unit, per_kg),
        longest_hold=_longest_hold(weeks),
    )
    return ExerciseFigures(records, trend)


def _day_bests(
    weeks: Iterable[WeekRecords], estimator: Estimator
) -> list[tuple[date, tuple[float, Attempt]]]:
    """Each day's best e1RM (kg) and its set, oldest day first (the first set keeps a tie)."""
    by_reps, by_rpe, most = estimator.by_reps, estimator.by_rpe, estimator.max_reps
    best: dict[date, tuple[float, Attempt]] = {}
    for week in weeks:
        for a in week.attempts:
            if a.reps > most:
                continue
            reps, rpe = a.reps, a.rpe
            factor = by_reps[reps] if rpe is None else by_rpe.get((reps, rpe), by_reps[reps])
            e1rm = _kg(a.load) * factor
            held = best.get(a.on)
            if held is None or e1rm > held[0]:
                best[a.on] = (e1rm, a)
    return sorted(best.items())


def _best_e1rm(
    days: Sequence[tuple[date, tuple[float, Attempt]]],
    estimator: Estimator,
    unit: MassUnit,
    per_kg: float,
) -> BestOneRepMax | None:
    found: tuple[date, float, Attempt] | None = None
    for day, (kg, a) in days:  # oldest first: an equal estimate later does not take it
        if kg > (0.0 if found is None else found[1]):
            found = (day, kg, a)
    if found is None:
        return None
    day, kg, a = found
    method = estimator.method(a.reps, a.rpe)
    return BestOneRepMax(Load(kg * per_kg, unit), a.load, a.reps, method, day)


def _heaviest(weeks: Iterable[WeekRecords]) -> HeaviestLoad | None:
    heavy_kg, held = -1.0, None
    for week in weeks:
        lift = week.heaviest
        if lift is None or lift.load is None:
            continue
        kg = _kg(lift.load)
        if kg >= heavy_kg and _beats(kg, lift.on, heavy_kg, held):
            heavy_kg, held = kg, lift
    if held is None or held.load is None:
        return None
    return HeaviestLoad(held.load, held.reps, held.on)


def _longest_hold(weeks: Iterable[WeekRecords]) -> LongestHold | None:
    held: Hold | None = None
    for week in weeks:
        hold = week.longest_hold
        if hold is None:
            continue
        seconds = 0.0 if held is None else held.seconds
        if hold.seconds >= seconds and _beats(
            hold.seconds, hold.lift.on, seconds, None if held is None else held.lift
        ):
            held = hold
    return None if held is None else LongestHold(held.seconds, held.lift.load, held.lift.on)


def _best_volume(
    weeks: Iterable[WeekRecords], unit: MassUnit, per_kg: float
) -> BestSessionVolume | None:
    best: tuple[float, date] | None = None
    for week in weeks:
        for day, kg in week.day_volumes:
            if best is None or kg > best[0] or (kg == best[0] and day < best[1]):
                best = (kg, day)
    return None if best is None else BestSessionVolume(Load(best[0] * per_kg, unit), best[1])


def _most_reps(weeks: Iterable[WeekRecords]) -> tuple[MostReps, ...]:
    """Each exact load's best, merged to 10 g in the order the loads were first lifted, then
    body weight first, lightest first (as records.py)."""
    by_kg: dict[float | None, tuple[Place, Lift]] = {}
    for week in weeks:
        for at in week.most_reps:
            held = by_kg.get(at.kg)
            if held is None:
                by_kg[at.kg] = (at.first, at.best)
            else:
                best = at.best if _more_reps(at.best, held[1]) else held[1]
                by_kg[at.kg] = (min(held[0], at.first), best)
    merged: dict[float | None, Lift] = {}
    for kg, (_, lift) in sorted(by_kg.items(), key=lambda item: item[1][0]):
        key = None if kg is None else round(kg, _LOAD_KEY_DIGITS)
        if _more_reps(lift, merged.get(key)):
            merged[key] = lift
    ordered = sorted(merged.items(), key=lambda item: -1.0 if item[0] is None else item[0])
    return tuple(
        MostReps(lift.load, lift.reps, lift.on) for _, lift in ordered if lift.reps is not None
    )
