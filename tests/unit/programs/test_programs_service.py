"""Program use cases against in-memory fakes: the screen is recorded, plans replace each other,
and the next session follows the person's own history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from programs_builders import intake, library

from backstrong.domain.errors import FieldError
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.plan import Plan
from backstrong.domain.programs.prescription import Change
from backstrong.domain.programs.red_flags import ScreenResult, Severity
from backstrong.domain.training.model import PainCheck, PerformedSet
from backstrong.domain.training.sessions import LoggedSet, TrainingSession, new_id
from backstrong.services.clock import Clock
from backstrong.services.errors import NotFound
from backstrong.services.programs.errors import NoProgram, ProgramNotFound
from backstrong.services.programs.mapping import intake_to_json
from backstrong.services.programs.service import ProgramsService
from tests.fakes import FakeUnitOfWork, accounts_over
from tests.fakes_programs import FakePlanDocuments

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


class World:
    """The service over in-memory fakes, with a clock the test moves."""

    def __init__(self) -> None:
        self.uow = FakeUnitOfWork()
        self.now = NOW
        exercises = ExerciseLibrary(library())
        clock = Clock(lambda: self.now)
        documents = FakePlanDocuments()
        self.programs = ProgramsService(lambda: self.uow, clock, lambda user: exercises, documents)

    def at(self, moment: datetime) -> ProgramsService:
        self.now = moment
        return self.programs


@pytest.fixture
def world() -> World:
    return World()


@pytest.fixture
def uow(world: World) -> FakeUnitOfWork:
    return world.uow


@pytest.fixture
def programs(world: World) -> ProgramsService:
    return world.programs


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


def _create(programs: ProgramsService, user, made) -> Plan | ScreenResult:
    """Build a plan from an intake through the one plan-creation use case."""
    outcome = programs.create_plan(user, intake_to_json(made), made.red_flags)
    return outcome if isinstance(outcome, ScreenResult) else outcome.plan


def test_a_screen_with_warning_signs_is_recorded(uow, programs):
    user = _user(uow)
    result = programs.screen(user, {"fever-or-unwell": True, "history-of-cancer": False})
    assert result.severity is Severity.PROMPT
    assert [(s.flags, s.severity) for s in programs.screenings(user)] == [
        (("fever-or-unwell",), "prompt")
    ]


def test_a_clear_screen_records_nothing(uow, programs):
    user = _user(uow)
    assert programs.screen(user, {"fever-or-unwell": False}).clear
    assert programs.screenings(user) == []


def test_an_intake_with_a_red_flag_saves_no_plan(uow, programs):
    user = _user(uow)
    outcome = _create(programs, user, intake(red_flags=frozenset({"saddle-numbness"})))
    assert isinstance(outcome, ScreenResult) and outcome.severity is Severity.EMERGENCY
    assert programs.active(user) is None
    assert len(programs.screenings(user)) == 1


def test_a_new_plan_replaces_the_active_one(uow, programs):
    user = _user(uow)
    first = _create(programs, user, intake())
    second = _create(programs, user, intake(days_per_week=2))
    assert isinstance(first, Plan) and isinstance(second, Plan)
    assert programs.current(user).plan == second
    assert uow.programs.count(user.id) == 2


def test_next_up_needs_a_plan(uow, programs):
    with pytest.raises(NoProgram, match="plan new"):
        programs.next_session(_user(uow))


def test_the_next_session_follows_the_logged_sets(uow, programs):
    user = _user(uow)
    plan = _create(programs, user, intake())
    assert isinstance(plan, Plan)
    first = programs.next_session(user, today=date(2026, 3, 3))
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
    after = programs.next_session(user, today=date(2026, 3, 4))
    assert (after.week, after.index) == (1, 1)
    again = programs.next_session(user, position=(1, 0), today=date(2026, 3, 4))
    assert any(e.change is not Change.START for e in again.exercises)


def test_sets_from_before_the_plan_do_not_count_as_plan_sessions(uow, programs):
    user = _user(uow)
    plan = _create(programs, user, intake())
    assert isinstance(plan, Plan)
    before = NOW - timedelta(days=3)
    _log(
        uow,
        user,
        [PerformedSet(e.exercise_id, before, reps=10) for e in plan.session(1, 0).exercises],
    )
    nxt = programs.next_session(user, today=date(2026, 3, 3))
    assert (nxt.week, nxt.index) == (1, 0)


def test_history_is_the_owners_log_from_a_moment_on_with_pain_check_ins(uow, programs):
    user, eve = _user(uow), _other(uow)
    early, late = NOW - timedelta(days=2), NOW + timedelta(hours=2)
    _log(uow, user, [PerformedSet("bridge", early, reps=10)], pain_after=3)
    _log(uow, user, [PerformedSet("bird-dog", late, reps=8)], pain_before=1)
    _log(uow, user, [PerformedSet("plank", late + timedelta(hours=1), hold_seconds=30)])
    _log(uow, eve, [PerformedSet("dead-bug", late, reps=6)], pain_after=5)
    sets, checks = programs.training_history(user, NOW)
    assert [s.exercise_id for s in sets] == ["bird-dog", "plank"]
    assert checks == [PainCheck(late, before=1)]


def _two_plans(world, user):
    first = _create(world.at(NOW), user, intake())
    later = NOW + timedelta(days=30)
    second = _create(world.at(later), user, intake(days_per_week=2))
    assert isinstance(first, Plan) and isinstance(second, Plan)
    return first, second


def test_plans_are_listed_active_first_then_newest(world, uow, programs):
    user = _user(uow)
    _two_plans(world, user)
    listed = programs.plans(user)
    assert [(p.active, p.intake.days_per_week) for p in listed] == [(True, 2), (False, 3)]
    assert programs.plans(_other(uow)) == []


def test_an_old_plan_made_active_again_starts_from_its_first_session(world, uow, programs):
    user = _user(uow)
    first, _ = _two_plans(world, user)
    old = programs.plans(user)[1]
    again = NOW + timedelta(days=40)
    used, changed = world.at(again).use(user, old.id)
    assert changed and used.active and used.plan == first
    assert (used.created_at, used.started_at) == (NOW, again)
    current = programs.current(user)
    assert current.id == old.id and current.started_at == again
    assert [p.active for p in programs.plans(user)] == [True, False]
    nxt = programs.next_session(user, today=again.date())
    assert (nxt.week, nxt.index) == (1, 0)


def test_using_the_active_plan_changes_nothing(world, uow, programs):
    user = _user(uow)
    _two_plans(world, user)
    active = programs.current(user)
    commits = uow.commits
    later = NOW + timedelta(days=90)
    assert world.at(later).use(user, active.id) == (active, False)
    assert uow.commits == commits


def test_another_persons_plan_cannot_be_read_or_used(world, uow, programs):
    user, eve = _user(uow), _other(uow)
    _two_plans(world, user)
    theirs = programs.plans(user)[1].id
    with pytest.raises(ProgramNotFound, match=f"plan '{theirs}'"):
        programs.get(eve, theirs)
    with pytest.raises(ProgramNotFound):
        programs.use(eve, theirs)
    assert programs.active(eve) is None
    assert programs.current(user).id != theirs


def test_creating_a_plan_keeps_it_active_from_now(uow, programs):
    user = _user(uow)
    made = intake()
    kept = programs.create_plan(user, intake_to_json(made))
    assert not isinstance(kept, ScreenResult)
    assert kept.active and kept.created_at == kept.started_at == NOW
    assert programs.current(user) == kept


def test_a_refused_intake_value_is_a_field_error_and_saves_nothing(uow, programs):
    user = _user(uow)
    with pytest.raises(FieldError, match="days_per_week '9'") as refused:
        programs.create_plan(user, {**intake_to_json(intake()), "days_per_week": 9})
    assert (refused.value.field, refused.value.value) == ("days_per_week", 9)
    with pytest.raises(FieldError) as unknown:
        programs.create_plan(user, intake_to_json(intake()), ["sore-toe"])
    assert unknown.value.field == "red_flags" and "saddle-numbness" in str(unknown.value)
    assert programs.active(user) is None and programs.screenings(user) == []


def test_warning_signs_end_plan_creation_before_the_intake_is_judged(uow, programs):
    user = _user(uow)
    outcome = programs.create_plan(user, {"age": "not a number"}, {"fever-or-unwell": True})
    assert isinstance(outcome, ScreenResult) and outcome.severity is Severity.PROMPT
    assert [s.flags for s in programs.screenings(user)] == [("fever-or-unwell",)]
    assert programs.active(user) is None


def test_a_session_outside_the_plan_is_not_found(uow, programs):
    user = _user(uow)
    _create(programs, user, intake())
    with pytest.raises(NotFound, match="position week '99'"):
        programs.upcoming(user, (99, 0))


def test_the_handout_shows_the_next_sessions_week_unless_told(uow, programs):
    user = _user(uow)
    _create(programs, user, intake())
    assert programs.handout(user).week == 1
    assert programs.handout(user, 2).pdf == b"%PDF week 2"
    with pytest.raises(FieldError, match="week '99': accepted 1–"):
        programs.handout(user, 99)


def test_the_calendar_starts_next_monday_in_the_persons_own_zone(world, uow, programs):
    user = uow.users.set_time_zone(_user(uow).id, "Pacific/Kiritimati")  # UTC+14
    _create(programs, user, intake())
    sunday_noon_utc = datetime(2026, 3, 8, 12, 0, tzinfo=UTC)  # Monday 02:00 there
    calendar = world.at(sunday_noon_utc).calendar(user)
    assert calendar.start == date(2026, 3, 16)  # their today is a Monday: the next one
    assert calendar.sessions == sum(len(w.sessions) for w in programs.current(user).plan.weeks)
    assert programs.calendar(user, date(2027, 1, 4)).ics == b"BEGIN:VCALENDAR 2027-01-04"


def test_the_guided_workout_gets_the_plans_next_session(uow, programs):
    user = _user(uow)
    plan = _create(programs, user, intake())
    assert isinstance(plan, Plan)
    session = programs.program_session(user, ExerciseLibrary(library()), date(2026, 3, 3))
    assert [p.exercise_id for p in session] == [e.exercise_id for e in plan.session(1, 0).exercises]


def test_the_guided_workout_walks_the_same_holds_and_sides_the_plan_shows(uow, programs):
    user = _user(uow)
    _create(programs, user, intake())
    lib = ExerciseLibrary(library())
    day = date(2026, 3, 3)
    shown = programs.next_session(user, today=day, history_before=day).exercises
    walked = programs.program_session(user, lib, day)
    assert len(walked) == len(shown)
    for plan_item, planned in zip(shown, walked, strict=True):
        sides = 2 if lib.get(plan_item.exercise_id).unilateral else 1
        assert len(planned.sets) == plan_item.sets * sides
        assert {s.reps for s in planned.sets} == {plan_item.target_reps}
        hold = plan_item.target_hold_seconds
        assert {s.hold_seconds for s in planned.sets} == {None if hold is None else float(hold)}
