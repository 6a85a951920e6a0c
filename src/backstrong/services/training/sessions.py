"""Training sessions: create, read, change (notes, pain check-ins, times), delete with their sets.

``program_session`` is a plain key ("week-3/session-2") that the programs area will fill in when
a session fulfils a planned one; nothing here depends on programs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from backstrong.domain.accounts import User
from backstrong.domain.training.sessions import (
    LoggedSet,
    TrainingSession,
    check_id,
    check_session,
    new_id,
)
from backstrong.domain.training.validation import TrainingValueError
from backstrong.services.errors import NotFound
from backstrong.services.ports.training import SetFilter
from backstrong.services.unit_of_work import UnitOfWork

CHANGEABLE = frozenset(
    {
        "started_at",
        "ended_at",
        "title",
        "program_session",
        "notes",
        "pain_before",
        "pain_after",
        "pain_next_morning",
    }
)


@dataclass(frozen=True, slots=True)
class SessionWithSets:
    session: TrainingSession
    sets: tuple[LoggedSet, ...]


def _now() -> datetime:
    return datetime.now(UTC)


def create_session(
    uow: UnitOfWork, user: User, session: TrainingSession, *, now: datetime | None = None
) -> tuple[TrainingSession, bool]:
    """Store a new session; (it, False) when the same id already holds this very session."""
    session = check_session(replace(session, id=check_id(session.id)), now or _now())
    with uow:
        stored = uow.training.get_session(user.id, session.id)
        if stored is not None:
            if stored != session:
                raise TrainingValueError(
                    "id", session.id, "another session is stored under this id; send a new id"
                )
            return stored, False
        uow.training.add_session(user.id, session)
        uow.commit()
    return session, True


def get_session(uow: UnitOfWork, user: User, session_id: str) -> SessionWithSets:
    with uow:
        session = uow.training.get_session(user.id, session_id)
        if session is None:
            raise NotFound("session", session_id)
        sets = uow.training.sets(user.id, SetFilter(session_id=session_id))
    return SessionWithSets(session, tuple(sets))


def update_session(
    uow: UnitOfWork,
    user: User,
    session_id: str,
    changes: Mapping[str, Any],
    *,
    now: datetime | None = None,
) -> TrainingSession:
    """Change the given fields only; ``None`` clears an optional one."""
    unknown = set(changes) - CHANGEABLE
    if unknown:
        field = sorted(unknown)[0]
        raise TrainingValueError(field, changes[field], "cannot be changed")
    with uow:
        session = uow.training.get_session(user.id, session_id)
        if session is None:
            raise NotFound("session", session_id)
        values = dict(changes)
        for text_field in ("title", "notes"):
            if text_field in values and values[text_field] is None:
                values[text_field] = ""
        changed = check_session(replace(session, **values), now or _now())
        uow.training.update_session(user.id, changed)
        uow.commit()
    return changed


def delete_session(uow: UnitOfWork, user: User, session_id: str) -> None:
    with uow:
        if not uow.training.delete_session(user.id, session_id):
            raise NotFound("session", session_id)
        uow.commit()


def list_sessions(
    uow: UnitOfWork, user: User, *, first: date | None = None, last: date | None = None
) -> list[tuple[TrainingSession, int]]:
    """Sessions oldest first, each with how many sets it holds."""
    with uow:
        sessions = uow.training.sessions(user.id, first=first, last=last)
        counts = uow.training.set_counts(user.id, [s.id for s in sessions])
    return [(s, counts.get(s.id, 0)) for s in sessions]


def day_session(uow: UnitOfWork, user: User, day: date) -> SessionWithSets | None:
    """The latest session of ``day`` with its sets, or None."""
    with uow:
        session = uow.training.latest_session_on(user.id, day)
        if session is None:
            return None
        sets = uow.training.sets(user.id, SetFilter(session_id=session.id))
    return SessionWithSets(session, tuple(sets))


def previous_session(uow: UnitOfWork, user: User, before: date) -> SessionWithSets | None:
    """The most recent session on a day before ``before`` that has sets."""
    with uow:
        sessions = uow.training.sessions(user.id, last=date.fromordinal(before.toordinal() - 1))
        counts = uow.training.set_counts(user.id, [s.id for s in sessions[-30:]])
        for session in reversed(sessions[-30:]):
            if counts.get(session.id):
                sets = uow.training.sets(user.id, SetFilter(session_id=session.id))
                return SessionWithSets(session, tuple(sets))
    return None


def open_session(uow: UnitOfWork, user: User, when: datetime) -> TrainingSession:
    """The session of ``when``'s day, created (empty) when there is none: for pain check-ins
    before the first set."""
    with uow:
        session = uow.training.latest_session_on(user.id, when.date())
        if session is None:
            session = TrainingSession(id=new_id(), started_at=when)
            uow.training.add_session(user.id, session)
            uow.commit()
    return session


def all_with_sets(uow: UnitOfWork, user: User) -> list[SessionWithSets]:
    """Every session, oldest first, with its sets in order (for exports)."""
    with uow:
        sessions = uow.training.sessions(user.id)
        by_session: dict[str, list[LoggedSet]] = {}
        for logged in uow.training.sets(user.id, SetFilter()):
            by_session.setdefault(logged.session_id, []).append(logged)
    return [SessionWithSets(s, tuple(by_session.get(s.id, ()))) for s in sessions]
