"""The training log as stored: sessions holding sets, each with an id the client chose.

A set's ``performed_at`` keeps the UTC offset it was logged in, so its calendar day is the day the
person trained, wherever the server runs. A session is one visit to the gym (or the living-room
floor); a quick entry goes into the session of its day, created when there is none.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from backstrong.domain.errors import FieldError
from backstrong.domain.logged_dates import check_logged_time
from backstrong.domain.training.model import PainCheck, PerformedSet
from backstrong.domain.training.validation import TrainingValueError, check_pain

MAX_FUTURE = timedelta(days=1)  # a set dated more than a day ahead is a typo (convention)
MAX_NOTES_LENGTH = 2000  # characters: a paragraph or two
MAX_PROGRAM_SESSION_LENGTH = 120  # "week-3/session-2" and the like


def new_id() -> str:
    """A fresh random id in the form clients send (UUID 4, lower-case hex with dashes)."""
    return str(uuid.uuid4())


def check_id(value: str, field: str = "id") -> str:
    """The id in canonical form; raises when it is not a UUID."""
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        raise TrainingValueError(
            field, value, "must be a UUID like 3f2b6c1e-8a4d-4e8a-9c61-2d1f0b7a5e43"
        ) from None


def check_when(when: datetime, now: datetime, field: str = "performed_at") -> datetime:
    """A time with its UTC offset, at most a day after ``now``."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise TrainingValueError(field, when.isoformat(), "needs a UTC offset, like +01:00 or Z")
    if when - now > MAX_FUTURE:
        raise TrainingValueError(
            field, when.isoformat(timespec="minutes"), "must not be more than a day in the future"
        )
    try:
        return check_logged_time(field, when, now.date())
    except FieldError as exc:  # before 1900: the training error, as every other refused value
        raise TrainingValueError(exc.field, exc.value, exc.accepted) from None


def check_notes(notes: str, field: str = "notes") -> str:
    if len(notes) > MAX_NOTES_LENGTH:
        shown = notes[:20] + "…"
        raise TrainingValueError(field, shown, f"must be at most {MAX_NOTES_LENGTH} characters")
    return notes


def check_program_session(key: str | None) -> str | None:
    if key is not None and not 1 <= len(key) <= MAX_PROGRAM_SESSION_LENGTH:
        raise TrainingValueError(
            "program_session", key, f"must be 1 to {MAX_PROGRAM_SESSION_LENGTH} characters"
        )
    return key


@dataclass(frozen=True, slots=True)
class TrainingSession:
    """One session. ``started_at`` carries the local UTC offset; its date is the training day."""

    id: str
    started_at: datetime
    ended_at: datetime | None = None
    title: str = ""
    program_session: str | None = None  # a program's session key, e.g. "week-3/session-2"
    notes: str = ""
    pain_before: int | None = None
    pain_after: int | None = None
    pain_next_morning: int | None = None

    @property
    def day(self) -> date:
        return self.started_at.date()

    @property
    def pain_check(self) -> PainCheck:
        return PainCheck(self.started_at, self.pain_before, self.pain_after, self.pain_next_morning)


def check_session(session: TrainingSession, now: datetime) -> TrainingSession:
    """Every value of a session in range; the session back when all are."""
    check_id(session.id)
    check_when(session.started_at, now, "started_at")
    if session.ended_at is not None:
        check_when(session.ended_at, now, "ended_at")
        if session.ended_at < session.started_at:
            raise TrainingValueError(
                "ended_at", session.ended_at.isoformat(), "must not be before started_at"
            )
    for name in ("pain_before", "pain_after", "pain_next_morning"):
        value = getattr(session, name)
        if value is not None:
            check_pain(value, name)
    check_notes(session.notes)
    check_notes(session.title, "title")
    check_program_session(session.program_session)
    return session


@dataclass(frozen=True, slots=True)
class LoggedSet:
    """A set in the log: the performed values, where it sits, and the client's id for it."""

    id: str
    session_id: str
    position: int  # order within the session, from 1
    performed: PerformedSet
    notes: str = ""
    import_key: str | None = field(default=None, compare=False)  # dedup key of an imported set

    def same_content(self, other: LoggedSet) -> bool:
        """True when ``other`` records the same set (a repeat of the same request)."""
        return self.performed == other.performed and self.notes == other.notes
