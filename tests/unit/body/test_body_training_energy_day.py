"""A day's training energy from the log: MET × weight × minutes, per session, with notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from backstrong.domain.body.trend import WeightEntry
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.model import Dosage, Exercise, Met
from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.sessions import LoggedSet, TrainingSession, new_id
from backstrong.entrypoints.public import shown
from backstrong.entrypoints.public.nutrition import DayPublic, SessionEnergyPublic
from backstrong.services.nutrition import diary, training_energy
from tests.fakes import FakeUnitOfWork, accounts_over
from tests.fakes_nutrition import nutrition_service

DAY = date(2026, 3, 10)
START = datetime(2026, 3, 10, 18, tzinfo=UTC)


def exercise(exercise_id: str, met: float | None, rest_seconds: int) -> Exercise:
    return Exercise(
        id=exercise_id,
        name=exercise_id.replace("-", " ").capitalize(),
        kind=Kind.STRENGTH,
        pattern=Pattern.HINGE,
        level=Level.BEGINNER,
        dosage=Dosage(sets=3, reps=(8, 12), rest_seconds=rest_seconds),
        primary_muscles=("gluteus-maximus",),
        met=None if met is None else Met("02052", met),
    )


LIBRARY = ExerciseLibrary([exercise("deadlift", 5.0, 150), exercise("bridge", None, 60)])


def logged_session(uow, user, *work: tuple[str, int, int], minutes: float | None = None):
    """A session of ``(exercise, sets, reps)``; ``minutes`` sets its clock."""
    end = None if minutes is None else START + timedelta(minutes=minutes)
    session = TrainingSession(new_id(), START, end)
    uow.training.add_session(user.id, session)
    sets = [
        LoggedSet(new_id(), session.id, 0, PerformedSet(exercise_id, START, reps=reps))
        for exercise_id, count, reps in work
        for _ in range(count)
    ]
    uow.training.add_sets(user.id, [replace(s, position=i + 1) for i, s in enumerate(sets)])
    return session


def weigh(uow, user, kilograms: float, on: datetime) -> None:
    uow.weight_entries.add(user.id, WeightEntry(on, kilograms))


def test_a_timed_session_counts_its_minutes_at_each_exercises_met():
    uow = FakeUnitOfWork()
    user = accounts_over(uow).local_user()
    weigh(uow, user, 80.0, START - timedelta(days=2))
    logged_session(uow, user, ("deadlift", 3, 5), minutes=45)
    day = training_energy.training_day(uow, user, DAY, LIBRARY)
    [line] = day.sessions
    assert line.time.from_clock and line.time.minutes == pytest.approx(45)
    assert day.gross_kcal == pytest.approx(5.0 * 80 * 0.75)  # 300 kcal
    assert day.net_kcal == pytest.approx(4.0 * 80 * 0.75)  # 240 kcal above rest
    assert shown(SessionEnergyPublic, line)["duration_from"] == "clock"


def test_without_a_clock_the_sets_give_the_time_and_a_missing_met_is_35():
    uow = FakeUnitOfWork()
    user = accounts_over(uow).local_user()
    weigh(uow, user, 80.0, START - timedelta(hours=3))
    logged_session(uow, user, ("bridge", 3, 10))
    day = training_energy.training_day(uow, user, DAY, LIBRARY)
    [line] = day.sessions
    assert line.time.minutes == pytest.approx(3.5)  # 3 × 10 reps × 3 s + 2 × 60 s rest
    [bridge] = line.exercises
    assert (bridge.met, bridge.met_code) == (3.5, None)
    assert day.gross_kcal == pytest.approx(3.5 * 80 * 3.5 / 60)
    assert day.net_kcal == pytest.approx(2.5 * 80 * 3.5 / 60)


def test_the_weight_is_the_latest_weigh_in_on_or_before_the_day():
    uow = FakeUnitOfWork()
    user = accounts_over(uow).local_user()
    weigh(uow, user, 90.0, START - timedelta(days=10))
    weigh(uow, user, 85.0, START - timedelta(days=1))
    weigh(uow, user, 70.0, START + timedelta(days=2))
    logged_session(uow, user, ("deadlift", 3, 5), minutes=30)
    assert training_energy.training_day(uow, user, DAY, LIBRARY).body_weight_kg == 85.0


def test_without_a_weigh_in_the_sessions_show_but_the_energy_is_left_out_with_a_note():
    uow = FakeUnitOfWork()
    user = accounts_over(uow).local_user()
    logged_session(uow, user, ("deadlift", 3, 5), minutes=30)
    day = training_energy.training_day(uow, user, DAY, LIBRARY)
    assert len(day.sessions) == 1 and day.sessions[0].energy is None
    assert (day.gross_kcal, day.net_kcal) == (0, 0)
    assert day.note.startswith("weight: log a weigh-in on or before 2026-03-10")


def test_a_day_without_sets_never_loads_the_library():
    uow = FakeUnitOfWork()
    user = accounts_over(uow).local_user()

    def library() -> ExerciseLibrary:
        raise AssertionError("the library is not needed")

    assert training_energy.training_day(uow, user, DAY, library).sessions == ()


def test_the_net_energy_joins_the_budget_only_when_the_profile_says_so():
    uow = FakeUnitOfWork()
    user = accounts_over(uow).local_user()
    nutrition = nutrition_service(uow, DAY, library=LIBRARY)
    basics = {"sex": "male", "age": "40", "height": "180 cm", "activity": "light"}
    nutrition.update_profile(user, basics)
    weigh(uow, user, 80.0, START - timedelta(days=1))
    logged_session(uow, user, ("deadlift", 3, 5), minutes=45)
    off = nutrition.day(user, DAY)
    nutrition.update_profile(user, {"add_training_energy": True})
    on = nutrition.day(user, DAY)
    assert on.totals.target_kcal == pytest.approx(off.totals.target_kcal + 240)
    energy = shown(DayPublic, off)["training_kcal"]
    assert (energy["gross"], energy["net"], energy["added_to_budget"]) == (300, 240, False)
    assert shown(DayPublic, on)["training_kcal"]["added_to_budget"] is True
    assert len(energy["sessions"]) == 1
    assert diary.summarise_day(uow, user, DAY, DAY).totals.target_kcal == off.totals.target_kcal


def test_a_walk_logged_with_its_duration_alone_counts_its_minutes_at_the_walking_met():
    from backstrong.adapters.files.exercise_library.loader import load_bundled_library

    uow = FakeUnitOfWork()
    user = accounts_over(uow).local_user()
    weigh(uow, user, 70.0, START - timedelta(days=1))
    session = TrainingSession(new_id(), START, None)
    uow.training.add_session(user.id, session)
    walk = PerformedSet("walking", START, hold_seconds=1800)  # 30 minutes, no reps, no load
    uow.training.add_sets(user.id, [LoggedSet(new_id(), session.id, 1, walk)])
    library = load_bundled_library()
    day = training_energy.training_day(uow, user, DAY, library)
    [line] = day.sessions
    [walking] = line.exercises
    assert walking.minutes == pytest.approx(30)
    assert walking.met == library.get("walking").met.value  # the Compendium's walking MET
    assert day.gross_kcal == pytest.approx(walking.met * 70 * 0.5)
