"""Program use cases against in-memory fakes: the screen is recorded, plans replace each other,
and the next session follows the person's own history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from programs_builders import intake, library

from backstrong.domain.programs.plan import Plan
from backstrong.domain.programs.prescription import Change
from backstrong.domain.programs.red_flags import ScreenResult, Severity
from backstrong.domain.training.model import PainCheck, PerformedSet
from backstrong.domain.training.sessions import LoggedSet, TrainingSession, new_id
from backstrong.services.programs import service as programs
from tests.fakes import FakeUnitOfWork, accounts_over

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork()


def _user(uow: FakeUnitOfWork):
    return accounts_over(uow).local_user()


def _other(uow: FakeUnitOfWork):
    return uow.users.add("eve@example.org", "hash")


def _log(uow: FakeUnitOfWork, user, sets: list[PerformedSet], **pain: int) -> None:
    """One training session holding ``sets`` (started with the first), in the training fake."""
    session = TrainingSession(new_id(), sets[0].performed_at, **pain)
    uow.training.add_session(user.id, session)
    uow.training.add_sets(
        user.id, [LoggedSet(new_id(), session.id, n, s) for n, s in enumerate(sets, start=1)]
    )


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
    _log(
        uow,
        user,
        [
            PerformedSet(e.exercise_id, when, reps=e.reps[1] if e.reps else None)
            for e in plan.session(1, 0).exercises
            for _ in range(e.sets)
        ],
    )
    after = programs.next_up(uow, user, library(), today=date(2026, 3, 4))
    assert (after.week, after.index) == (1, 1)
    again = programs.next_up(uow, user, library(), position=(1, 0), today=date(2026, 3, 4))
    assert any(e.change is not Change.START for e in again.exercises)


def test_sets_from_before_the_plan_do_not_count_as_plan_sessions(uow):
    user = _user(uow)
    plan = programs.create_program(uow, user, library(), intake(), now=NOW)
    assert isinstance(plan, Plan)
    before = NOW - timedelta(days=3)
    _log(
        uow,
        user,
        [PerformedSet(e.exercise_id, before, reps=10) for e in plan.session(1, 0).exercises],
    )
    nxt = programs.next_up(uow, user, library(), today=date(2026, 3, 3))
    assert (nxt.week, nxt.index) == (1, 0)


def test_history_is_the_owners_log_from_a_moment_on_with_pain_check_ins(uow):
    user, eve = _user(uow), _other(uow)
    early, late = NOW - timedelta(days=2), NOW + timedelta(hours=2)
    _log(uow, user, [PerformedSet("bridge", early, reps=10)], pain_after=3)
    _log(uow, user, [PerformedSet("bird-dog", late, reps=8)], pain_before=1)
    _log(uow, user, [PerformedSet("plank", late + timedelta(hours=1), hold_seconds=30)])
    _log(uow, eve, [PerformedSet("dead-bug", late, reps=6)], pain_after=5)
    sets, checks = programs.training_history(uow, user, NOW)
    assert [s.exercise_id for s in sets] == ["bird-dog", "plank"]
    assert checks == [PainCheck(late, before=1)]


def _two_plans(uow, user):
    first = programs.create_program(uow, user, library(), intake(), now=NOW)
    later = NOW + timedelta(days=30)
    second = programs.create_program(uow, user, library(), intake(days_per_week=2), now=later)
    assert isinstance(first, Plan) and isinstance(second, Plan)
    return first, second


def test_plans_are_listed_active_first_then_newest(uow):
    user = _user(uow)
    _two_plans(uow, user)
    listed = programs.list_programs(uow, user)
    assert [(p.active, p.intake.days_per_week) for p in listed] == [(True, 2), (False, 3)]
    assert programs.list_programs(uow, _other(uow)) == []


def test_an_old_plan_made_active_again_starts_from_its_first_session(uow):
    user = _user(uow)
    first, _ = _two_plans(uow, user)
    old = programs.list_programs(uow, user)[1]
    again = NOW + timedelta(days=40)
    used, changed = programs.use_program(uow, user, old.id, now=again)
    assert changed and used.active and used.plan == first
    assert (used.created_at, used.started_at) == (NOW, again)
    current = programs.current_program(uow, user)
    assert current.id == old.id and current.started_at == again
    assert [p.active for p in programs.list_programs(uow, user)] == [True, False]
    nxt = programs.next_up(uow, user, library(), today=again.date())
    assert (nxt.week, nxt.index) == (1, 0)


def test_using_the_active_plan_changes_nothing(uow):
    user = _user(uow)
    _two_plans(uow, user)
    active = programs.current_program(uow, user)
    commits = uow.commits
    later = NOW + timedelta(days=90)
    assert programs.use_program(uow, user, active.id, now=later) == (active, False)
    assert uow.commits == commits


def test_another_persons_plan_cannot_be_read_or_used(uow):
    user, eve = _user(uow), _other(uow)
    _two_plans(uow, user)
    theirs = programs.list_programs(uow, user)[1].id
    with pytest.raises(programs.ProgramNotFound, match=f"plan '{theirs}'"):
        programs.get_program(uow, eve, theirs)
    with pytest.raises(programs.ProgramNotFound):
        programs.use_program(uow, eve, theirs)
    assert programs.find_program(uow, eve) is None
    assert programs.current_program(uow, user).id != theirs
