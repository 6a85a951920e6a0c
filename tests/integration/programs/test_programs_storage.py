"""Programs in the database: one active plan per person, old plans listed and made active again,
screenings kept, and the training history read back for progression with each set's own day and
nothing of anyone else's."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import IntegrityError

from backstrong.adapters.db.programs.tables import ProgramRow
from backstrong.domain.programs.generator import generate_plan
from backstrong.domain.programs.plan import Plan
from backstrong.domain.training.model import Load, PerformedSet
from backstrong.domain.units import MassUnit
from backstrong.services.clock import Clock
from backstrong.services.programs.mapping import intake_from_json, intake_to_json, plan_to_json
from backstrong.services.training import log as training_log

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
TOKYO = timezone(timedelta(hours=9))


def _users(container):
    ada = container.accounts.register("ada@example.org", "a long enough passphrase")
    eve = container.accounts.register("eve@example.org", "a long enough passphrase")
    return ada, eve


def _plan(container, days: int = 3) -> Plan:
    intake = intake_from_json(
        {"age": 40, "experience": "novice", "goal": "strength", "equipment": ["home-basic"],
         "days_per_week": days, "minutes_per_session": 30, "weeks": 4}
    )  # fmt: skip
    plan = generate_plan(intake, container.bundled_exercises)
    assert isinstance(plan, Plan)
    return plan


def test_a_stored_plan_reads_back_equal_and_one_stays_active(container):
    ada, eve = _users(container)
    first, second = _plan(container), _plan(container, days=2)
    with container.uow() as uow:
        uow.programs.add_active(ada.id, first, NOW)
        uow.programs.add_active(ada.id, second, NOW + timedelta(hours=1))
        uow.commit()
    with container.uow() as uow:
        stored = uow.programs.active(ada.id)
        assert stored is not None and stored.plan == second
        assert stored.created_at == stored.started_at == NOW + timedelta(hours=1)
        assert uow.programs.count(ada.id) == 2
        assert uow.programs.active(eve.id) is None


def test_plans_list_active_first_and_an_old_one_becomes_active_again(container):
    ada, eve = _users(container)
    with container.uow() as uow:
        first = uow.programs.add_active(ada.id, _plan(container), NOW)
        second = uow.programs.add_active(ada.id, _plan(container, days=2), NOW + timedelta(days=1))
        uow.commit()
    with container.uow() as uow:
        listed = uow.programs.list_for(ada.id)
        assert [(p.id, p.active, p.intake.days_per_week) for p in listed] == [
            (second, True, 2),
            (first, False, 3),
        ]
        assert uow.programs.list_for(eve.id) == []
        assert uow.programs.get(eve.id, first) is None
        assert not uow.programs.activate(eve.id, first, NOW)
        assert uow.programs.activate(ada.id, first, NOW + timedelta(days=9))
        uow.commit()
    with container.uow() as uow:
        active = uow.programs.active(ada.id)
        assert active is not None and active.id == first
        assert (active.created_at, active.started_at) == (NOW, NOW + timedelta(days=9))
        assert [p.id for p in uow.programs.list_for(ada.id)] == [first, second]


def test_the_database_refuses_two_active_plans_for_one_person(container):
    ada, _ = _users(container)
    plan = _plan(container)
    row = {"user_id": ada.id, "plan_id": plan.id, "plan": plan_to_json(plan), "active": True}
    with container.uow() as uow, pytest.raises(IntegrityError):
        uow.session.add(ProgramRow(**row, intake=intake_to_json(plan.intake), created_at=NOW))
        uow.session.add(ProgramRow(**row, intake=intake_to_json(plan.intake), created_at=NOW))
        uow.session.flush()


def test_screenings_are_kept_per_person(container):
    ada, eve = _users(container)
    with container.uow() as uow:
        uow.red_flag_screenings.add(ada.id, ["fever-or-unwell"], "prompt", NOW)
        uow.commit()
    with container.uow() as uow:
        assert [s.flags for s in uow.red_flag_screenings.list_for(ada.id)] == [("fever-or-unwell",)]
        assert uow.red_flag_screenings.list_for(eve.id) == []


def _log(container, user, performed: PerformedSet) -> None:
    request = training_log.SetRequest(str(uuid.uuid4()), performed)
    container.clock = Clock(lambda: NOW + timedelta(days=9))
    container.training.record_set(user, request)


def test_history_comes_back_with_its_own_day_and_only_the_owners_sets(container):
    ada, eve = _users(container)
    early = datetime(2026, 3, 5, 1, 30, tzinfo=TOKYO)  # 16:30 UTC the day before
    _log(container, ada, PerformedSet("goblet-squat", early, reps=10,
                                      load=Load(16, MassUnit.KG), rpe=8.0, pain=2))  # fmt: skip
    _log(container, eve, PerformedSet("bridge", early, reps=15))
    sets, checks = container.programs.training_history(ada, NOW)
    later, _ = container.programs.training_history(ada, NOW + timedelta(days=5))
    assert [s.exercise_id for s in sets] == ["goblet-squat"]
    mine = sets[0]
    assert mine.performed_at == early and mine.performed_at.date() == early.date()
    assert (mine.reps, mine.load, mine.rpe, mine.pain) == (10, Load(16, MassUnit.KG), 8, 2)
    assert checks == []
    assert later == []
