"""The history figures (records, e1RM trend, weekly volume) from small stored summaries.

Storage keeps two summaries of a person's log, in step with every write:

- :class:`WeekTotal`: one exercise's working sets of one week (Monday to Sunday of the set's own
  calendar day), reduced to hard sets and tonnage, and where in the log its first working set
  stands. A change re-summarises only the weeks it touched.
- :class:`ExerciseFigures`: one exercise's records and e1RM line over its whole log, for one
  display unit and formula; folded again from that exercise's week summaries after a change to it
  (``week_records.py``, ``week_records_fold.py``).

Joined, they give exactly what one pass over the whole log gives
(:func:`~backstrong.domain.training.records.personal_records`,
:func:`~backstrong.domain.training.one_rep_max_trend.one_rep_max_trend`,
:func:`~backstrong.domain.training.volume.weekly_region_volume`): records and lines are per
exercise anyway, and weekly totals are summed inside one exercise's week in log order, then
shared out to regions in the order each week first appears in the log (its first working set).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint, one_rep_max_trend
from backstrong.domain.training.records import (
    ExerciseRecords,
    Position,
    personal_records,
    position,
)
from backstrong.domain.training.volume import (
    MuscleTargets,
    WeeklyVolume,
    exercise_weeks,
    region_shares,
    region_volume,
)
from backstrong.domain.training.weeks import week_start
from backstrong.domain.units import MassUnit

NumberedSet = tuple[int, PerformedSet]  # (the number it was stored under, the set)


@dataclass(frozen=True, slots=True)
class WeekTotal:
    """One exercise's working sets of one week (a week of warm-ups only has none)."""

    exercise_id: str
    monday: date
    first: Position  # of its first working set
    hard_sets: float
    tonnage_kg: float


@dataclass(frozen=True, slots=True)
class ExerciseFigures:
    """One exercise's records and best e1RM per day, over its whole log."""

    records: ExerciseRecords
    trend: tuple[TrendPoint, ...]


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The history page's figures (the e1RM lines are read per exercise, where they are drawn)."""

    records: dict[str, ExerciseRecords]  # in the order each exercise was first trained
    volume: WeeklyVolume


def week_of(performed: PerformedSet) -> tuple[str, date]:
    """The (exercise, Monday) a set is summarised under: the Monday of its own calendar day."""
    return performed.exercise_id, week_start(performed.performed_at.date())


def week_totals(numbered: Iterable[NumberedSet]) -> list[WeekTotal]:
    """The week totals of sets given in log order (time, then number)."""
    groups: dict[tuple[str, date], list[NumberedSet]] = {}
    for item in numbered:
        groups.setdefault(week_of(item[1]), []).append(item)
    totals = []
    for (exercise_id, monday), group in groups.items():
        summed = exercise_weeks(s for _, s in group).get((monday, exercise_id))
        if summed is None:  # warm-ups only
            continue
        first = next(position(s, n) for n, s in group if not s.warmup)
        totals.append(WeekTotal(exercise_id, monday, first, summed[0], summed[1]))
    return totals


def exercise_figures(
    sets: Iterable[PerformedSet], *, unit: MassUnit, formula: Formula
) -> dict[str, ExerciseFigures]:
    """Records and e1RM line of every exercise in ``sets`` (those with a working set)."""
    log = list(sets)
    records = personal_records(log, unit=unit, formula=formula)
    trend = one_rep_max_trend(log, unit=unit, formula=formula)
    return {key: ExerciseFigures(found, trend.get(key, ())) for key, found in records.items()}


def dashboard(
    first_trained: Mapping[str, Position],
    totals: Iterable[WeekTotal],
    records: Mapping[str, ExerciseRecords],
    muscles: Mapping[str, MuscleTargets],
    *,
    unit: MassUnit,
) -> Dashboard:
    """Records (in the order each exercise was first trained) and weekly region volume of the
    weeks in ``totals`` (all, or the last few), joined from the stored summaries."""
    ordered = sorted(totals, key=lambda total: total.first)
    per_week = {(t.monday, t.exercise_id): (t.hard_sets, t.tonnage_kg) for t in ordered}
    volume = region_volume(per_week, muscles, unit=unit)
    unmapped = frozenset(key for key in first_trained if not _shares(muscles.get(key)))
    return Dashboard(records_in_order(first_trained, records), WeeklyVolume(volume.weeks, unmapped))


def records_in_order(
    first_trained: Mapping[str, Position], records: Mapping[str, ExerciseRecords]
) -> dict[str, ExerciseRecords]:
    """Each exercise's records, in the order the exercises were first trained."""
    in_order = sorted(first_trained, key=lambda key: first_trained[key])
    return {key: records[key] for key in in_order if key in records}


def _shares(targets: MuscleTargets | None) -> tuple[object, ...]:
    return () if targets is None else region_shares(targets)


def trend_lines(
    trends: Mapping[str, tuple[TrendPoint, ...]],
) -> dict[str, tuple[TrendPoint, ...]]:
    """The e1RM lines that have points, by exercise id (as one pass over the log gives them)."""
    return {key: trends[key] for key in sorted(trends) if trends[key]}
