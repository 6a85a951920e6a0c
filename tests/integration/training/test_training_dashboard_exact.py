"""The history figures, read from the stored summaries that every write keeps in step (one week
and one exercise at a time), equal the plain computation over the whole log — on SQLite and
PostgreSQL, first call (summaries built), later calls (stored) and after every kind of change
(sets logged late or early, deleted, a whole session or exercise gone, another person's log
untouched)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import text

from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import one_rep_max_trend
from backstrong.domain.training.records import personal_records
from backstrong.domain.training.sessions import LoggedSet, TrainingSession, new_id
from backstrong.domain.training.volume import weekly_region_volume
from backstrong.domain.units import MassUnit
from backstrong.services.exercises import service as exercises
from backstrong.services.training.service import TrainingService
from backstrong.services.training.stats import Dashboard

START = datetime(2025, 9, 1, 5, tzinfo=UTC)
OFFSETS = (60, 60, 60, 120, -300, 600)  # home, summer time, a trip west, a trip east (minutes)
EXERCISES = ("deadlift", "squat", "hip-thrust", "bridge", "side-plank", "no-such-move")


def generated_sets(rng: random.Random, count: int, start: datetime = START) -> list[PerformedSet]:
    """A varied log: warm-ups, body-weight work with and without a vest, kg and lb, RPE and RIR,
    holds, one-sided sets, sets late at night in another time zone, and sets sharing one time."""
    sets: list[PerformedSet] = []
    when = start
    for _ in range(count):
        if rng.random() > 0.2:  # otherwise the same moment as the set before, as imports give
            when += timedelta(minutes=rng.choice((2, 3, 5, 7 * 60, 20 * 60, 26 * 60)))
        exercise = rng.choice(EXERCISES)
        timed = exercise == "side-plank"
        body_weight = exercise == "bridge" or timed
        unit = rng.choice((MassUnit.KG, MassUnit.KG, MassUnit.LB))
        load = Load(rng.choice((20.0, 60.0, 61.25, 100.0, 102.5, 135.0, 220.46)), unit)
        sets.append(
            PerformedSet(
                exercise_id=exercise,
                performed_at=when.astimezone(timezone(timedelta(minutes=rng.choice(OFFSETS)))),
                reps=None if timed else rng.choice((0, 1, 3, 5, 5, 8, 10, 12, 15)),
                load=None if body_weight else load,
                added_load=rng.choice((None, Load(10.0), Load(25.0, MassUnit.LB)))
                if body_weight
                else None,
                hold_seconds=rng.choice((20.0, 30.0, 45.0)) if timed else None,
                side=rng.choice((Side.LEFT, Side.RIGHT)) if timed else None,
                rpe=rng.choice((None, None, 5.0, 7.0, 8.0, 8.5, 9.5, 10.0)),
                rir=rng.choice((None, None, 1, 3, 5)),
                warmup=rng.random() < 0.15,
            )
        )
    return sets


def store(container, user, sets: list[PerformedSet]) -> list[LoggedSet]:
    """Straight through the repository: one session per calendar day."""
    by_day: dict[object, list[PerformedSet]] = {}
    for s in sets:
        by_day.setdefault(s.performed_at.date(), []).append(s)
    logged: list[LoggedSet] = []
    with container.uow() as uow:
        for day_sets in by_day.values():
            session = TrainingSession(new_id(), day_sets[0].performed_at)
            uow.training.add_session(user.id, session)
            day = [LoggedSet(new_id(), session.id, i, s) for i, s in enumerate(day_sets, 1)]
            uow.training.add_sets(user.id, day)
            logged.extend(day)
        uow.commit()
    return logged


def plain_dashboard(container, user, library, unit: MassUnit, formula: Formula):
    """The straightforward computation: every set in log order through the domain functions."""
    with container.uow() as uow:
        log = uow.training.performed(user.id)
    muscles = {exercise.id: exercise for exercise in library}
    dashboard = Dashboard(
        personal_records(log, unit=unit, formula=formula),
        weekly_region_volume(log, muscles, unit=unit),
    )
    return dashboard, one_rep_max_trend(log, unit=unit, formula=formula)


def assert_dashboard_exact(container, user, library, cache, unit=MassUnit.KG, formula=None):
    formula = formula or Formula.EPLEY
    plain, plain_trend = plain_dashboard(container, user, library, unit, formula)
    for _ in range(2):  # built or brought up to date, then as stored
        fast = training(container, cache).dashboard(user, unit=unit, formula=formula)
        assert fast == plain
        assert list(fast.records) == list(plain.records)
        trend = training(container, cache).trend(user, unit=unit, formula=formula)
        assert trend == plain_trend
        assert list(trend) == list(plain_trend)


def training(container, cache=None):
    """A training service over the container's database, with its own analytics cache."""
    return TrainingService(container.uow, container.clock, container.bundled_exercises, stats=cache)


