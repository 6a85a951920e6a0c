"""Program use cases against in-memory fakes: the screen is recorded, plans replace each other,
and the next session follows the person's own history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from programs_builders import intake, library

from backstrong.domain.programs.plan import Plan
from backstrong.domain.programs.prescription import Change
from backstrong.domain.programs.red_flags import ScreenResult, Severity
from backstrong.domain.training.model import PerformedSet
from backstrong.services import accounts, programs
from tests.fakes import FakeUnitOfWork

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


def _user(uow: FakeUnitOfWork):
    return accounts.local_user(uow)


def test_a_screen_with_warning_signs_is_recorded(uow):
    user = _user(uow)
    result = programs.red_flag_screen(
        uow, user, {"fever-or-unwell": True, "history-of-cancer": False}
    )
    assert result.severity is Severity.PROMPT
    assert [(s.flags, s.severity) for s in programs.screenings(uow, user)] == [
        (("fever-or-unwell",), "prompt")
    ]


def test_a_clear_screen_records_nothing(uow):
    user = _user(uow)
    assert programs.red_flag_screen(uow, user, {"fever-or-unwell": False}).clear
    assert programs.screenings(uow, user) == []


def test_an_intake_with_a_red_flag_saves_no_plan(uow):
    user = _user(uow)
    outcome = programs.create_program(
        uow, user, library(), intake(red_flags=frozenset({"saddle-numbness"})), now=NOW
    )
    assert isinstance(outcome, ScreenResult) and outcome.severity is Severity.EMERGENCY
    assert programs.find_program(uow, user) is None
    assert len(programs.screenings(uow, user)) == 1


def test_a_new_plan_replaces_the_active_one(uow):
    user = _user(uow)
    first = programs.create_program(uow, user, library(), intake(), now=NOW)
    second = programs.create_program(uow, user, library(), intake(days_per_week=2), now=NOW)
    assert isinstance(first, Plan) and isinstance(second, Plan)
    assert programs.current_program(uow, user).plan == second
    assert uow.programs.count(user.id) == 2


def test_next_up_needs_a_plan(uow):
    with pytest.raises(programs.NoProgram, match="plan new"):
        programs.next_up(uow, _user(uow), library())


def test_the_next_session_follows_the_logged_sets(uow):
    user = _user(uow)
    plan = programs.create_program(uow, user, library(), intake(), now=NOW)
    assert isinstance(plan, Plan)
    first = programs.next_up(uow, user, library(), today=date(2026, 3, 3))
    assert (first.week, first.index) == (1, 0)
    when = NOW + timedelta(days=1)
    uow.training_history.sets[user.id] = [
        PerformedSet(e.exercise_id, when, reps=e.reps[1] if e.reps else None)
        for e in plan.session(1, 0).exercises
        for _ in range(e.sets)
    ]
    after = programs.next_up(uow, user, library(), today=date(2026, 3, 4))
    assert (after.week, after.index) == (1, 1)
    again = programs.next_up(uow, user, library(), position=(1, 0), today=date(2026, 3, 4))
    assert any(e.change is not Change.START for e in again.exercises)


def test_sets_from_before_the_plan_do_not_count_as_plan_sessions(uow):
    user = _user(uow)
    plan = programs.create_program(uow, user, library(), intake(), now=NOW)
    assert isinstance(plan, Plan)
    before = NOW - timedelta(days=3)
    uow.training_history.sets[user.id] = [
        PerformedSet(e.exercise_id, before, reps=10) for e in plan.session(1, 0).exercises
    ]
    nxt = programs.next_up(uow, user, library(), today=date(2026, 3, 3))
    assert (nxt.week, nxt.index) == (1, 0)
