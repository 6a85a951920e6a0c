"""History figures kept per exercise and week must join into exactly what one pass over the whole
log gives: the same record sets, the same e1RM points and the same sums to the last bit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backstrong.domain.training.history_weeks import (
    ExerciseWeek,
    NumberedSet,
    WeeklyHistory,
    join_records,
    join_trend,
    join_volume,
    split_by_week,
)
from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import one_rep_max_trend
from backstrong.domain.training.records import personal_records
from backstrong.domain.training.volume import weekly_region_volume
from backstrong.domain.units import MassUnit


class Muscles:
    def __init__(self, primary: tuple[str, ...], secondary: tuple[str, ...] = ()) -> None:
        self.primary_muscles, self.secondary_muscles = primary, secondary


MUSCLES = {
    "deadlift": Muscles(("gluteus-maximus", "hamstrings"), ("erector-spinae",)),
    "squat": Muscles(("quadriceps", "gluteus-maximus"), ("adductors",)),
    "hip-thrust": Muscles(("gluteus-maximus",), ("hamstrings",)),
    "side-plank": Muscles(("obliques",), ("gluteus-medius",)),
}
EXERCISES = (*MUSCLES, "unmapped-move")
START = datetime(2026, 3, 1, 5, tzinfo=UTC)  # a Sunday: weeks turn over early on

loads = st.one_of(
    st.none(),
    st.builds(
        Load, st.sampled_from([0.0, 20.0, 61.25, 100.0, 100.004, 102.5]), st.just(MassUnit.KG)
    ),
    st.builds(Load, st.sampled_from([45.0, 135.0, 220.46, 225.0]), st.just(MassUnit.LB)),
)


@st.composite
def performed_sets(draw: st.DrawFn) -> PerformedSet:
    minutes = draw(st.integers(0, 60 * 24 * 30))
    offset = draw(st.sampled_from([0, 0, 60, -300, 330, 600, -600]))
    load = draw(loads)
    return PerformedSet(
        exercise_id=draw(st.sampled_from(EXERCISES)),
        performed_at=(START + timedelta(minutes=minutes)).astimezone(
            timezone(timedelta(minutes=offset))
        ),
        reps=draw(st.one_of(st.none(), st.integers(0, 15))),
        load=load,
        added_load=draw(loads) if load is None else None,
        hold_seconds=draw(st.sampled_from([None, None, 0.0, 20.0, 45.0])),
        side=draw(st.sampled_from([None, None, Side.LEFT, Side.RIGHT])),
        rpe=draw(st.sampled_from([None, 5.0, 6.5, 8.0, 9.5, 10.0])),
        rir=draw(st.sampled_from([None, 0, 2, 5])),
        warmup=draw(st.booleans()),
    )


def in_log_order(sets: list[PerformedSet]) -> list[NumberedSet]:
    numbered = list(enumerate(sets, start=1))
    return sorted(numbered, key=lambda item: (item[1].performed_at, item[0]))


def by_weeks(
    numbered: list[NumberedSet], unit: MassUnit, formula: Formula
) -> tuple[WeeklyHistory, list[ExerciseWeek]]:
    rules = WeeklyHistory(unit=unit, formula=formula)
    weeks = [rules.week(group) for group in split_by_week(numbered).values()]
    return rules, [week for week in weeks if week is not None]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(performed_sets(), max_size=80),
    st.sampled_from(MassUnit),
    st.sampled_from([Formula.EPLEY, Formula.BRZYCKI, Formula.LOMBARDI]),
)
def test_weeks_joined_give_the_figures_of_one_pass_over_the_log(
    sets: list[PerformedSet], unit: MassUnit, formula: Formula
) -> None:
    numbered = in_log_order(sets)
    log = [s for _, s in numbered]
    rules, weeks = by_weeks(numbered, unit, formula)
    per_exercise: dict[str, list[ExerciseWeek]] = {}
    for week in weeks:
        per_exercise.setdefault(week.exercise_id, []).append(week)
    histories = [rules.exercise(exercise_weeks) for exercise_weeks in per_exercise.values()]

    records = personal_records(log, unit=unit, formula=formula)
    trend = one_rep_max_trend(log, unit=unit, formula=formula)
    volume = weekly_region_volume(log, MUSCLES, unit=unit)
    joined_records = join_records(histories)
    joined_trend = join_trend(histories)
    assert joined_records == records
    assert list(joined_records) == list(records)
    assert joined_trend == trend
    assert list(joined_trend) == list(trend)
    assert join_volume(reversed(weeks), MUSCLES, unit=unit) == volume


def test_a_week_of_warm_ups_only_has_no_figures() -> None:
    warm_up = PerformedSet("squat", START, reps=5, load=Load(60.0), warmup=True)
    assert WeeklyHistory().week([(1, warm_up)]) is None


def test_a_week_summary_takes_one_exercise_at_a_time() -> None:
    squat = PerformedSet("squat", START, reps=5, load=Load(100.0))
    deadlift = PerformedSet("deadlift", START, reps=5, load=Load(140.0))
    with pytest.raises(ValueError, match="one is accepted"):
        WeeklyHistory().week([(1, squat), (2, deadlift)])


def test_a_rep_record_tie_goes_to_the_load_first_lifted_even_when_that_was_weeks_earlier() -> None:
    # 100 kg and 220.46 lb are the same load to 10 g: 220.46 lb was lifted first (week 1), so on a
    # later day with equal reps at both, the 220.46 lb set keeps the record.
    day = START + timedelta(days=14)
    sets = [
        PerformedSet("deadlift", START, reps=3, load=Load(220.46, MassUnit.LB)),
        PerformedSet("deadlift", START + timedelta(days=7), reps=3, load=Load(100.0)),
        PerformedSet("deadlift", day, reps=8, load=Load(100.0)),
        PerformedSet(
            "deadlift", day + timedelta(minutes=5), reps=8, load=Load(220.46, MassUnit.LB)
        ),
    ]
    rules, weeks = by_weeks(in_log_order(sets), MassUnit.KG, Formula.EPLEY)
    joined = join_records([rules.exercise(weeks)])["deadlift"]
    (record,) = joined.most_reps
    assert record.load == Load(220.46, MassUnit.LB)
    assert joined == personal_records(sets)["deadlift"]
