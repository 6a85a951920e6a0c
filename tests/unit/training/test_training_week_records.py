"""Records and e1RM lines folded from per-week summaries equal one pass over the whole log: for
random logs full of ties (equal loads in kg and lb, equal reps, sets sharing a moment, days in
other time zones), in every unit and formula, weeks in any order and merged into blocks first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.summaries import ExerciseFigures, exercise_figures
from backstrong.domain.training.week_records import week_records
from backstrong.domain.training.week_records_fold import (
    block_of,
    lines_from_weeks,
    merge_weeks,
    records_from_weeks,
)
from backstrong.domain.units import MassUnit

START = datetime(2025, 12, 28, 20, tzinfo=UTC)  # a Sunday evening: weeks turn over in the log
LOADS = (
    Load(0.0),
    Load(20.0),
    Load(100.0),
    Load(100.004),  # the same load as 100 kg to 10 g
    Load(220.46, MassUnit.LB),  # 99.9995 kg: the same to 10 g as well
    Load(102.5),
    Load(45.0, MassUnit.LB),
)


@st.composite
def logs(draw: st.DrawFn) -> list[tuple[int, PerformedSet]]:
    """Numbered sets in log order (time, then number), as storage reads them."""
    count = draw(st.integers(0, 60))
    sets, when = [], START
    for _ in range(count):
        step = draw(st.sampled_from((0, 0, 5, 60 * 9, 60 * 30, 60 * 24 * 6, 60 * 24 * 7 * 13)))
        when += timedelta(minutes=step)
        offset = timedelta(minutes=draw(st.sampled_from((0, 0, 60, -300, 600))))
        body_weight = draw(st.booleans())
        load = draw(st.sampled_from(LOADS))
        sets.append(
            PerformedSet(
                exercise_id=draw(st.sampled_from(("deadlift", "squat", "plank"))),
                performed_at=when.astimezone(timezone(offset)),
                reps=draw(st.sampled_from((None, 0, 1, 3, 5, 5, 8, 10, 12))),
                load=None if body_weight else load,
                added_load=draw(st.sampled_from((None, Load(10.0)))) if body_weight else None,
                hold_seconds=draw(st.sampled_from((None, None, 0.0, 20.0, 30.0))),
                rpe=draw(st.sampled_from((None, None, 6.5, 8.0, 8.0, 10.0))),
                warmup=draw(st.integers(0, 6)) == 0,
            )
        )
    return list(enumerate(sets, 1))


def folded(numbered, unit, formula, order=lambda weeks: weeks):
    """Each exercise's records and line folded from its week summaries (in ``order``)."""
    weeks = order(
        [(exercise_id, week) for (exercise_id, _), week in week_records(numbered).items()]
    )
    records = records_from_weeks(((key, w[0]) for key, w in weeks), unit=unit, formula=formula)
    lines = lines_from_weeks(((key, w[1]) for key, w in weeks), unit=unit, formula=formula)
    assert set(lines) == set(records)
    return {key: ExerciseFigures(found, lines[key]) for key, found in records.items()}


@settings(max_examples=100, deadline=None)
@given(logs(), st.sampled_from(list(MassUnit)), st.sampled_from(list(Formula)), st.randoms())
def test_records_and_lines_from_week_summaries_equal_one_pass_over_the_log(
    numbered, unit, formula, rng
):
    plain = exercise_figures((s for _, s in numbered), unit=unit, formula=formula)
    assert folded(numbered, unit, formula) == plain

    def shuffled(weeks):  # weeks come back from storage in any order
        rng.shuffle(weeks)
        return weeks

    assert folded(numbered, unit, formula, shuffled) == plain
    assert from_blocks(numbered, unit, formula) == {k: f.records for k, f in plain.items()}


def from_blocks(numbered, unit, formula):
    """Records folded from weeks merged into blocks first, as storage keeps them."""
    blocks: dict[tuple[str, object], list] = {}
    for (exercise_id, monday), (week, _) in week_records(numbered).items():
        blocks.setdefault((exercise_id, block_of(monday)), []).append(week)
    merged = [(key[0], merge_weeks(weeks)) for key, weeks in blocks.items()]
    return records_from_weeks(merged, unit=unit, formula=formula)


def test_a_record_equalled_in_a_later_week_keeps_its_first_day():
    first = PerformedSet("squat", START, reps=5, load=Load(100.0))
    again = PerformedSet("squat", START + timedelta(weeks=2), reps=5, load=Load(100.0))
    records = folded(list(enumerate([first, again], 1)), MassUnit.KG, Formula.EPLEY)["squat"]
    assert records.records.heaviest is not None
    assert records.records.heaviest.on == START.date()
    assert records.records.most_reps[0].on == START.date()
    assert [point.day for point in records.trend] == [START.date(), again.performed_at.date()]
