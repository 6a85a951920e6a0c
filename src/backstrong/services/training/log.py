"""Logging sets: one at a time with the client's id (a repeat is a no-op), or a line of text.

A set without a session goes into the session of its day (the latest one that day), which is
created when there is none. Every check happens before anything is written; one transaction per
call, so a set is either stored with its session or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Protocol, TypeVar

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.domain.exercises.library import ExerciseLibrary, UnknownExercise
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.quick_entry import QuickEntry, QuickEntryError, parse_quick_entry
from backstrong.domain.training.sessions import (
    LoggedSet,
    TrainingSession,
    check_id,
    check_notes,
    check_when,
    new_id,
)
from backstrong.domain.training.validation import TrainingValueError, check_performed_set
from backstrong.domain.units import MassUnit
from backstrong.services.clock import Clock
from backstrong.services.errors import Conflict, NotFound
from backstrong.services.ports.training import (
    ConcurrentWrite,
    LogStamps,
    SetFilter,
    SetIdTaken,
)
from backstrong.services.training.names import Candidate, candidates, is_clear
from backstrong.services.unit_of_work import UnitOfWork, UowFactory

NOT_GIVEN = datetime.min.replace(tzinfo=UTC)  # a set's time the service stamps (the person's now)
ATTEMPTS = 5  # a write that lost a race (ConcurrentWrite) runs again, this many times at most
T = TypeVar("T")


def retried(write: Callable[[], T]) -> T:
    """``write`` (one whole transaction), run again when another write got there first."""
    for _ in range(ATTEMPTS - 1):
        try:
            return write()
        except ConcurrentWrite:
            continue
    return write()


class LibraryOf(Protocol):
    """The person's exercise library (read in ``uow`` when given, else in one of its own)."""

    def __call__(self, user: User, uow: UnitOfWork | None = None) -> ExerciseLibrary: ...


class SetConflict(Conflict):
    """The id is already used by a different set: the client must send a new id."""

    def __init__(self, set_id: str) -> None:
        super().__init__(
            f"id '{set_id}': a different set is already stored under this id; "
            "send a new id for a new set",
            field="id",
        )


class UnreadableEntry(FieldError):
    """A line of text that is not a quick entry; ``problem`` points at what is wrong."""

    def __init__(self, problem: QuickEntryError) -> None:
        super().__init__("text", problem.text, problem.problem)
        self.args = (str(problem),)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class SetRequest:
    """A set as a client sends it: the id is the client's (a UUID), the rest as performed."""

    id: str
    performed: PerformedSet
    session_id: str | None = None
    notes: str = ""
    time_given: bool = True  # False: performed_at is "now", so a retry may differ in time only


@dataclass(frozen=True, slots=True)
class LoggedEntry:
    """A line of text logged: the exercise it named, its sets, and the entry as read."""

    exercise: Candidate
    sets: tuple[LoggedSet, ...]
    entry: QuickEntry
    when: datetime
    created: bool = True  # False: the client's entry id was logged before (a repeat)


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """A line of text whose exercise is unclear: the best candidates (none: nothing matched)."""

    name: str
    candidates: tuple[Candidate, ...]
    entry: QuickEntry


def check_exercise(library: ExerciseLibrary, exercise_id: str) -> str:
    try:
        library.get(exercise_id)
    except UnknownExercise:
        raise TrainingValueError(
            "exercise_id", exercise_id, "is not in your exercise library"
        ) from None
    return exercise_id


def on_day(day: date | None, now: datetime) -> datetime:
    """The time to log at: now, or now's time of day on ``day`` in the same offset."""
    if day is None or day == now.date():
        return now
    return datetime.combine(day, now.timetz())


