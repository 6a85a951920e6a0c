"""What the training-log use cases need from storage. Every method takes the owner's id and
never sees another person's rows."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.pending import PendingImport
from backstrong.domain.training.records import ExerciseRecords, Position
from backstrong.domain.training.sessions import LoggedSet, TrainingSession
from backstrong.domain.training.summaries import WeekTotal
from backstrong.domain.units import MassUnit


class SetIdTaken(Exception):
    """A set with this id is already stored for the person (raised before anything is kept)."""

    def __init__(self, set_id: str) -> None:
        super().__init__(set_id)
        self.set_id = set_id


class ConcurrentWrite(Exception):
    """Another transaction stored a clashing row first (a position in a session, an imported
    set); nothing of this one is kept, and running the use case again resolves it."""


@dataclass(frozen=True, slots=True)
class SetFilter:
    """Which sets to list; every field left as None does not filter."""

    exercise_id: str | None = None
    session_id: str | None = None
    first: date | None = None  # by the session's day
    last: date | None = None
    limit: int | None = None
    newest_first: bool = False  # by the time performed (then by id), not by session
    offset: int = 0


@dataclass(frozen=True, slots=True)
class SessionWindow:
    """A page of sessions by day (None: unbounded), newest first."""

    first: date | None = None
    last: date | None = None
    limit: int = 50
    offset: int = 0


class LogStamps(Protocol):
    def __call__(self, user_id: int) -> tuple[int, int] | None:
        """:meth:`TrainingRepository.known_revision` on its own, cheaper than a unit of work."""
        ...


class TrainingRepository(Protocol):
    def add_session(self, user_id: int, session: TrainingSession) -> None: ...

    def add_sessions(self, user_id: int, sessions: Sequence[TrainingSession]) -> None: ...

    def get_session(self, user_id: int, session_id: str) -> TrainingSession | None: ...

    def latest_session_on(self, user_id: int, day: date) -> TrainingSession | None: ...

    def session_for_day(self, user_id: int, new: TrainingSession) -> TrainingSession:
        """The latest session of ``new.day``, or ``new`` stored as that day's session when there
        is none; callers racing for the same day all get one and the same session."""
        ...

    def update_session(self, user_id: int, session: TrainingSession) -> None: ...

    def delete_session(self, user_id: int, session_id: str) -> bool: ...

    def sessions(
        self,
        user_id: int,
        *,
        first: date | None = None,
        last: date | None = None,
        newest_first: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[TrainingSession]:
        """Oldest first unless ``newest_first`` (by day, then start)."""
        ...

    def count_sessions(
        self, user_id: int, *, first: date | None = None, last: date | None = None
    ) -> int: ...

    def set_counts(self, user_id: int, session_ids: Iterable[str]) -> dict[str, int]: ...

    def add_sets(self, user_id: int, sets: Sequence[LoggedSet]) -> None:
        """Store sets of sessions already added; raises :class:`SetIdTaken` on a repeated id and
        :class:`ConcurrentWrite` when another write took a position (the transaction is over)."""
        ...

    def get_set(self, user_id: int, set_id: str) -> LoggedSet | None: ...

    def delete_set(self, user_id: int, set_id: str) -> bool: ...

    def sets(self, user_id: int, where: SetFilter = SetFilter()) -> list[LoggedSet]:
        """In session order (oldest first) unless ``newest_first``."""
        ...

    def next_position(self, user_id: int, session_id: str) -> int:
        """The position after the session's last set; the session stays locked against other
        writers until the transaction ends, so the position is still free when the set goes in."""
        ...

    def performed(
        self, user_id: int, exercise_id: str | None = None, *, since: datetime | None = None
    ) -> list[PerformedSet]:
        """Every set (from ``since`` on) as the analytics read it, fast (no ids, no notes)."""
        ...

    def revision(self, user_id: int) -> tuple[int, int]:
        """(count, highest row id) of the person's sets: changes whenever the log changes (one
        row of the stored summaries' state when they are built, else counted)."""
        ...

    def known_revision(self, user_id: int) -> tuple[int, int] | None:
        """:meth:`revision` when the stored summaries are built (one row), else None."""
        ...

    def week_totals(self, user_id: int, since: date | None = None) -> list[WeekTotal]:
        """Every exercise-week with working sets (from the week of ``since`` on), kept in step
        with every write of sets (built from the whole log the first time)."""
        ...

    def first_trained(self, user_id: int) -> dict[str, Position]:
        """Where each exercise's first working set stands in the log (as :meth:`week_totals`)."""
        ...

    def exercise_records(
        self, user_id: int, exercise_ids: Collection[str], unit: MassUnit, formula: Formula
    ) -> dict[str, ExerciseRecords]:
        """Records of each of ``exercise_ids`` (ids from :meth:`week_totals`), in ``unit`` and
        by ``formula``: stored ones as they are, the others worked out and stored."""
        ...

    def exercise_trends(
        self, user_id: int, exercise_ids: Collection[str], unit: MassUnit, formula: Formula
    ) -> dict[str, tuple[TrendPoint, ...]]:
        """Best e1RM per day of each of ``exercise_ids``, as :meth:`exercise_records`."""
        ...

    def import_keys(self, user_id: int) -> set[str]: ...

    def is_empty(self, user_id: int) -> bool: ...


class PendingImportRepository(Protocol):
    """Uploaded imports waiting for review; each person sees only their own."""

    def add(self, user_id: int, pending: PendingImport) -> None: ...

    def get(self, user_id: int, pending_id: str) -> PendingImport | None: ...

    def delete(self, user_id: int, pending_id: str) -> None: ...

    def delete_older_than(self, cutoff: datetime) -> int: ...
