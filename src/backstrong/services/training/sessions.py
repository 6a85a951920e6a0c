"""Training sessions: create, read, change (notes, pain check-ins, times), delete with their sets.

``program_session`` is a plain key ("week-3/session-2") that the programs area will fill in when
a session fulfils a planned one; nothing here depends on programs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from backstrong.domain.accounts import User
from backstrong.domain.training.sessions import (
    LoggedSet,
    TrainingSession,
    check_id,
    check_session,
    new_id,
)
from backstrong.domain.training.validation import TrainingValueError, check_pain
from backstrong.services.clock import Clock
from backstrong.services.errors import NotFound
from backstrong.services.ports.training import SessionWindow, SetFilter
from backstrong.services.training.log import NOT_GIVEN
from backstrong.services.unit_of_work import UnitOfWork, UowFactory, delete_or_raise

PAIN_FIELDS = ("pain_before", "pain_after", "pain_next_morning")
CHANGEABLE = frozenset(
    {"started_at", "ended_at", "title", "program_session", "notes", *PAIN_FIELDS}
)
RECENT_SESSIONS = 30  # how far back the last session with sets is looked for


@dataclass(frozen=True, slots=True)
class SessionWithSets:
    session: TrainingSession
    sets: tuple[LoggedSet, ...]


class Sessions:
    """The use cases on whole sessions."""

    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._uow, self._clock = uow, clock

    def create(self, user: User, session: TrainingSession) -> tuple[TrainingSession, bool]:
        """Store a new session; (it, False) when the same id already holds this very session."""
        now = self._clock.local_now(user)
        if session.started_at == NOT_GIVEN:
            session = replace(session, started_at=now)
        session = check_session(replace(session, id=check_id(session.id)), now)
        with self._uow() as uow:
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

    def get(self, user: User, session_id: str) -> SessionWithSets:
        with self._uow() as uow:
            session = uow.training.get_session(user.id, session_id)
            if session is None:
                raise NotFound("session", session_id)
            sets = uow.training.sets(user.id, SetFilter(session_id=session_id))
        return SessionWithSets(session, tuple(sets))

    def update(
        self, user: User, session_id: str, changes: Mapping[str, Any]
    ) -> tuple[TrainingSession, int]:
        """Change the given fields only (``None`` clears an optional one); the session and how
        many sets it holds."""
        unknown = set(changes) - CHANGEABLE
        if unknown:
            field = sorted(unknown)[0]
            raise TrainingValueError(field, changes[field], "cannot be changed")
        if "started_at" in changes and changes["started_at"] is None:
            raise TrainingValueError("started_at", None, "cannot be cleared, only changed")
        values: dict[str, Any] = {
            key: "" if key in ("title", "notes") and value is None else value
            for key, value in changes.items()
        }
        with self._uow() as uow:
            session = uow.training.get_session(user.id, session_id)
            if session is None:
                raise NotFound("session", session_id)
            changed = check_session(replace(session, **values), self._clock.local_now(user))
            uow.training.update_session(user.id, changed)
            count = uow.training.set_counts(user.id, [session_id]).get(session_id, 0)
            uow.commit()
        return changed, count

    def check_in_pain(
        self, user: User, field: str, pain: int, session_id: str | None = None
    ) -> TrainingSession:
        """Back pain before, after or the morning after a session (0–10); without a session,
        today's, made when there is none yet."""
        if field not in PAIN_FIELDS:
            raise TrainingValueError(
                "field", field, "choose pain_before, pain_after or pain_next_morning"
            )
        check_pain(pain, field.replace("_", " "))
        if session_id is None:
            session_id = self.open(user).id
        changed, _ = self.update(user, session_id, {field: pain})
        return changed

    def delete(self, user: User, session_id: str) -> None:
        delete_or_raise(
            self._uow(),
            lambda uow: uow.training.delete_session(user.id, session_id),
            NotFound("session", session_id),
        )

    def with_counts(
        self, user: User, *, first: date | None = None, last: date | None = None
    ) -> list[tuple[TrainingSession, int]]:
        """Sessions oldest first, each with how many sets it holds."""
        with self._uow() as uow:
            sessions = uow.training.sessions(user.id, first=first, last=last)
            counts = uow.training.set_counts(user.id, [s.id for s in sessions])
        return [(s, counts.get(s.id, 0)) for s in sessions]

    def page(
        self, user: User, where: SessionWindow
    ) -> tuple[list[tuple[TrainingSession, int]], int]:
        """One page of sessions, newest first, each with its set count, and how many match."""
        with self._uow() as uow:
            sessions = uow.training.sessions(
                user.id,
                first=where.first,
                last=where.last,
                newest_first=True,
                limit=where.limit,
                offset=where.offset,
            )
            counts = uow.training.set_counts(user.id, [s.id for s in sessions])
            total = uow.training.count_sessions(user.id, first=where.first, last=where.last)
        return [(s, counts.get(s.id, 0)) for s in sessions], total

    def month(self, user: User, first: date, last: date) -> list[SessionWithSets]:
        """The sessions of ``first``–``last`` (newest first), each with its sets in order."""
        with self._uow() as uow:
            sessions = uow.training.sessions(user.id, first=first, last=last)
            sets = uow.training.sets(user.id, SetFilter(first=first, last=last))
        return _with_sets(reversed(sessions), sets)

    def on_day(self, user: User, day: date) -> SessionWithSets | None:
        """The latest session of ``day`` with its sets, or None."""
        with self._uow() as uow:
            return day_session(uow, user, day)

    def previous(self, user: User, before: date) -> SessionWithSets | None:
        """The most recent session on a day before ``before`` that has sets."""
        with self._uow() as uow:
            return previous_session(uow, user, before)

    def open(self, user: User) -> TrainingSession:
        """Today's session, made (empty) when there is none: for pain check-ins before the
        first set."""
        now = self._clock.local_now(user)
        with self._uow() as uow:
            session = uow.training.session_for_day(user.id, TrainingSession(new_id(), now))
            uow.commit()
        return session

    def all_with_sets(self, user: User) -> list[SessionWithSets]:
        """Every session, oldest first, with its sets in order (for exports)."""
        with self._uow() as uow:
            sessions = uow.training.sessions(user.id)
            sets = uow.training.sets(user.id, SetFilter())
        return _with_sets(sessions, sets)


def _with_sets(sessions: Any, sets: list[LoggedSet]) -> list[SessionWithSets]:
    by_session: dict[str, list[LoggedSet]] = {}
    for logged in sets:
        by_session.setdefault(logged.session_id, []).append(logged)
    return [SessionWithSets(s, tuple(by_session.get(s.id, ()))) for s in sessions]


def day_session(uow: UnitOfWork, user: User, day: date) -> SessionWithSets | None:
    session = uow.training.latest_session_on(user.id, day)
    if session is None:
        return None
    sets = uow.training.sets(user.id, SetFilter(session_id=session.id))
    return SessionWithSets(session, tuple(sets))


def previous_session(uow: UnitOfWork, user: User, before: date) -> SessionWithSets | None:
    recent = uow.training.sessions(user.id, last=before - timedelta(days=1))[-RECENT_SESSIONS:]
    counts = uow.training.set_counts(user.id, [s.id for s in recent])
    for session in reversed(recent):
        if counts.get(session.id):
            sets = uow.training.sets(user.id, SetFilter(session_id=session.id))
            return SessionWithSets(session, tuple(sets))
    return None