class SetLog:
    """The use cases that write and read single sets."""

    def __init__(
        self, uow: UowFactory, clock: Clock, library: LibraryOf, stamps: LogStamps | None = None
    ) -> None:
        self._uow, self._clock, self._library, self._stamps = uow, clock, library, stamps

    def record_set(self, user: User, request: SetRequest) -> tuple[LoggedSet, bool]:
        """Store one set; (the stored set, True) the first time, (it, False) for a repeat.

        Raises :class:`TrainingValueError` for bad values (an unknown session among them) and
        :class:`SetConflict` when the id holds a different set.
        """
        try:
            return retried(lambda: self._store(user, request))
        except SetIdTaken:  # the same id arrived twice at once: the other request stored it
            with self._uow() as uow:
                repeat = _repeat(uow, user, self._checked(user, request, uow))
            if repeat is None:
                raise
            return repeat, False

    def _store(self, user: User, request: SetRequest) -> tuple[LoggedSet, bool]:
        with self._uow() as uow:  # the checks read the library in the write's transaction
            request = self._checked(user, request, uow)
            repeat = _repeat(uow, user, request)
            if repeat is not None:
                return repeat, False
            when = request.performed.performed_at
            session = _session_for(uow, user, request.session_id, when)
            _stretch(uow, user, session, when)  # before next_position: this write locks the row
            position = uow.training.next_position(user.id, session.id)
            logged = LoggedSet(request.id, session.id, position, request.performed, request.notes)
            uow.training.add_sets(user.id, [logged])
            uow.commit()
            return logged, True

    def _checked(self, user: User, request: SetRequest, uow: UnitOfWork) -> SetRequest:
        now = self._clock.local_now(user)
        if not request.time_given:
            request = replace(request, performed=replace(request.performed, performed_at=now))
        if request.session_id is not None:
            check_id(request.session_id, "session_id")
        check_exercise(self._library(user, uow), request.performed.exercise_id)
        check_when(request.performed.performed_at, now)
        check_performed_set(request.performed)
        check_notes(request.notes)
        return replace(request, id=check_id(request.id))

    def log_text(
        self,
        user: User,
        text: str,
        choice: str | None = None,
        *,
        day: date | None = None,
        at: datetime | None = None,
        best: bool = False,
        entry_id: str | None = None,
    ) -> LoggedEntry | Ambiguous:
        """Log a line such as "deadlift 3x12@60kg rpe8" on ``day`` (or ``at``; default now).

        ``choice`` is the exercise id the person picked; without it the name must match clearly
        (or ``best`` takes the closest). Otherwise nothing is stored and the candidates return.
        ``entry_id`` is the client's UUID for the line: the same line sent again under it is a
        repeat (``created`` False, nothing written); a different line under it is a conflict.
        """
        try:
            entry = parse_quick_entry(text, default_unit=MassUnit(user.unit))
        except QuickEntryError as exc:
            raise UnreadableEntry(exc) from None
        library = self._library(user)
        if choice is not None:
            exercise = library.get(check_exercise(library, choice))
            chosen = Candidate(exercise.id, exercise.name, 100.0, True)
        else:
            found = candidates(library, entry.name_text)
            if not found or not (best or is_clear(found)):
                return Ambiguous(entry.name_text, tuple(found), entry)
            chosen = found[0]
        when = at or on_day(day, self._clock.local_now(user))
        entry_id = None if entry_id is None else check_id(entry_id)
        try:
            logged, created = self._log_entry(user, entry, chosen.exercise_id, when, entry_id, at)
        except SetIdTaken:  # the same entry arrived twice at once: the other request stored it
            with self._uow() as uow:
                repeat = _entry_repeat(uow, user, entry_id or "", entry, chosen.exercise_id, at)
            if repeat is None:
                raise
            logged, created = repeat, False
        return LoggedEntry(chosen, logged, entry, when, created)

    def log_entry(
        self, user: User, entry: QuickEntry, exercise_id: str, when: datetime
    ) -> tuple[LoggedSet, ...]:
        """A parsed quick entry's sets, into the day's session, in one transaction."""
        return self._log_entry(user, entry, exercise_id, when, None, when)[0]

    def _log_entry(
        self,
        user: User,
        entry: QuickEntry,
        exercise_id: str,
        when: datetime,
        entry_id: str | None,
        at: datetime | None,
    ) -> tuple[tuple[LoggedSet, ...], bool]:
        check_exercise(self._library(user), exercise_id)
        check_when(when, self._clock.local_now(user), "date")
        performed = [check_performed_set(s) for s in entry.performed_sets(when, exercise_id)]
        ids = (
            [new_id() for _ in performed]
            if entry_id is None
            else entry_set_ids(entry_id, len(performed))
        )

        def store() -> tuple[tuple[LoggedSet, ...], bool]:
            with self._uow() as uow:
                if entry_id is not None:
                    repeat = _entry_repeat(uow, user, entry_id, entry, exercise_id, at)
                    if repeat is not None:
                        return repeat, False
                session = _session_for(uow, user, None, when)
                first = uow.training.next_position(user.id, session.id)
                logged = tuple(
                    LoggedSet(ids[i], session.id, first + i, s) for i, s in enumerate(performed)
                )
                uow.training.add_sets(user.id, logged)
                _stretch(uow, user, session, when)
                uow.commit()
            return logged, True

        return retried(store)

    def get_set(self, user: User, set_id: str) -> LoggedSet:
        with self._uow() as uow:
            found = uow.training.get_set(user.id, set_id)
        if found is None:
            raise NotFound("set", set_id)
        return found

    def delete_set(self, user: User, set_id: str) -> None:
        with self._uow() as uow:
            if not uow.training.delete_set(user.id, set_id):
                raise NotFound("set", set_id)
            uow.commit()

    def history(self, user: User, where: SetFilter = SetFilter()) -> list[LoggedSet]:
        """The person's sets, filtered; oldest first unless asked otherwise."""
        with self._uow() as uow:
            return uow.training.sets(user.id, where)

    def log_revision(self, user: User) -> tuple[int, int]:
        """A stamp of the person's whole log, (sets, highest set id): it moves on with every
        write of their sets (an added set has a new, higher id), so what is read from the log
        after it holds while it stands. One stored row once their summaries are built (the
        history figures build them), else a count of the log."""
        with self._uow() as uow:
            return uow.training.revision(user.id)

    def known_log_revision(self, user: User) -> tuple[int, int] | None:
        """:meth:`log_revision` from one stored row, or None where it would need building."""
        if self._stamps is not None:
            return self._stamps(user.id)
        with self._uow() as uow:
            return uow.training.known_revision(user.id)

    def history_page(self, user: User, where: SetFilter) -> tuple[list[LoggedSet], bool]:
        """One page of the person's sets (``where.limit`` from ``where.offset``) and whether more
        follow: one more row is read to tell, and nothing is counted (a count would read the
        person's whole history)."""
        limit = 50 if where.limit is None else where.limit
        with self._uow() as uow:
            found = uow.training.sets(user.id, replace(where, limit=limit + 1))
        return found[:limit], len(found) > limit


