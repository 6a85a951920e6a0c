"""The parts of a backup, one per area, in the order they are written and restored.

Extension point: an area adds its data by writing a section (a name, ``dump``, ``has_data`` and
``load``) and adding it to ``ALL_SECTIONS`` in ``service.py`` after the sections it refers to."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

from backstrong.domain.accounts import User, check_unit
from backstrong.domain.errors import FieldError
from backstrong.domain.exercises.validation import exercise_from_mapping
from backstrong.domain.programs.errors import PlanDataError
from backstrong.services.clock import check_time_zone
from backstrong.services.ports.programs import StoredProgram
from backstrong.services.ports.training import SetFilter
from backstrong.services.programs.mapping import plan_from_json, plan_to_json
from backstrong.services.training.mapping import (
    session_from_mapping,
    session_to_mapping,
    set_from_mapping,
    set_to_mapping,
)
from backstrong.services.unit_of_work import UnitOfWork


class DamagedBackup(FieldError):
    """A value in the backup that this version cannot restore; ``field`` names where it is."""

    def __init__(self, message: str, field: str = "backup", value: object = None) -> None:
        super().__init__(field, value, message)
        self.args = (message,)


class BackupSection(Protocol):
    """One area's part of the backup. Methods run inside the caller's transaction."""

    name: str

    def dump(self, uow: UnitOfWork, user: User) -> Any: ...

    def has_data(self, uow: UnitOfWork, user: User) -> bool: ...

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        """Restore ``data``; returns how many items were stored."""
        ...


class ProfileSection:
    """The person's settings: display unit, and their time zone once they have one."""

    name = "profile"

    def dump(self, uow: UnitOfWork, user: User) -> Any:
        stored = uow.users.get(user.id) or user
        if stored.time_zone is None:  # backups written before time zones stay byte-identical
            return {"unit": stored.unit}
        return {"unit": stored.unit, "time_zone": stored.time_zone}

    def has_data(self, uow: UnitOfWork, user: User) -> bool:
        return False  # settings are overwritten, never in the way

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        settings = data if isinstance(data, Mapping) else {}
        zone = settings.get("time_zone")
        try:
            uow.users.set_unit(user.id, check_unit(str(settings.get("unit"))))
            if zone is not None:
                uow.users.set_time_zone(user.id, check_time_zone(str(zone)))
        except FieldError as exc:
            raise DamagedBackup(f"profile.{exc}", f"profile.{exc.field}", exc.value) from exc
        return 1


class CustomExercisesSection:
    name = "custom_exercises"

    def dump(self, uow: UnitOfWork, user: User) -> Any:
        return [dict(data) for data in uow.custom_exercises.list_for(user.id)]

    def has_data(self, uow: UnitOfWork, user: User) -> bool:
        return bool(uow.custom_exercises.ids_for(user.id))

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        for entry in data:
            exercise = exercise_from_mapping(entry, origin="backup exercise", bundled=False)
            uow.custom_exercises.add(user.id, exercise.id, exercise.source.name, entry)
        return len(data)


class TrainingSection:
    name = "training"

    def dump(self, uow: UnitOfWork, user: User) -> Any:
        sets_by_session: dict[str, list[dict[str, Any]]] = {}
        for logged in uow.training.sets(user.id, SetFilter()):
            sets_by_session.setdefault(logged.session_id, []).append(set_to_mapping(logged))
        sessions = []
        for session in uow.training.sessions(user.id):
            item = session_to_mapping(session)
            item["sets"] = sets_by_session.get(session.id, [])
            sessions.append(item)
        return {"sessions": sessions}

    def has_data(self, uow: UnitOfWork, user: User) -> bool:
        return not uow.training.is_empty(user.id)

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        count = 0
        for item in data.get("sessions", []):
            session = session_from_mapping(item)
            uow.training.add_session(user.id, session)
            sets = [set_from_mapping(s, session.id) for s in item.get("sets", [])]
            uow.training.add_sets(user.id, sets)
            count += len(sets)
        return count


class ProgramsSection:
    """Every plan the person built (the stored JSON of ``programs.mapping``, active or not,
    with its times), the education notes they have been shown and the red-flag screenings that
    stopped a plan."""

    name = "programs"

    def dump(self, uow: UnitOfWork, user: User) -> Any:
        plans = [
            {
                "plan": plan_to_json(p.plan),
                "active": p.active,
                "created_at": p.created_at.isoformat(),
                "started_at": p.started_at.isoformat(),
            }
            for p in uow.programs.all_for(user.id)
        ]
        seen = uow.programs.seen_notes(user.id)
        screenings = [
            {"flags": list(s.flags), "severity": s.severity, "at": s.created_at.isoformat()}
            for s in uow.red_flag_screenings.list_for(user.id)
        ]
        return {
            "plans": plans,
            "notes_seen": {k: v.isoformat() for k, v in seen.items()},
            "screenings": screenings,
        }

    def has_data(self, uow: UnitOfWork, user: User) -> bool:
        return uow.programs.count(user.id) > 0

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        plans = data.get("plans", [])
        for number, item in enumerate(plans):
            where = f"programs.plans[{number}]"
            try:
                plan = plan_from_json(item["plan"])
            except PlanDataError as exc:
                raise DamagedBackup(f"{where}: {exc}", where) from exc
            created = _time(item["created_at"], f"{where}.created_at")
            started = _time(item.get("started_at", item["created_at"]), f"{where}.started_at")
            program = StoredProgram(0, plan, created, started, bool(item.get("active")))
            uow.programs.restore(user.id, program)
        seen: Mapping[str, Any] = data.get("notes_seen", {})
        for note_id, when in seen.items():
            at = _time(when, f"programs.notes_seen.{note_id}")
            uow.programs.mark_seen(user.id, [str(note_id)], at)
        for number, item in enumerate(data.get("screenings", [])):  # from version 2 on
            at = _time(item["at"], f"programs.screenings[{number}].at")
            flags = [str(flag) for flag in item["flags"]]
            uow.red_flag_screenings.add(user.id, flags, str(item["severity"]), at)
        return len(plans)


def _time(value: object, field: str) -> datetime:  # an ISO 8601 time with its offset
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        raise DamagedBackup(f"{field} '{value}': an ISO 8601 time", field, value) from None
    if when.tzinfo is None:
        raise DamagedBackup(f"{field} '{value}': needs a UTC offset", field, value)
    return when


SECTIONS: tuple[BackupSection, ...] = (
    ProfileSection(),
    CustomExercisesSection(),
    TrainingSection(),
    ProgramsSection(),
)
