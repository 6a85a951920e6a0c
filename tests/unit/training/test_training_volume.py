"""Weekly hard sets and tonnage per body region."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from backstrong.domain.exercises.vocabulary import Region
from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.volume import is_hard_set, region_shares, weekly_region_volume


@dataclass(frozen=True)
class Muscles:
    primary_muscles: tuple[str, ...]
    secondary_muscles: tuple[str, ...] = ()


EXERCISES = {
    "deadlift": Muscles(("gluteus-maximus", "hamstrings"), ("erector-spinae", "forearms")),
    "bridge": Muscles(("gluteus-maximus", "gluteus-medius"), ("hamstrings",)),
    "side-plank": Muscles(("obliques",), ("gluteus-medius",)),
}

MONDAY = date(2026, 3, 9)


def done(
    exercise: str, day: int = 10, reps: int | None = 10, kg: float | None = None, **fields: object
) -> PerformedSet:
    load = None if kg is None else Load(kg)
    return PerformedSet(exercise, datetime(2026, 3, day, 8), reps=reps, load=load, **fields)  # type: ignore[arg-type]


def week(volume, region):
    [row] = [r for r in volume.weeks if r.region == region]
    return row


def test_a_set_counts_fully_for_primary_regions_and_half_for_secondary_ones():
    assert region_shares(EXERCISES["deadlift"]) == (
        (Region.LOWER_BACK, 0.5),
        (Region.HIPS, 1.0),
        (Region.THIGHS, 1.0),
        (Region.ARMS, 0.5),
    )


def test_a_region_counts_once_per_set_however_many_of_its_muscles_work():
    assert dict(region_shares(EXERCISES["bridge"]))[Region.HIPS] == 1.0
    assert dict(region_shares(EXERCISES["bridge"]))[Region.THIGHS] == 0.5


def test_weekly_hard_sets_add_up_per_region():
    volume = weekly_region_volume([done("deadlift", kg=100)] * 3 + [done("bridge")] * 2, EXERCISES)
    assert week(volume, Region.HIPS).hard_sets == 5
    assert week(volume, Region.THIGHS).hard_sets == pytest.approx(3 + 2 * 0.5)
    assert week(volume, Region.LOWER_BACK).hard_sets == 1.5
    assert all(row.week_start == MONDAY for row in volume.weeks)


def test_tonnage_is_shared_out_like_the_sets():
    volume = weekly_region_volume([done("deadlift", reps=5, kg=100)], EXERCISES)
    assert week(volume, Region.HIPS).tonnage == Load(500.0)
    assert week(volume, Region.LOWER_BACK).tonnage == Load(250.0)


def test_sets_on_sunday_and_the_next_monday_fall_in_different_weeks():
    volume = weekly_region_volume([done("bridge", day=15), done("bridge", day=16)], EXERCISES)
    assert sorted({r.week_start for r in volume.weeks}) == [MONDAY, date(2026, 3, 16)]


def test_left_and_right_sets_make_one_set_together():
    sets = [
        done("side-plank", reps=None, hold_seconds=30.0, side=side)
        for side in (Side.LEFT, Side.RIGHT)
    ]
    assert week(weekly_region_volume(sets, EXERCISES), Region.CORE).hard_sets == 1.0


def test_warm_ups_and_sets_logged_as_easy_are_not_hard_sets():
    assert not is_hard_set(done("deadlift", warmup=True))
    assert not is_hard_set(done("deadlift", rpe=5.0))
    assert not is_hard_set(done("deadlift", rir=5))
    assert is_hard_set(done("deadlift", rpe=6.0))
    assert is_hard_set(done("deadlift", rir=4))


def test_easy_sets_still_add_tonnage():
    volume = weekly_region_volume([done("deadlift", reps=5, kg=60, rpe=5.0)], EXERCISES)
    assert week(volume, Region.HIPS).hard_sets == 0
    assert week(volume, Region.HIPS).tonnage == Load(300.0)


def test_exercises_without_known_muscles_are_reported_not_counted():
    volume = weekly_region_volume([done("my-own-thing")], EXERCISES)
    assert volume.weeks == ()
    assert volume.unmapped_exercises == frozenset({"my-own-thing"})
