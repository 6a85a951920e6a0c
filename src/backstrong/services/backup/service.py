"""A full backup of one person's data as JSON, and its restore into an empty account.

The backup is a document ``{"format": "backstrong-backup", "version": 1, "sections": {...}}``
with one entry per :class:`BackupSection`, in the order of :data:`SECTIONS`. Export, restore,
export gives the same bytes: nothing the database makes up (row ids, creation times) is written,
and everything is restored in the order it was exported.

Extension point: an area adds its data (programs, nutrition diary, body weight, …) by writing a
section — a name, ``dump``, ``has_data`` and ``load`` — and appending it to :data:`SECTIONS`. A
backup naming a section this version does not know is refused rather than half restored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from backstrong.domain.accounts import User
from backstrong.domain.exercises.validation import ExerciseDataError, exercise_from_mapping
from backstrong.domain.training.validation import TrainingValueError
from backstrong.services.ports.training import SetFilter
from backstrong.services.training.mapping import (
    session_from_mapping,
    session_to_mapping,
    set_from_mapping,
    set_to_mapping,
)
from backstrong.services.unit_of_work import UnitOfWork

FORMAT = "backstrong-backup"
VERSION = 1


class BackupError(ValueError):
    """A backup that cannot be restored here; nothing was written."""


class BackupSection(Protocol):
    """One area's part of the backup. Methods run inside the caller's transaction."""

    name: str

    def dump(self, uow: UnitOfWork, user: User) -> Any: ...

    def has_data(self, uow: UnitOfWork, user: User) -> bool: ...

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        """Restore ``data``; returns how many items were stored."""
        ...


class ProfileSection:
    name = "profile"

    def dump(self, uow: UnitOfWork, user: User) -> Any:
        stored = uow.users.get(user.id)
        return {"unit": (stored or user).unit}

    def has_data(self, uow: UnitOfWork, user: User) -> bool:
        return False  # settings are overwritten, never in the way

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        unit = data.get("unit") if isinstance(data, Mapping) else None
        if unit not in ("kg", "lb"):
            raise BackupError(f"profile.unit '{unit}': use kg or lb")
        uow.users.set_unit(user.id, unit)
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


SECTIONS: tuple[BackupSection, ...] = (
    ProfileSection(),
    CustomExercisesSection(),
    TrainingSection(),
)


@dataclass(frozen=True, slots=True)
class RestoreReport:
    restored: dict[str, int]  # section name → items stored


def export_backup(
    uow: UnitOfWork, user: User, sections: tuple[BackupSection, ...] = SECTIONS
) -> dict[str, Any]:
    with uow:
        dumped = {section.name: section.dump(uow, user) for section in sections}
    return {"format": FORMAT, "version": VERSION, "sections": dumped}


def restore_backup(
    uow: UnitOfWork,
    user: User,
    document: Mapping[str, Any],
    sections: tuple[BackupSection, ...] = SECTIONS,
) -> RestoreReport:
    """Restore into an account with none of the backup's data yet; all or nothing."""
    parts = _checked(document, sections)
    by_name = {section.name: section for section in sections}
    with uow:
        in_the_way = [name for name in parts if by_name[name].has_data(uow, user)]
        if in_the_way:
            raise BackupError(
                f"restore needs an empty account, but it already has {', '.join(in_the_way)}; "
                "restore into a new account or database"
            )
        try:
            restored = {name: by_name[name].load(uow, user, data) for name, data in parts.items()}
        except (KeyError, TypeError, AttributeError) as exc:
            raise BackupError(f"the backup is damaged: {exc!r} is missing or malformed") from exc
        except (TrainingValueError, ExerciseDataError) as exc:
            raise BackupError(f"the backup holds a bad value: {exc}") from exc
        uow.commit()
    return RestoreReport(restored)


def _checked(document: Mapping[str, Any], sections: tuple[BackupSection, ...]) -> dict[str, Any]:
    if not isinstance(document, Mapping) or document.get("format") != FORMAT:
        raise BackupError(f'not a Backstrong backup: expected "format": "{FORMAT}"')
    if document.get("version") != VERSION:
        raise BackupError(
            f"backup version {document.get('version')!r}: this Backstrong reads version {VERSION}"
        )
    parts = document.get("sections")
    if not isinstance(parts, Mapping):
        raise BackupError('the backup has no "sections"')
    known = {section.name for section in sections}
    unknown = sorted(set(parts) - known)
    if unknown:
        raise BackupError(
            f"the backup has sections this version cannot restore: {', '.join(unknown)}"
        )
    order = [section.name for section in sections]
    return {name: parts[name] for name in order if name in parts}