def person(container, email):
    user = container.accounts.register(email, "a long enough passphrase")
    return user, exercises.library_for(container.uow(), user, container.bundled_exercises)


def test_the_dashboard_equals_the_plain_computation_through_every_kind_of_change(container):
    rng = random.Random(5)
    ada, library = person(container, "ada@example.org")
    bo, _ = person(container, "bo@example.org")
    logged = store(container, ada, generated_sets(rng, 2500))
    store(container, bo, generated_sets(random.Random(6), 200))
    cache: dict[object, object] = {}
    assert_dashboard_exact(container, ada, library, cache)  # nothing cached yet
    assert_dashboard_exact(container, ada, library, cache)  # all cached

    store(container, ada, generated_sets(rng, 12, start=START + timedelta(weeks=40)))
    assert_dashboard_exact(container, ada, library, cache)  # new sets at the end

    backdated = generated_sets(rng, 6, start=START + timedelta(weeks=3, hours=20))
    store(container, ada, [replace(s, exercise_id="deadlift") for s in backdated])
    assert_dashboard_exact(container, ada, library, cache)  # logged late, into an old week

    for gone in rng.sample(logged, 15):
        training(container).delete_set(ada, gone.id)
    store(container, ada, generated_sets(rng, 3, start=START + timedelta(weeks=9)))
    assert_dashboard_exact(container, ada, library, cache)  # deleted here and there, and logged

    squats = [s for s in training(container).history(ada) if s.performed.exercise_id == "squat"]
    training(container).delete_set(ada, squats[len(squats) // 2].id)
    later = generated_sets(rng, 4, start=START + timedelta(weeks=20))
    store(container, ada, [replace(s, exercise_id="bridge") for s in later])
    assert_dashboard_exact(container, ada, library, cache)  # one exercise lost a set, one gained

    for s in training(container).history(ada):
        if s.performed.exercise_id == "hip-thrust":
            training(container).delete_set(ada, s.id)
    assert_dashboard_exact(container, ada, library, cache)  # a whole exercise gone

    first_session = training(container).list_sessions(ada)[0][0]
    training(container).delete_session(ada, first_session.id)
    assert_dashboard_exact(container, ada, library, cache)  # a whole session gone

    store(container, bo, generated_sets(random.Random(7), 50))
    assert_dashboard_exact(container, ada, library, cache)  # someone else's log changed
    assert_dashboard_exact(container, bo, library, cache)


def test_sets_written_by_hand_are_summarised_again_once_the_state_row_is_removed(container):
    ada, library = person(container, "ada@example.org")
    store(container, ada, generated_sets(random.Random(12), 200))
    assert_dashboard_exact(container, ada, library, {})
    with container.engine.begin() as connection:  # as a tool writing SQL by hand must do
        connection.execute(
            text("DELETE FROM training_sets WHERE id = (SELECT min(id) FROM training_sets)")
        )
        connection.execute(text("DELETE FROM training_summary_state"))
    assert_dashboard_exact(container, ada, library, {})


def test_the_dashboard_is_exact_in_pounds_with_another_formula(container):
    ada, library = person(container, "ada@example.org")
    store(container, ada, generated_sets(random.Random(8), 1500))
    cache: dict[object, object] = {}
    assert_dashboard_exact(container, ada, library, cache, MassUnit.LB, Formula.BRZYCKI)
    store(container, ada, generated_sets(random.Random(9), 4, start=START + timedelta(weeks=2)))
    assert_dashboard_exact(container, ada, library, cache, MassUnit.LB, Formula.BRZYCKI)


def test_a_large_change_reads_the_whole_log_again_and_stays_exact(container):
    rng = random.Random(10)
    ada, library = person(container, "ada@example.org")
    store(container, ada, generated_sets(rng, 300))
    cache: dict[object, object] = {}
    assert_dashboard_exact(container, ada, library, cache)
    store(container, ada, generated_sets(rng, 900, start=START - timedelta(weeks=20)))
    assert_dashboard_exact(container, ada, library, cache)
