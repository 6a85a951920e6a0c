"""Logging sets: one at a time with the client's id (a repeat is a no-op), or a quick entry.

A set without a session goes into the session of its day (the latest one that day), which is
created when there is none. Every check happens before anything is written; one transaction per
call, so a set is either stored with its session or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary, UnknownExercise
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.quick_entry import QuickEntry
from backstrong.domain.training.sessions import (
    LoggedSet,
    TrainingSession,
    check_id,
    check_notes,
    check_when,
    new_id,
)
from backstrong.domain.training.validation import TrainingValueError, check_performed_set
from backstrong.services.errors import Conflict, NotFound
from backstrong.services.ports.training import SetFilter, SetIdTaken
from backstrong.services.unit_of_work import UnitOfWork


class SetConflict(Conflict):
    """The id is already used by a different set: the client must send a new id."""

    def __init__(self, set_id: str) -> None:
        super().__init__(
            f"id '{set_id}': a different set is already stored under this id; "
            "send a new id for a new set",
            field="id",
        )


@dataclass(frozen=True, slots=True)
class SetRequest:
    """A set as a client sends it: the id is the client's (a UUID), the rest as performed."""

    id: str
    performed: PerformedSet
    session_id: str | None = None
    notes: str = ""
    time_given: bool = True  # False: performed_at is "now", so a retry may differ in time only


def _now() -> datetime:
    return datetime.now(UTC)


def check_exercise(library: ExerciseLibrary, exercise_id: str) -> str:
    try:
        library.get(exercise_id)
    except UnknownExercise as exc:
        raise TrainingValueError("exercise_id", exercise_id, _unknown_message(exc)) from None
    return exercise_id


def _unknown_message(exc: UnknownExercise) -> str:
    text = str(exc)
    hint = text[text.find("did you mean") :] if "did you mean" in text else ""
    return "is not in your exercise library" + (f"; {hint}" if hint else "")


def check_request(request: SetRequest, library: ExerciseLibrary, now: datetime) -> SetRequest:
    set_id = check_id(request.id)
    if request.session_id is not None:
        check_id(request.session_id, "session_id")
    check_exercise(library, request.performed.exercise_id)
    check_when(request.performed.performed_at, now)
    check_performed_set(request.performed)
    check_notes(request.notes)
    return replace(request, id=set_id)


def record_set(
    uow: UnitOfWork,
    user: User,
    library: ExerciseLibrary,
    request: SetRequest,
    *,
    now: datetime | None = None,
) -> tuple[LoggedSet, bool]:
    """Store one set; (the stored set, True) the first time, (it, False) for a repeat.

    Raises :class:`TrainingValueError` for bad values, :class:`SetConflict` when the id holds a
    different set, :class:`NotFound` for an unknown session.
    """
    request = check_request(request, library, now or _now())
    try:
        with uow:
            repeat = _repeat(uow, user, request)
            if repeat is not None:
                return repeat, False
            session = _session_for(uow, user, request.session_id, request.performed.performed_at)
            logged = LoggedSet(
                request.id,
                session.id,
                uow.training.next_position(user.id, session.id),
                request.performed,
                request.notes,
            )
            uow.training.add_sets(user.id, [logged])
            _stretch(uow, user, session, request.performed.performed_at)
            uow.commit()
            return logged, True
    except SetIdTaken:  # the same id arrived twice at once: the other request stored it
        with uow:
            repeat = _repeat(uow, user, request)
        if repeat is None:
            raise
        return repeat, False


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


def _session_for(
    uow: UnitOfWork, user: User, session_id: str | None, when: datetime
) -> TrainingSession:
    if session_id is not None:
        session = uow.training.get_session(user.id, session_id)
        if session is None:
            raise NotFound("session", session_id)
        return session
    session = uow.training.latest_session_on(user.id, when.date())
    if session is None:
        session = TrainingSession(id=new_id(), started_at=when)
        uow.training.add_session(user.id, session)
    return session


def _stretch(uow: UnitOfWork, user: User, session: TrainingSession, when: datetime) -> None:
    """Keep the session's span around its sets: an earlier set moves the start, a later the end."""
    if when < session.started_at:
        uow.training.update_session(user.id, replace(session, started_at=when))
    elif when > session.started_at and (session.ended_at is None or when > session.ended_at):
        uow.training.update_session(user.id, replace(session, ended_at=when))


def log_entry(
    uow: UnitOfWork,
    user: User,
    library: ExerciseLibrary,
    entry: QuickEntry,
    exercise_id: str,
    when: datetime,
    *,
    now: datetime | None = None,
) -> tuple[LoggedSet, ...]:
    """A parsed quick entry's sets, into the day's session, in one transaction."""
    check_exercise(library, exercise_id)
    check_when(when, now or _now(), "date")
    performed = [check_performed_set(s) for s in entry.performed_sets(when, exercise_id)]
    with uow:
        session = _session_for(uow, user, None, when)
        first = uow.training.next_position(user.id, session.id)
        logged = tuple(
            LoggedSet(new_id(), session.id, first + i, s) for i, s in enumerate(performed)
        )
        uow.training.add_sets(user.id, logged)
        _stretch(uow, user, session, when)
        uow.commit()
    return logged


def get_set(uow: UnitOfWork, user: User, set_id: str) -> LoggedSet:
    with uow:
        found = uow.training.get_set(user.id, set_id)
    if found is None:
        raise NotFound("set", set_id)
    return found


def delete_set(uow: UnitOfWork, user: User, set_id: str) -> None:
    with uow:
        if not uow.training.delete_set(user.id, set_id):
            raise NotFound("set", set_id)
        uow.commit()


def history(uow: UnitOfWork, user: User, where: SetFilter = SetFilter()) -> list[LoggedSet]:
    """The person's sets, filtered; oldest first unless asked otherwise."""
    with uow:
        return uow.training.sets(user.id, where)
