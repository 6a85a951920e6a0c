"""The training log in SQL, always filtered by its owner. Sets go in with Core inserts (an import
of 50,000 sets is one executemany); analytics read plain column tuples, not ORM objects."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, String, delete, func, insert, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from backstrong.adapters.db.training.rows import (
    FastSets,
    session_from_row,
    session_values,
    set_from_row,
    set_values,
)
from backstrong.adapters.db.training.set_reads import logged_sets, sets_query
from backstrong.adapters.db.training.statements import (
    LAST_POSITION,
    LATEST_SESSION_ON,
    LOCK_SESSION,
    ONE_SET,
    SESSIONS,
    SET_ROW_ID,
    SETS,
    UPDATE_SESSION,
)
from backstrong.adapters.db.training.summaries import (
    RECORDS,
    TRENDS,
    SqlSummaries,
    WeekKey,
    insert_or_skip,
)
from backstrong.adapters.db.training.tables import TrainingSessionRow, TrainingSetRow
from backstrong.domain.training.model import PerformedSet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.records import ExerciseRecords, Position
from backstrong.domain.training.sessions import LoggedSet, TrainingSession
from backstrong.domain.training.summaries import WeekTotal, week_of
from backstrong.domain.units import MassUnit
from backstrong.services.ports.training import ConcurrentWrite, SetFilter, SetIdTaken

S, T = TrainingSessionRow, TrainingSetRow
_IDS_PER_QUERY = 500  # well under SQLite's limit on bound parameters
_SETS_PER_INSERT = 5_000  # an import's rows go in in slices, so their dicts never pile up


class SqlTrainingRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._pks: dict[tuple[int, str], int] = {}
        self._locked: set[int] = set()  # sessions this transaction has written to (locked)
        self._summaries = SqlSummaries(session, self.performed_numbered)

    @property
    def _sqlite(self) -> bool:
        return self._s.get_bind().dialect.name == "sqlite"

    # -- sessions -------------------------------------------------------------------------------

    def add_session(self, user_id: int, session: TrainingSession) -> None:
        row = S(user_id=user_id, **session_values(session))
        self._s.add(row)
        self._s.flush()
        self._pks[(user_id, session.id)] = row.id

    def add_sessions(self, user_id: int, sessions: Sequence[TrainingSession]) -> None:
        """Many sessions in one statement (an import), their keys kept for the sets that follow."""
        if not sessions:
            return
        rows = [{"user_id": user_id, **session_values(session)} for session in sessions]
        stmt = insert(SESSIONS).returning(SESSIONS.c.id, SESSIONS.c.uuid)
        for pk, uuid in self._s.connection().execute(stmt, rows):
            self._pks[(user_id, uuid)] = pk

    def _session_row(self, user_id: int, session_id: str) -> TrainingSessionRow | None:
        stmt = select(S).where(S.user_id == user_id, S.uuid == session_id)
        return self._s.scalars(stmt).first()

    def _known(self, user_id: int, row: Any) -> TrainingSession | None:
        """The session of a row, remembering its key for the sets that follow."""
        if row is None:
            return None
        self._pks[(user_id, row.uuid)] = row.id
        return session_from_row(row)

    def get_session(self, user_id: int, session_id: str) -> TrainingSession | None:
        return self._known(user_id, self._session_row(user_id, session_id))

    def latest_session_on(self, user_id: int, day: date) -> TrainingSession | None:
        found = self._s.connection().execute(LATEST_SESSION_ON, {"user_id": user_id, "day": day})
        return self._known(user_id, found.first())

    def session_for_day(self, user_id: int, new: TrainingSession) -> TrainingSession:
        found = self.latest_session_on(user_id, new.day)
        if found is not None:
            return found
        values = {"user_id": user_id, "day_key": new.day, **session_values(new)}
        claim = insert_or_skip(self._s, S).values(**values)  # a racing request's wins, if any
        self._s.execute(claim.on_conflict_do_nothing(index_elements=["user_id", "day_key"]))
        stored = self.latest_session_on(user_id, new.day)
        if stored is None:  # cannot happen: one of the two inserts stood
            raise LookupError(f"no session on {new.day} after making one")
        return stored

    def update_session(self, user_id: int, session: TrainingSession) -> None:
        values = session_values(session)
        values.pop("uuid")
        where = {"b_user_id": user_id, "b_uuid": session.id}
        self._s.connection().execute(UPDATE_SESSION, where | values)
        pk = self._pks.get((user_id, session.id))
        if pk is not None:
            self._locked.add(pk)

    def delete_session(self, user_id: int, session_id: str) -> bool:
        pk = self._session_pk(user_id, session_id)
        if pk is None:
            return False
        weeks = self._weeks_of(T.user_id == user_id, T.session_id == pk)
        removed = self._s.execute(delete(T).where(T.user_id == user_id, T.session_id == pk))
        self._s.execute(delete(S).where(S.user_id == user_id, S.id == pk))
        self._pks.pop((user_id, session_id), None)
        self._locked.discard(pk)
        self._summaries.changed(user_id, weeks, -int(getattr(removed, "rowcount", 0)))
        return True

    def _weeks_of(self, *where: Any) -> set[WeekKey]:
        """The (exercise, Monday) weeks of the sets ``where`` picks, before they go."""
        stmt = self._analytics_select().where(*where)
        return {week_of(s) for s in FastSets().build(self._analytics_rows(stmt))}

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
        stmt = self._sessions_between(select(S), user_id, first, last)
        if newest_first:  # straight down (user_id, day, started_at, id)
            stmt = stmt.order_by(S.day.desc(), S.started_at.desc(), S.id.desc())
        else:
            stmt = stmt.order_by(S.started_at, S.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        if offset:
            stmt = stmt.offset(offset)
        return [session_from_row(row) for row in self._s.scalars(stmt)]

    def count_sessions(
        self, user_id: int, *, first: date | None = None, last: date | None = None
    ) -> int:
        stmt = self._sessions_between(select(func.count(S.id)), user_id, first, last)
        return int(self._s.scalar(stmt) or 0)

    @staticmethod
    def _sessions_between(
        stmt: Select[*tuple[Any, ...]], user_id: int, first: date | None, last: date | None
    ) -> Select[*tuple[Any, ...]]:
        stmt = stmt.where(S.user_id == user_id)
        if first is not None:
            stmt = stmt.where(S.day >= first)
        if last is not None:
            stmt = stmt.where(S.day <= last)
        return stmt

    def set_counts(self, user_id: int, session_ids: Iterable[str]) -> dict[str, int]:
        ids = list(session_ids)
        if not ids:
            return {}
        stmt = (
            select(S.uuid, func.count(T.id))
            .join(T, T.session_id == S.id)
            .where(S.user_id == user_id, S.uuid.in_(ids))
            .group_by(S.uuid)
        )
        return {uuid: int(count) for uuid, count in self._s.execute(stmt)}

    def _session_pk(self, user_id: int, session_id: str) -> int | None:
        key = (user_id, session_id)
        if key not in self._pks:
            stmt = select(S.id).where(S.user_id == user_id, S.uuid == session_id)
            pk = self._s.scalar(stmt)
            if pk is None:
                return None
            self._pks[key] = pk
        return self._pks[key]

    # -- sets -----------------------------------------------------------------------------------

    def add_sets(self, user_id: int, sets: Sequence[LoggedSet]) -> None:
        if not sets:
            return
        try:
            for first in range(0, len(sets), _SETS_PER_INSERT):
                chunk = sets[first : first + _SETS_PER_INSERT]
                # Core, not the ORM's bulk path: one executemany whatever the values (an import)
                self._s.connection().execute(insert(SETS), [self._row(user_id, s) for s in chunk])
        except IntegrityError as exc:
            taken = self._taken(user_id, [logged.id for logged in sets])
            if taken is None:  # a position or an imported set another write stored first
                raise ConcurrentWrite(str(exc.orig)) from exc
            raise SetIdTaken(taken) from exc
        weeks = {week_of(logged.performed) for logged in sets}
        last = {"user_id": user_id, "uuid": sets[-1].id}  # the set stored last

        def highest() -> int:
            return int(self._s.connection().execute(SET_ROW_ID, last).scalar() or 0)

        self._summaries.changed(user_id, weeks, len(sets), highest)

    def _row(self, user_id: int, logged: LoggedSet) -> dict[str, Any]:
        pk = self._session_pk(user_id, logged.session_id)
        if pk is None:
            raise LookupError(f"session '{logged.session_id}' is not stored")
        return set_values(user_id, pk, logged)

    def _taken(self, user_id: int, ids: list[str]) -> str | None:
        self._s.rollback()
        self._pks.clear()
        self._locked.clear()
        stmt = select(T.uuid).where(T.user_id == user_id, T.uuid.in_(ids[:500])).limit(1)
        return self._s.scalar(stmt)

    def get_set(self, user_id: int, set_id: str) -> LoggedSet | None:
        found = self._s.connection().execute(ONE_SET, {"user_id": user_id, "uuid": set_id})
        row = found.first()
        return None if row is None else set_from_row(row)

    def delete_set(self, user_id: int, set_id: str) -> bool:
        weeks = self._weeks_of(T.user_id == user_id, T.uuid == set_id)
        result = self._s.execute(delete(T).where(T.user_id == user_id, T.uuid == set_id))
        removed = int(getattr(result, "rowcount", 0))
        if removed:
            self._summaries.changed(user_id, weeks, -removed)
        return bool(removed)

    def sets(self, user_id: int, where: SetFilter = SetFilter()) -> list[LoggedSet]:
        stmt, values = sets_query(user_id, where, sqlite=self._sqlite)
        return logged_sets(self._s.connection().execute(stmt, values).all())

    def next_position(self, user_id: int, session_id: str) -> int:
        pk = self._session_pk(user_id, session_id)
        if pk is None:
            return 1
        # A write to the session's row locks it until commit (the row on PostgreSQL, the database
        # on SQLite): another writer into this session waits here, then reads the new last one.
        # A session this transaction already wrote to (its span stretched) is locked already.
        bound = {"user_id": user_id, "pk": pk}
        conn = self._s.connection()
        if pk not in self._locked:
            conn.execute(LOCK_SESSION, {"b_user_id": user_id, "b_pk": pk})
            self._locked.add(pk)
        return int(conn.execute(LAST_POSITION, bound).scalar() or 0) + 1

    def _analytics_select(self) -> Select[*tuple[Any, ...]]:
        """The columns :class:`FastSets` reads, then the row id; times as stored on SQLite."""
        raw_time = type_coerce(T.performed_at, String) if self._sqlite else T.performed_at
        return select(
            T.exercise_id,
            raw_time,
            T.utc_offset_minutes,
            T.reps,
            T.load_value,
            T.load_unit,
            T.added_load_value,
            T.added_load_unit,
            T.hold_seconds,
            T.side,
            T.rpe,
            T.rir,
            T.warmup,
            T.pain,
            T.id,
        ).order_by(T.performed_at, T.id)

    def _analytics_rows(self, stmt: Select[*tuple[Any, ...]]) -> list[Any]:
        """Plain DB-API tuples (Core, no ORM, no Row objects): the fast path for 100,000 sets."""
        result = self._s.connection().execute(stmt)
        try:
            return list(result.cursor.fetchall())
        finally:
            result.close()

    def performed(
        self, user_id: int, exercise_id: str | None = None, *, since: datetime | None = None
    ) -> list[PerformedSet]:
        stmt = self._analytics_select().where(T.user_id == user_id)
        if exercise_id is not None:
            stmt = stmt.where(T.exercise_id == exercise_id)
        if since is not None:
            stmt = stmt.where(T.performed_at >= since)
        return FastSets().build(self._analytics_rows(stmt))

    def performed_numbered(
        self,
        user_id: int,
        *,
        exercise_id: str | None = None,
        window: tuple[datetime, datetime] | None = None,
    ) -> list[tuple[int, PerformedSet]]:
        stmt = self._analytics_select().where(T.user_id == user_id)
        if exercise_id is not None:
            stmt = stmt.where(T.exercise_id == exercise_id)
        if window is not None:
            stmt = stmt.where(T.performed_at >= window[0], T.performed_at < window[1])
        return FastSets().numbered(self._analytics_rows(stmt))

    def week_totals(self, user_id: int, since: date | None = None) -> list[WeekTotal]:
        return self._summaries.week_totals(user_id, since)

    def first_trained(self, user_id: int) -> dict[str, Position]:
        return self._summaries.first_trained(user_id)

    def exercise_records(
        self, user_id: int, exercise_ids: Collection[str], unit: MassUnit, formula: Formula
    ) -> dict[str, ExerciseRecords]:
        return self._summaries.figures(RECORDS, user_id, exercise_ids, unit, formula)

    def exercise_trends(
        self, user_id: int, exercise_ids: Collection[str], unit: MassUnit, formula: Formula
    ) -> dict[str, tuple[TrendPoint, ...]]:
        return self._summaries.figures(TRENDS, user_id, exercise_ids, unit, formula)

    def revision(self, user_id: int) -> tuple[int, int]:
        known = self._summaries.known_revision(user_id)
        if known is not None:
            return known
        stmt = select(func.count(), func.coalesce(func.max(T.id), 0)).where(T.user_id == user_id)
        count, highest = self._s.execute(stmt).one()  # summaries not built: count the log
        return int(count), int(highest)

    def known_revision(self, user_id: int) -> tuple[int, int] | None:
        return self._summaries.known_revision(user_id)

    def import_keys(self, user_id: int) -> set[str]:
        stmt = select(T.import_key).where(T.user_id == user_id, T.import_key.is_not(None))
        return {key for key in self._s.scalars(stmt) if key is not None}

    def is_empty(self, user_id: int) -> bool:
        stmt = select(S.id).where(S.user_id == user_id).limit(1)
        return self._s.scalar(stmt) is None
