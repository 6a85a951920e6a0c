"""The history figures (records, e1RM trend, weekly volume) kept per exercise and week, so that
after a change only the weeks it touched need working out again.

A :class:`ExerciseWeek` holds one exercise's sets of one week (Monday to Sunday), reduced to what
the figures need. Joining the weeks gives exactly what one pass over the whole log gives
(:func:`~backstrong.domain.training.records.personal_records`,
:func:`~backstrong.domain.training.one_rep_max_trend.one_rep_max_trend`,
:func:`~backstrong.domain.training.volume.weekly_region_volume`), to the last bit:

- every sum stays inside one exercise's week (a day is inside a week) and keeps the log's order;
- ties that a single pass settles by "first in the log" are settled by each week's position in the
  log: the time of its first working set, then the order sets were stored (``NumberedSet``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.one_rep_max import Estimator, Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint, daily_one_rep_max
from backstrong.domain.training.records import (
    ExerciseRecords,
    Position,
    RecordScan,
    join_record_scans,
    position,
    scan_records,
)
from backstrong.domain.training.volume import (
    MuscleTargets,
    WeeklyVolume,
    exercise_weeks,
    region_volume,
)
from backstrong.domain.training.weeks import week_start
from backstrong.domain.units import MassUnit

NumberedSet = tuple[int, PerformedSet]  # sets logged at the same moment keep their number's order


@dataclass(frozen=True, slots=True)
class ExerciseWeek:
    """One exercise's working sets of one week (a week of warm-ups only has none)."""

    exercise_id: str
    monday: date
    first: Position  # of its first working set
    records: RecordScan
    trend: tuple[TrendPoint, ...]  # oldest first
    hard_sets: float
    tonnage_kg: float


@dataclass(frozen=True, slots=True)
class ExerciseHistory:
    """One exercise's weeks joined: its records and e1RM line over the whole log."""

    exercise_id: str
    first: Position  # of its first working set
    records: ExerciseRecords
    trend: tuple[TrendPoint, ...]


def week_of(performed: PerformedSet) -> tuple[str, date]:
    """The (exercise, Monday) a set is kept under: the Monday of its own calendar day."""
    return performed.exercise_id, week_start(performed.performed_at.date())


def split_by_week(numbered: Iterable[NumberedSet]) -> dict[tuple[str, date], list[NumberedSet]]:
    """Sets (in log order) grouped by :func:`week_of`, each group still in log order."""
    mondays: dict[date, date] = {}
    groups: dict[tuple[str, date], list[NumberedSet]] = {}
    for item in numbered:
        s = item[1]
        day = s.performed_at.date()
        monday = mondays.get(day)
        if monday is None:
            monday = mondays[day] = week_start(day)
        key = (s.exercise_id, monday)
        group = groups.get(key)
        if group is None:
            groups[key] = [item]
        else:
            group.append(item)
    return groups


class WeeklyHistory:
    """Summarises weeks and joins them, for one display unit and e1RM formula."""

    def __init__(self, *, unit: MassUnit = MassUnit.KG, formula: Formula = Formula.EPLEY) -> None:
        self.unit = unit
        self.estimator = Estimator(formula)

    def week(self, numbered: Sequence[NumberedSet]) -> ExerciseWeek | None:
        """One exercise's sets of one week, in log order; None when they are all warm-ups."""
        sets = [s for _, s in numbered]
        totals = exercise_weeks(sets)
        if len(totals) > 1:
            raise ValueError(f"sets: {len(totals)} exercise weeks given, one is accepted")
        if not totals:
            return None
        ((monday, exercise_id), (hard_sets, tonnage_kg)), *_ = totals.items()
        scan = scan_records(sets, [n for n, _ in numbered], self.estimator)[exercise_id]
        first = next(position(s, n) for n, s in numbered if not s.warmup)
        trend = daily_one_rep_max(sets, self.estimator, unit=self.unit).get(exercise_id, ())
        return ExerciseWeek(exercise_id, monday, first, scan, trend, hard_sets, tonnage_kg)

    def exercise(self, weeks: Iterable[ExerciseWeek]) -> ExerciseHistory:
        """Join the weeks of one exercise (at least one, in any order)."""
        ordered = sorted(weeks, key=lambda week: week.monday)
        exercise_id = ordered[0].exercise_id
        records = join_record_scans(
            exercise_id, (week.records for week in ordered), self.estimator, self.unit
        )
        trend = tuple(point for week in ordered for point in week.trend)
        first = min(week.first for week in ordered)
        return ExerciseHistory(exercise_id, first, records, trend)


def join_records(histories: Iterable[ExerciseHistory]) -> dict[str, ExerciseRecords]:
    """Records of every exercise, in the order each was first trained (as a single pass)."""
    return {h.exercise_id: h.records for h in sorted(histories, key=lambda h: h.first)}


def join_trend(histories: Iterable[ExerciseHistory]) -> dict[str, tuple[TrendPoint, ...]]:
    """e1RM lines of the exercises that have one, by exercise id (as a single pass)."""
    ordered = sorted(histories, key=lambda h: h.exercise_id)
    return {h.exercise_id: h.trend for h in ordered if h.trend}


def join_volume(
    weeks: Iterable[ExerciseWeek],
    exercises: Mapping[str, MuscleTargets],
    *,
    unit: MassUnit = MassUnit.KG,
) -> WeeklyVolume:
    """Weekly volume per region from every exercise's weeks (in any order)."""
    ordered = sorted(weeks, key=lambda week: week.first)
    totals = {(w.monday, w.exercise_id): (w.hard_sets, w.tonnage_kg) for w in ordered}
    return region_volume(totals, exercises, unit=unit)
