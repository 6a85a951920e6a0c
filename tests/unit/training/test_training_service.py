"""The use cases the web page, the API and the CLI share: one line of text, the pain check-in, the
guided workout's next set."""

from __future__ import annotations

from datetime import timedelta

import pytest

from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.training.sessions import new_id
from backstrong.domain.training.validation import TrainingValueError
from backstrong.services.training.log import NOT_GIVEN, Ambiguous, SetRequest, UnreadableEntry
from tests.unit.training.training_log_builders import NOW, person, service, store

ADA = person(1)


def test_a_clear_name_logs_the_line_in_todays_session():
    training = service(store())
    done = training.log_text(ADA, "deadlift 3x5 @ 100kg")
    assert not isinstance(done, Ambiguous)
    assert (done.exercise.exercise_id, len(done.sets)) == ("deadlift", 3)
    assert {s.performed.performed_at for s in done.sets} == {NOW}


def test_an_unclear_name_stores_nothing_and_returns_the_candidates_to_choose_from():
    training = service(store())
    unclear = training.log_text(ADA, "dead 3x5")
    assert isinstance(unclear, Ambiguous) and unclear.name == "dead"
    assert "deadlift" in [c.exercise_id for c in unclear.candidates]
    assert training.history(ADA) == []
    chosen = training.log_text(ADA, "dead 3x5", "deadlift")
    assert not isinstance(chosen, Ambiguous) and len(chosen.sets) == 3


def test_best_takes_the_closest_and_a_typed_day_keeps_the_time_of_day():
    training = service(store())
    done = training.log_text(ADA, "dead 2x5", best=True, day=NOW.date() - timedelta(days=2))
    assert not isinstance(done, Ambiguous)
    assert done.when == NOW - timedelta(days=2)


def test_text_that_is_not_an_entry_is_refused_naming_the_text_field():
    with pytest.raises(UnreadableEntry) as refused:
        service(store()).log_text(ADA, "deadlift 3x")
    assert refused.value.field == "text" and "^" in str(refused.value)


def test_a_pain_check_in_before_the_first_set_opens_todays_session():
    training = service(store())
    session = training.check_in_pain(ADA, "pain_before", 3)
    assert (session.day, session.pain_before) == (NOW.date(), 3)
    again = training.check_in_pain(ADA, "pain_after", 2)
    assert (again.id, again.pain_before, again.pain_after) == (session.id, 3, 2)
    with pytest.raises(TrainingValueError, match="pain after '11'"):
        training.check_in_pain(ADA, "pain_after", 11)


def test_a_set_sent_without_a_time_is_stamped_now_and_a_later_repeat_stays_one_set():
    uow = store()
    sent = SetRequest(new_id(), PerformedSet("bridge", NOT_GIVEN, reps=15), time_given=False)
    first, created = service(uow).record_set(ADA, sent)
    again, created_again = service(uow, now=NOW + timedelta(seconds=5)).record_set(ADA, sent)
    assert (created, created_again) == (True, False)
    assert first.performed.performed_at == NOW and again == first
    assert len(service(uow).history(ADA)) == 1


def test_the_guided_workout_repeats_last_session_and_skips_what_was_skipped():
    uow = store()
    training = service(uow, now=NOW - timedelta(days=1))
    for exercise_id in ("deadlift", "bridge"):
        performed = PerformedSet(exercise_id, NOW - timedelta(days=1), reps=5, load=Load(60.0))
        training.record_set(ADA, SetRequest(new_id(), performed))
    today = service(uow)
    workout = today.workout(ADA)
    assert workout.source == "last session"
    assert workout.step is not None and workout.step.exercise.exercise_id == "deadlift"
    skipped = today.workout(ADA, skipped={0})
    assert skipped.step is not None and skipped.step.exercise.exercise_id == "bridge"
    assert workout.unrated is not None  # yesterday's session waits for its next-morning pain
    today.log_step(ADA, skipped.step)
    assert today.workout(ADA, skipped={0}).step is None
    assert today.workout(ADA, skipped={0}).summary is not None
