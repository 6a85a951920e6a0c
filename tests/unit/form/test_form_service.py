"""FormService over in-memory fakes: checks kept per person, references, sets, trend, backup."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from backstrong.domain.errors import FieldError
from backstrong.domain.form import LandmarksFormatError, UnknownFormExercise
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.sessions import new_id
from backstrong.services.backup.service import BackupService
from backstrong.services.clock import Clock
from backstrong.services.errors import NotFound
from backstrong.services.form.exercises import form_exercise_for
from backstrong.services.form.service import FormService
from backstrong.services.training import log as training_log
from tests.unit.form.builders import squat_set
from tests.unit.form.synthetic import generate
from tests.unit.training.training_log_builders import NOW, store
from tests.unit.training.training_log_builders import service as training

_DOCS: dict[str, dict] = {}


def squats(fault: str | None = None) -> dict:
    key = fault or "good"
    if key not in _DOCS:
        _DOCS[key] = generate(squat_set(3, fault=fault))[0]
    return _DOCS[key]


class SteppingClock(Clock):
    """Each reading is a day after the previous one."""

    def __init__(self) -> None:
        self._at = datetime(2026, 11, 1, 9, tzinfo=UTC)
        super().__init__(self._tick)

    def _tick(self) -> datetime:
        self._at += timedelta(days=1)
        return self._at


def setup():
    uow = store()
    ada = uow.users.add("ada@example.org", None)
    bob = uow.users.add("bob@example.org", None)
    return uow, ada, bob, FormService(lambda: uow, SteppingClock())


def test_a_check_is_analysed_kept_and_only_its_owner_sees_it():
    _uow, ada, bob, form = setup()
    stored = form.check(ada, "squat", squats())
    assert stored.analysis.reps == 3
    assert form.get(ada, stored.id).analysis == stored.analysis
    assert form.landmarks(ada, stored.id) == squats()
    with pytest.raises(NotFound):
        form.get(bob, stored.id)
    assert form.page(bob).total == 0


def test_pages_are_newest_first():
    _uow, ada, _, form = setup()
    ids = [form.check(ada, "squat", squats()).id for _ in range(3)]
    page = form.page(ada, limit=2, offset=0)
    assert [c.id for c in page.items] == [ids[2], ids[1]] and page.total == 3
    assert [c.id for c in form.page(ada, limit=2, offset=2).items] == [ids[0]]


def test_a_bad_file_or_exercise_is_refused_naming_the_rule_and_nothing_is_kept():
    _uow, ada, _, form = setup()
    with pytest.raises(LandmarksFormatError, match="format"):
        form.check(ada, "squat", {"format": "something-else"})
    with pytest.raises(UnknownFormExercise):
        form.check(ada, "plank", squats())
    assert form.page(ada).total == 0


def test_a_check_kept_with_a_set_needs_the_persons_own_set():
    uow, ada, bob, form = setup()
    set_id = new_id()
    request = training_log.SetRequest(set_id, PerformedSet("squat", NOW, reps=3))
    training(uow).record_set(ada, request)
    with pytest.raises(NotFound):
        form.check(bob, "squat", squats(), set_id=set_id)
    stored = form.check(ada, "squat", squats(), set_id=set_id)
    assert form.for_sets(ada, [set_id])[set_id].id == stored.id
    assert form.attach(ada, stored.id, None).set_id is None


def test_a_marked_rep_becomes_the_reference_for_later_checks():
    _uow, ada, _, form = setup()
    first = form.check(ada, "squat", squats())
    form.mark_reference(ada, first.id, 1)
    assert form.reference(ada, "squat") is not None
    later = form.check(ada, "squat", squats("too-shallow"))
    codes = {code for rep in later.analysis.rep_details for code in rep.fault_codes}
    assert "shallower-than-reference" in codes
    with pytest.raises(FieldError, match="reps 1 to 3"):
        form.mark_reference(ada, first.id, 9)


def test_the_trend_has_one_point_per_check_oldest_first_with_the_mean_depth():
    _uow, ada, _, form = setup()
    form.check(ada, "squat", squats())
    form.check(ada, "squat", squats("too-shallow"))
    trend = form.trend(ada, "squat")
    assert trend.measure == "thigh_above_parallel_deg"
    deep, shallow = trend.points
    assert deep.day < shallow.day
    assert deep.value is not None and shallow.value is not None and deep.value < shallow.value


def test_backup_keeps_checks_and_references():
    uow, ada, _, form = setup()
    stored = form.check(ada, "squat", squats())
    form.mark_reference(ada, stored.id, 2)
    document = BackupService(lambda: uow).export(ada)
    fresh = store()
    carol = fresh.users.add("carol@example.org", None)
    BackupService(lambda: fresh).restore(carol, document)
    assert BackupService(lambda: fresh).export(carol) == document
    assert document["sections"]["form"]["checks"][0]["analysis"]["reps"] == 3


def test_library_exercises_map_to_form_exercises_in_one_place():
    assert form_exercise_for("goblet-squat") == "squat"
    assert form_exercise_for("dumbbell-romanian-deadlift") == "romanian-deadlift"
    assert form_exercise_for("side-plank") is None
