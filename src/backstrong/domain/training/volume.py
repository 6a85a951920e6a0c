"""Weekly hard sets and tonnage per body region.

Conventions (shown to the person next to the chart):

- A set counts once for the region of each of the exercise's primary muscles, and half for the
  region of each secondary muscle. A region counts once per set however many of its muscles work:
  the largest share wins (a region with a primary muscle gets 1, never 1.5).
- A hard set is a working set (not a warm-up) with reps or a hold, unless it was logged as easy:
  RPE below 6 or more than 4 reps in reserve. RPE 6 is the lowest row of the RTS chart
  (Reactive Training Systems), about 4 reps short of failure.
- A set logged for one side (``side`` set) is half a set: left and right together make one.
- Tonnage is reps × external load (``load``, or ``added_load`` for body-weight work), shared out by
  the same region shares. Body weight itself is not counted.
- Weeks run Monday to Sunday and are named by their Monday.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from backstrong.domain.exercises.vocabulary import MUSCLES, Region
from backstrong.domain.training.load_factors import kg_per_unit, unit_per_kg
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.weeks import week_start
from backstrong.domain.units import MassUnit

PRIMARY_SHARE = 1.0  # convention: a set counts fully for a primary muscle's region
SECONDARY_SHARE = 0.5  # convention: and half for a secondary muscle's region
ONE_SIDE_SHARE = 0.5  # a set for one side is half a set
HARD_SET_MIN_RPE = 6.0  # lowest row of the RTS chart
HARD_SET_MAX_RIR = 4  # RPE 6 ≈ 4 reps in reserve


class MuscleTargets(Protocol):
    """What volume needs from an exercise; ``Exercise`` from the library fits as it is."""

    @property
    def primary_muscles(self) -> tuple[str, ...]: ...

    @property
    def secondary_muscles(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class RegionWeek:
    week_start: date
    region: Region
    hard_sets: float
    tonnage: Load  # in the unit asked for


@dataclass(frozen=True, slots=True)
class WeeklyVolume:
    weeks: tuple[RegionWeek, ...]  # by week, then in the order of ``Region``
    unmapped_exercises: frozenset[str]  # logged ids with no known muscles: left out above

    def for_region(self, region: Region) -> tuple[RegionWeek, ...]:
        return tuple(week for week in self.weeks if week.region == region)


def region_shares(targets: MuscleTargets) -> tuple[tuple[Region, float], ...]:
    """The share of a set each region gets from an exercise (unknown muscles are skipped)."""
    shares: dict[Region, float] = {}
    for muscles, share in (
        (targets.secondary_muscles, SECONDARY_SHARE),
        (targets.primary_muscles, PRIMARY_SHARE),
    ):
        for muscle_id in muscles:
            muscle = MUSCLES.get(muscle_id)
            if muscle is not None:
                shares[muscle.region] = max(share, shares.get(muscle.region, 0.0))
    return tuple((region, shares[region]) for region in Region if region in shares)


def is_hard_set(performed: PerformedSet) -> bool:
    if performed.warmup or not (performed.reps or performed.hold_seconds):
        return False
    if performed.rpe is not None and performed.rpe < HARD_SET_MIN_RPE:
        return False
    return performed.rir is None or performed.rir <= HARD_SET_MAX_RIR


def weekly_region_volume(
    sets: Iterable[PerformedSet],
    exercises: Mapping[str, MuscleTargets],
    *,
    unit: MassUnit = MassUnit.KG,
) -> WeeklyVolume:
    """Hard sets and tonnage per region and week, over any number of sets in any order.

    Sets are first summed per week and exercise (one dictionary update per set), then shared out
    to regions: the shares are the same for every set of an exercise.
    """
    return region_volume(exercise_weeks(sets), exercises, unit=unit)


def exercise_weeks(sets: Iterable[PerformedSet]) -> dict[tuple[date, str], list[float]]:
    """``[hard sets, tonnage in kg]`` per (Monday, exercise) of the working sets, in the order
    each first appears in ``sets``."""
    kg_per = kg_per_unit()
    monday_of: dict[date, date] = {}
    per_exercise: dict[tuple[date, str], list[float]] = {}
    for s in sets:
        if s.warmup:
            continue
        day = s.performed_at.date()
        monday = monday_of.get(day)
        if monday is None:
            monday = monday_of[day] = week_start(day)
        total = per_exercise.get((monday, s.exercise_id))
        if total is None:
            total = per_exercise[(monday, s.exercise_id)] = [0.0, 0.0]
        if is_hard_set(s):
            total[0] += ONE_SIDE_SHARE if s.side is not None else 1.0
        load = s.load if s.load is not None else s.added_load
        if load is not None and s.reps:
            total[1] += load.value * kg_per[load.unit] * s.reps
    return per_exercise


def region_volume(
    per_exercise: Mapping[tuple[date, str], Sequence[float]],
    exercises: Mapping[str, MuscleTargets],
    *,
    unit: MassUnit = MassUnit.KG,
) -> WeeklyVolume:
    """Share ``[hard sets, tonnage in kg]`` per (Monday, exercise) out to regions. Each region's
    tonnage is summed in the order of ``per_exercise``: keep the order the weeks first appear in
    the log for the same figures as :func:`weekly_region_volume`."""
    shares_of: dict[str, tuple[tuple[Region, float], ...]] = {}
    totals: dict[tuple[date, Region], list[float]] = {}
    unmapped: set[str] = set()
    for (monday, exercise_id), (hard, kg) in per_exercise.items():
        shares = shares_of.get(exercise_id)
        if shares is None:
            targets = exercises.get(exercise_id)
            shares = shares_of[exercise_id] = () if targets is None else region_shares(targets)
        if not shares:
            unmapped.add(exercise_id)
        for region, share in shares:
            total = totals.setdefault((monday, region), [0.0, 0.0])
            total[0] += hard * share
            total[1] += kg * share
    return WeeklyVolume(_weeks(totals, unit), frozenset(unmapped))


def _weeks(
    totals: dict[tuple[date, Region], list[float]], unit: MassUnit
) -> tuple[RegionWeek, ...]:
    per_kg = unit_per_kg(unit)
    order = {region: index for index, region in enumerate(Region)}
    keys = sorted(totals, key=lambda key: (key[0], order[key[1]]))
    return tuple(
        RegionWeek(
            monday,
            region,
            totals[(monday, region)][0],
            Load(totals[(monday, region)][1] * per_kg, unit),
        )
        for monday, region in keys
    )
