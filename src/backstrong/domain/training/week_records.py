"""Records and e1RM lines as a fold over small per-week summaries.

Of one exercise's working sets in one week (Monday to Sunday of each set's own calendar day),
:class:`WeekRecords` keeps just what could still be a record — the week's heaviest load, longest
hold, best day of volume, most reps at each exact load (and where that load was first lifted),
and the sets that could give the week its best e1RM — and :class:`WeekLine` the sets that could
give each day its best e1RM. Folding an exercise's weeks gives exactly what
:func:`~backstrong.domain.training.records.personal_records` and
:func:`~backstrong.domain.training.one_rep_max_trend.one_rep_max_trend` give over its whole log,
for any unit and formula (weeks keep sets as logged, never a formula's figure):

- every record is "the most, then the earliest day, then the first in the log"; a day lies in one
  week, so a week's best carries the tie-break of its own days and weeks compare by day alone;
- a day's volume is summed in log order, as the whole log sums it;
- an e1RM candidate is dropped only when another beats it by every formula: a set read from the
  RPE chart (the same figure by any formula) loses to a bigger chart estimate; any other set
  loses to a heavier one of as many or more reps (every formula grows with reps), with
  :data:`_SAME_LOAD` left for rounding, or to an equal one before it;
- "most reps" merges loads equal to 10 g in the order each exact load was first lifted.

Change one set and only its week is summarised again; records come from a few hundred small
rows, not from thousands of sets. The fold itself is in ``week_records_fold.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import NamedTuple

from backstrong.domain.training.load_factors import kg_per_unit
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.one_rep_max import RELIABLE_MAX_REPS
from backstrong.domain.training.rpe_chart import one_rep_max_factors
from backstrong.domain.training.summaries import NumberedSet, week_of
from backstrong.domain.units import MassUnit

_SAME_LOAD = 1e-12  # relative: loads this close may give the same e1RM once multiplied
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Tuples, not dataclasses: stored as JSON arrays, read back a few hundred at a time after every
# change (training_log_dashboard_100k_sets_after_change_*_ms, target 150).


class Lift(NamedTuple):
    """A working set reduced to what a record shows of it; the load as logged (``added_load``
    for body-weight work; None: body weight alone)."""

    value: float | None
    unit: MassUnit | None
    reps: int | None
    on: date

    @property
    def load(self) -> Load | None:
        return None if self.value is None or self.unit is None else Load(self.value, self.unit)


class RepsAt(NamedTuple):
    """The week's most reps at one exact load, and where a set at that load first stands in the
    log (µs since 1970 UTC, the number it was stored under)."""

    best: Lift
    first_us: int
    first_number: int


class Hold(NamedTuple):
    seconds: float
    lift: Lift


class Attempt(NamedTuple):
    """A loaded set of 1 to ``RELIABLE_MAX_REPS`` reps: a candidate best e1RM."""

    value: float
    unit: MassUnit
    reps: int
    rpe: float | None
    on: date

    @property
    def load(self) -> Load:
        return Load(self.value, self.unit)


class WeekRecords(NamedTuple):
    """What could still be a record among one exercise's working sets of one week."""

    heaviest: Lift | None
    most_reps: tuple[RepsAt, ...]
    best_day: tuple[date, float] | None  # the most volume in a day (kg), the earlier day on a tie
    longest_hold: Hold | None
    attempts: tuple[Attempt, ...]  # by day, then in log order


class WeekLine(NamedTuple):
    """The sets that could give each day of the week its best e1RM, in log order."""

    attempts: tuple[Attempt, ...]


_chart = cache(one_rep_max_factors)  # built once: every summarised week reads it


def kg_of(value: float, unit: MassUnit) -> float:
    return value * kg_per_unit()[unit]


def beats(kg: float, on: date, held_kg: float, held: Lift | None) -> bool:
    """More, or as much on an earlier day (the one-pass rule, given ``kg >= held_kg``)."""
    return kg > held_kg or held is None or on < held.on


def more_reps(lift: Lift, held: Lift | None) -> bool:
    if held is None:
        return True
    if lift.reps is None or held.reps is None:
        return held.reps is None
    return lift.reps > held.reps or (lift.reps == held.reps and lift.on < held.on)


def _lift(load: Load | None, reps: int | None, on: date) -> Lift:
    return Lift(None, None, reps, on) if load is None else Lift(load.value, load.unit, reps, on)


