"""The end-of-workout summary: totals, time, pain, and records beaten today (not equalled)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.sessions import TrainingSession
from backstrong.domain.training.summary import RecordKind, summarise_session

TODAY = datetime(2026, 3, 13, 7, 0, tzinfo=UTC)
LAST_WEEK = TODAY - timedelta(days=7)


def lift(when: datetime, kg: float, reps: int = 5, *, warmup: bool = False) -> PerformedSet:
    return PerformedSet("deadlift", when, reps=reps, load=Load(kg), warmup=warmup)


def session(**pain: int) -> TrainingSession:
    return TrainingSession("3f2b6c1e-8a4d-4e8a-9c61-2d1f0b7a5e43", TODAY, **pain)


def test_totals_leave_warm_ups_out_and_time_runs_from_first_to_last_set():
    sets = [lift(TODAY, 40, warmup=True), lift(TODAY + timedelta(minutes=5), 100)]
    sets.append(lift(TODAY + timedelta(minutes=12), 100))
    summary = summarise_session(session(), sets, sets)
    assert (summary.sets, summary.working_sets) == (3, 2)
    assert summary.tonnage == Load(1000.0)
    assert summary.minutes == 12


def test_a_heavier_lift_than_last_week_is_a_new_record():
    history = [lift(LAST_WEEK, 100), lift(TODAY, 110)]
    summary = summarise_session(session(), history[1:], history)
    assert ("deadlift", RecordKind.HEAVIEST) in summary.new_records


def test_matching_last_weeks_best_is_not_a_new_record():
    history = [lift(LAST_WEEK, 100), lift(TODAY, 100)]
    assert summarise_session(session(), history[1:], history).new_records == ()


def test_the_first_time_an_exercise_is_done_sets_a_baseline_not_records():
    sets = [lift(TODAY, 100)]
    assert summarise_session(session(), sets, sets).new_records == ()


def test_pain_after_above_five_is_flagged():
    assert summarise_session(session(pain_before=2, pain_after=6), [], []).pain_too_high
    assert not summarise_session(session(pain_before=2, pain_after=5), [], []).pain_too_high
