"""In-memory training log (and custom exercises) for service tests."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import count
from typing import Any

from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.pending import PendingImport
from backstrong.domain.training.records import ExerciseRecords, Position
from backstrong.domain.training.sessions import LoggedSet, TrainingSession
from backstrong.domain.training.summaries import (
    ExerciseFigures,
    NumberedSet,
    WeekTotal,
    exercise_figures,
    week_totals,
)
from backstrong.domain.units import MassUnit
from backstrong.services.ports.exercises import CustomExerciseRepository
from backstrong.services.ports.training import (
    PendingImportRepository,
    SetFilter,
    SetIdTaken,
    TrainingRepository,
)


class FakeTraining(TrainingRepository):
    def __init__(self) -> None:
        self._rows = count(1)
        self.sessions_by_id: dict[tuple[int, str], TrainingSession] = {}
        self.sets_by_id: dict[tuple[int, str], tuple[int, LoggedSet]] = {}  # (row number, set)

    def add_session(self, user_id: int, session: TrainingSession) -> None:
        self.sessions_by_id[(user_id, session.id)] = session

    def add_sessions(self, user_id: int, sessions: Sequence[TrainingSession]) -> None:
        for session in sessions:
            self.add_session(user_id, session)

    def get_session(self, user_id: int, session_id: str) -> TrainingSession | None:
        return self.sessions_by_id.get((user_id, session_id))

    def latest_session_on(self, user_id: int, day: date) -> TrainingSession | None:
        found = [s for (u, _), s in self.sessions_by_id.items() if u == user_id and s.day == day]
        return max(found, key=lambda s: s.started_at, default=None)

    def session_for_day(self, user_id: int, new: TrainingSession) -> TrainingSession:
        found = self.latest_session_on(user_id, new.day)
        if found is None:
            self.add_session(user_id, new)
            found = new
        return found

    def update_session(self, user_id: int, session: TrainingSession) -> None:
        if (user_id, session.id) in self.sessions_by_id:
            self.sessions_by_id[(user_id, session.id)] = session

    def delete_session(self, user_id: int, session_id: str) -> bool:
        if self.sessions_by_id.pop((user_id, session_id), None) is None:
            return False
        for key, (_, logged) in list(self.sets_by_id.items()):
            if key[0] == user_id and logged.session_id == session_id:
                del self.sets_by_id[key]
        return True

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
        found = [
            s
            for (u, _), s in self.sessions_by_id.items()
            if u == user_id
            and (first is None or s.day >= first)
            and (last is None or s.day <= last)
        ]
        found.sort(key=lambda s: (s.day, s.started_at), reverse=newest_first)  # as the port says
        found = found[offset:]
        return found if limit is None else found[:limit]

    def count_sessions(
        self, user_id: int, *, first: date | None = None, last: date | None = None
    ) -> int:
        return len(self.sessions(user_id, first=first, last=last))

    def set_counts(self, user_id: int, session_ids: Iterable[str]) -> dict[str, int]:
        wanted = set(session_ids)
        counts: dict[str, int] = {}
        for (u, _), (_, logged) in self.sets_by_id.items():
            if u == user_id and logged.session_id in wanted:
                counts[logged.session_id] = counts.get(logged.session_id, 0) + 1
        return counts

    def add_sets(self, user_id: int, sets: Sequence[LoggedSet]) -> None:
        for logged in sets:
            if (user_id, logged.id) in self.sets_by_id:
                raise SetIdTaken(logged.id)
        for logged in sets:
            self.sets_by_id[(user_id, logged.id)] = (next(self._rows), logged)

    def get_set(self, user_id: int, set_id: str) -> LoggedSet | None:
        found = self.sets_by_id.get((user_id, set_id))
        return None if found is None else found[1]

    def delete_set(self, user_id: int, set_id: str) -> bool:
        return self.sets_by_id.pop((user_id, set_id), None) is not None

    def _mine(self, user_id: int) -> tuple[list[LoggedSet], dict[str, TrainingSession]]:
        rows = [(row, s) for (u, _), (row, s) in self.sets_by_id.items() if u == user_id]
        sessions = {sid: s for (u, sid), s in self.sessions_by_id.items() if u == user_id}
        rows.sort(key=lambda r: (sessions[r[1].session_id].started_at, r[1].position, r[0]))
        return [s for _, s in rows], sessions

    def sets(self, user_id: int, where: SetFilter = SetFilter()) -> list[LoggedSet]:
        mine, sessions = self._mine(user_id)
        found = [
            s
            for s in mine
            if (where.exercise_id is None or s.performed.exercise_id == where.exercise_id)
            and (where.session_id is None or s.session_id == where.session_id)
            and (where.first is None or sessions[s.session_id].day >= where.first)
            and (where.last is None or sessions[s.session_id].day <= where.last)
        ]
        if where.newest_first:
            found.reverse()  # then by time, the latest logged first among equal times
            found.sort(key=lambda s: s.performed.performed_at, reverse=True)
        found = found[where.offset :]
        return found[: where.limit] if where.limit is not None else found

    def next_position(self, user_id: int, session_id: str) -> int:
        positions = [
            s.position
            for (u, _), (_, s) in self.sets_by_id.items()
            if u == user_id and s.session_id == session_id
        ]
        return max(positions, default=0) + 1

    def performed(
        self, user_id: int, exercise_id: str | None = None, *, since: datetime | None = None
    ) -> list[PerformedSet]:
        mine, _ = self._mine(user_id)
        found = [s.performed for s in mine if since is None or s.performed.performed_at >= since]
        found.sort(key=lambda p: p.performed_at)
        return [p for p in found if exercise_id is None or p.exercise_id == exercise_id]

    def _numbered(self, user_id: int) -> list[NumberedSet]:
        found = [(row, s.performed) for (u, _), (row, s) in self.sets_by_id.items() if u == user_id]
        return sorted(found, key=lambda item: (item[1].performed_at, item[0]))

    def revision(self, user_id: int) -> tuple[int, int]:
        rows = [row for (u, _), (row, _) in self.sets_by_id.items() if u == user_id]
        return len(rows), max(rows, default=0)

    def known_revision(self, user_id: int) -> tuple[int, int] | None:
        return self.revision(user_id)

    def week_totals(self, user_id: int, since: date | None = None) -> list[WeekTotal]:
        found = week_totals(self._numbered(user_id))
        return [t for t in found if since is None or t.monday >= since]

    def first_trained(self, user_id: int) -> dict[str, Position]:
        firsts: dict[str, Position] = {}
        for total in week_totals(self._numbered(user_id)):
            held = firsts.get(total.exercise_id)
            firsts[total.exercise_id] = total.first if held is None else min(held, total.first)
        return firsts

    def _figures(
        self, user_id: int, exercise_ids: Collection[str], unit: MassUnit, formula: Formula
    ) -> dict[str, ExerciseFigures]:
        sets = [s for _, s in self._numbered(user_id) if s.exercise_id in exercise_ids]
        return exercise_figures(sets, unit=unit, formula=formula)

    def exercise_records(
        self, user_id: int, exercise_ids: Collection[str], unit: MassUnit, formula: Formula
    ) -> dict[str, ExerciseRecords]:
        found = self._figures(user_id, exercise_ids, unit, formula)
        return {key: figures.records for key, figures in found.items()}

    def exercise_trends(
        self, user_id: int, exercise_ids: Collection[str], unit: MassUnit, formula: Formula
    ) -> dict[str, tuple[TrendPoint, ...]]:
        found = self._figures(user_id, exercise_ids, unit, formula)
        return {key: figures.trend for key, figures in found.items()}

    def import_keys(self, user_id: int) -> set[str]:
        return {
            s.import_key
            for (u, _), (_, s) in self.sets_by_id.items()
            if u == user_id and s.import_key is not None
        }

    def is_empty(self, user_id: int) -> bool:
        return not any(u == user_id for u, _ in self.sessions_by_id)


@dataclass
class FakeCustomExercises(CustomExerciseRepository):
    """Rows of (owner, exercise id, source, the exercise as a mapping)."""

    rows: list[tuple[int, str, str, dict[str, Any]]] = field(default_factory=list)

    def list_for(self, user_id: int) -> list[Mapping[str, Any]]:
        return [data for u, _, _, data in self.rows if u == user_id]

    def ids_for(self, user_id: int) -> set[str]:
        return {exercise_id for u, exercise_id, _, _ in self.rows if u == user_id}

    def add(self, user_id: int, exercise_id: str, source: str, data: Mapping[str, Any]) -> None:
        self.rows.append((user_id, exercise_id, source, dict(data)))

    def revision(self, user_id: int) -> tuple[int, int]:
        mine = [r for r in self.rows if r[0] == user_id]
        return len(mine), len(self.rows)


class FakePendingImports(PendingImportRepository):
    def __init__(self) -> None:
        self.rows: dict[tuple[int, str], PendingImport] = {}

    def add(self, user_id: int, pending: PendingImport) -> None:
        self.rows[(user_id, pending.id)] = pending

    def get(self, user_id: int, pending_id: str) -> PendingImport | None:
        return self.rows.get((user_id, pending_id))

    def delete(self, user_id: int, pending_id: str) -> None:
        self.rows.pop((user_id, pending_id), None)

    def delete_older_than(self, cutoff: datetime) -> int:
        old = [key for key, p in self.rows.items() if p.created_at < cutoff]
        for key in old:
            del self.rows[key]
        return len(old)