class _Week:
    """One exercise-week's bests while its sets stream past in log order (mutable, private)."""

    heavy: Lift | None
    hold: Lift | None

    def __init__(self) -> None:
        self.heavy_kg, self.heavy = -1.0, None  # as records.py starts
        self.hold_seconds, self.hold = 0.0, None
        self.reps: dict[float | None, RepsAt] = {}
        self.volumes: dict[date, float] = {}
        self.attempts: list[Attempt] = []

    def add(self, number: int, s: PerformedSet) -> None:
        """A working set, stored under ``number``."""
        load = s.load if s.load is not None else s.added_load
        on, reps, seconds = s.performed_at.date(), s.reps, s.hold_seconds
        lift = _lift(load, reps, on)
        held_seconds = self.hold_seconds
        if seconds and seconds >= held_seconds and beats(seconds, on, held_seconds, self.hold):
            self.hold_seconds, self.hold = seconds, lift
        if load is None:
            if reps:
                self._reps_at(None, number, s, lift)
            return
        if reps == 0:
            return
        kg = kg_of(load.value, load.unit)
        if kg >= self.heavy_kg and beats(kg, on, self.heavy_kg, self.heavy):
            self.heavy_kg, self.heavy = kg, lift
        if reps:
            self._reps_at(kg, number, s, lift)
            self.volumes[on] = self.volumes.get(on, 0.0) + reps * kg
            if reps <= RELIABLE_MAX_REPS:
                self.attempts.append(Attempt(load.value, load.unit, reps, s.rpe, on))

    def _reps_at(self, kg: float | None, number: int, s: PerformedSet, lift: Lift) -> None:
        held = self.reps.get(kg)
        if held is None:
            us = (s.performed_at - _EPOCH) // timedelta(microseconds=1)
            self.reps[kg] = RepsAt(lift, us, number)
        elif more_reps(lift, held.best):
            self.reps[kg] = held._replace(best=lift)

    def summary(self) -> tuple[WeekRecords, WeekLine]:
        by_day: dict[date, list[Attempt]] = {}
        for attempt in self.attempts:
            by_day.setdefault(attempt.on, []).append(attempt)
        line = [kept for day in by_day.values() for kept in candidates(day)]
        ordered = sorted(line, key=lambda a: a.on)  # stable: log order within a day
        best_day = None
        for day, kg in self.volumes.items():
            if best_day is None or kg > best_day[1] or (kg == best_day[1] and day < best_day[0]):
                best_day = (day, kg)
        hold = None if self.hold is None else Hold(self.hold_seconds, self.hold)
        records = WeekRecords(
            self.heavy, tuple(self.reps.values()), best_day, hold, candidates(ordered)
        )
        return records, WeekLine(tuple(line))


def candidates(attempts: Sequence[Attempt]) -> tuple[Attempt, ...]:
    """The attempts (in tie order: the first wins a tie) that could give the best e1RM by some
    formula: the best read from the RPE chart, and every other that no set beats by every
    formula."""
    chart = _chart()
    on_chart: tuple[float, Attempt] | None = None
    heaviest: dict[int, list[tuple[float, Attempt]]] = {}  # by reps: the heaviest (to rounding)
    for a in attempts:
        kg = kg_of(a.value, a.unit)
        factor = None if a.rpe is None else chart.get((a.reps, a.rpe))
        if factor is not None:
            if on_chart is None or kg * factor > on_chart[0]:
                on_chart = (kg * factor, a)
            continue
        kind = heaviest.setdefault(a.reps, [])
        if any(held == kg for held, _ in kind):
            continue
        kind.append((kg, a))
        top = max(held for held, _ in kind)
        kind[:] = [kept for kept in kind if kept[0] >= top - abs(top) * _SAME_LOAD]
    kept = {a for kind in heaviest.values() for kg, a in kind if not _outdone(kg, a, heaviest)}
    if on_chart is not None:
        kept.add(on_chart[1])
    return tuple(a for a in dict.fromkeys(attempts) if a in kept)


def _outdone(kg: float, a: Attempt, heaviest: dict[int, list[tuple[float, Attempt]]]) -> bool:
    """Beaten by every formula: a set of more reps at a load as heavy (or heavier, for nothing)."""
    return any(
        other > kg or (other == kg and kg > 0.0)
        for reps, kind in heaviest.items()
        if reps > a.reps
        for other, _ in kind
    )


def week_records(
    numbered: Iterable[NumberedSet],
) -> dict[tuple[str, date], tuple[WeekRecords, WeekLine]]:
    """Each (exercise, Monday) week's records summary and e1RM candidates, of sets given in log
    order."""
    weeks: dict[tuple[str, date], _Week] = {}
    for number, s in numbered:
        if s.warmup:
            continue
        key = week_of(s)
        week = weeks.get(key)
        if week is None:
            week = weeks[key] = _Week()
        week.add(number, s)
    return {key: week.summary() for key, week in weeks.items()}