def _repeat(uow: UnitOfWork, user: User, request: SetRequest) -> LoggedSet | None:
    stored = uow.training.get_set(user.id, request.id)
    if stored is None:
        return None
    performed = request.performed
    if not request.time_given:
        performed = replace(performed, performed_at=stored.performed.performed_at)
    asked = LoggedSet(request.id, stored.session_id, 0, performed, request.notes)
    if not stored.same_content(asked):
        raise SetConflict(request.id)
    return stored


def entry_set_ids(entry_id: str, count: int) -> list[str]:
    """The ids of a quick entry's sets: the entry's own id for the first, then ids derived from
    it (UUID 5), so the same entry sent again names the same sets."""
    space = uuid.UUID(entry_id)
    return [entry_id, *(str(uuid.uuid5(space, f"set-{i}")) for i in range(1, count))]


def _entry_repeat(
    uow: UnitOfWork,
    user: User,
    entry_id: str,
    entry: QuickEntry,
    exercise_id: str,
    at: datetime | None,
) -> tuple[LoggedSet, ...] | None:
    """The sets stored for a quick entry sent before under the same id, or None (first time).
    Without a time given the stored time counts ("now" is later on the retry)."""
    first = uow.training.get_set(user.id, entry_id)
    if first is None:
        return None
    asked = entry.performed_sets(at or first.performed.performed_at, exercise_id)
    ids = entry_set_ids(entry_id, len(asked))
    stored = [uow.training.get_set(user.id, i) for i in ids]
    same = all(
        s is not None and s.same_content(LoggedSet(s.id, s.session_id, 0, p))
        for s, p in zip(stored, asked, strict=True)
    )
    if not same:
        raise SetConflict(entry_id)
    return tuple(s for s in stored if s is not None)


def _session_for(
    uow: UnitOfWork, user: User, session_id: str | None, when: datetime
) -> TrainingSession:
    if session_id is not None:
        session = uow.training.get_session(user.id, session_id)
        if session is None:
            raise TrainingValueError("session_id", session_id, "is not one of your sessions")
        return session
    return uow.training.session_for_day(user.id, TrainingSession(id=new_id(), started_at=when))


def _stretch(uow: UnitOfWork, user: User, session: TrainingSession, when: datetime) -> None:
    """Keep the session's span around its sets: an earlier set moves the start, a later the end."""
    if when < session.started_at:
        uow.training.update_session(user.id, replace(session, started_at=when))
    elif when > session.started_at and (session.ended_at is None or when > session.ended_at):
        uow.training.update_session(user.id, replace(session, ended_at=when))
