"""The program use cases that coach from the log: the screen reads the intake, first loads
from the log, education notes shown once and listed later, and upcoming sessions that follow
the log."""

from __future__ import annotations

from datetime import timedelta

from programs_builders import intake
from test_programs_service import NOW, World, _log, _user

from backstrong.domain.programs.intake import Goal
from backstrong.domain.programs.red_flags import ScreenResult
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.units import MassUnit
from backstrong.services.ports.programs import StoredProgram
from backstrong.services.programs.mapping import intake_to_json

NEW_PAIN = "new-pain-under-20-or-over-50"


def test_new_pain_at_61_is_derived_previewed_and_counts_unless_set_aside():
    world = World()
    user = _user(world.uow)
    data = intake_to_json(intake(age=61, pain_weeks=3))
    [derived] = world.programs.derived_flags(user, data)
    assert derived.slug == NEW_PAIN and "61" in derived.why
    assert world.uow.red_flag_screenings.list_for(user.id) == []  # a preview records nothing
    stopped = world.programs.create_plan(user, data)
    assert isinstance(stopped, ScreenResult) and not stopped.clear
    assert [s.flags for s in world.uow.red_flag_screenings.list_for(user.id)] == [(NEW_PAIN,)]
    set_aside = world.programs.create_plan(user, {**data, "not_applicable": [NEW_PAIN]})
    assert isinstance(set_aside, StoredProgram)


def test_education_notes_come_once_with_the_next_session_and_stay_listed():
    world = World()
    user = _user(world.uow)
    world.programs.create_plan(user, intake_to_json(intake(weeks=8)))
    first = world.programs.upcoming(user).notes
    assert "pain-is-not-damage" in {n.id for n in first}
    assert world.programs.upcoming(user).notes == ()  # shown once
    listed = world.programs.notes(user)
    seen = {r.note.id for r in listed if r.seen_at is not None}
    assert seen == {n.id for n in first}
    assert any(r.seen_at is None for r in listed)  # later notes wait for their moment


def test_first_loads_come_from_the_log_and_upcoming_sessions_follow_it():
    world = World()
    user = _user(world.uow)
    when = NOW - timedelta(days=3)
    lifts = [
        PerformedSet(
            "goblet-squat", when + timedelta(minutes=i), reps=10, load=Load(20, MassUnit.KG)
        )
        for i in range(3)
    ]
    _log(world.uow, user, lifts)
    wanted = intake_to_json(intake(equipment=("home-dumbbells",), pain=0, goal=Goal.STRENGTH))
    made = world.programs.create_plan(user, wanted)
    assert isinstance(made, StoredProgram)
    squats = [
        e
        for s in made.plan.weeks[0].sessions
        for e in s.exercises
        if e.exercise_id == "goblet-squat"
    ]
    assert squats and squats[0].load is not None  # 3 × 10 at 20 kg in the log → a lighter start
    assert 0 < squats[0].load.value < 20
    week = world.programs.upcoming_week(user, 1)
    assert len(week) == len(made.plan.weeks[0].sessions)
    assert week[0] is not None and (week[0].week, week[0].index) == (1, 0)
