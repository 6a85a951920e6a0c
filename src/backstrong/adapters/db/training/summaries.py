"""The stored history summaries (``training_week_totals``, ``training_exercise_figures``), kept in
step with the log inside the writing transaction.

Every write of sets tells :meth:`SqlSummaries.changed` which (exercise, Monday) weeks it touched:
those weeks are summarised again from their sets — their totals and what could be a record in
them (``records``, a :class:`~backstrong.domain.training.week_records.WeekRecords`) — and the
touched exercises' figures are removed (the next read folds them again from that exercise's
weeks, a few hundred small rows). Writes take the person's state row ``FOR UPDATE`` first
(PostgreSQL; they make it, marked not built, when there is none), so two writers never summarise
a week from different views and a read building the summaries waits for them, or they for it.
Every path that writes sets goes through :class:`SqlTrainingRepository`, which calls
:meth:`changed`, so a read trusts a built state row and never counts the log; a person without
one gets their summaries rebuilt from the whole log, once. A tool that writes ``training_sets``
by hand must delete the person's ``training_summary_state`` row.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Generic, TypeVar

from pydantic import TypeAdapter
from sqlalchemy import bindparam, delete, func, insert, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from backstrong.adapters.db.training.tables import (
    TrainingBlockRecordsRow,
    TrainingExerciseFiguresRow,
    TrainingSummaryStateRow,
    TrainingWeekRecordsRow,
    TrainingWeekTotalRow,
)
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.records import ExerciseRecords, Position
from backstrong.domain.training.summaries import NumberedSet, WeekTotal, week_totals
from backstrong.domain.training.week_records import WeekLine, WeekRecords, week_records
from backstrong.domain.training.week_records_fold import (
    BLOCK_WEEKS,
    block_of,
    lines_from_weeks,
    merge_weeks,
    records_from_weeks,
)
from backstrong.domain.units import MassUnit

State, W, F = TrainingSummaryStateRow, TrainingWeekTotalRow, TrainingExerciseFiguresRow
B, R = TrainingBlockRecordsRow, TrainingWeekRecordsRow
WeekKey = tuple[str, date]  # (exercise id, Monday)
REBUILD_OVER_WEEKS = 64  # a write touching more weeks (an import) summarises the whole log again
NOT_BUILT = -1  # State.sets of a person whose summaries the next read builds
_ZONES_SPAN = timedelta(hours=15)  # UTC offsets run from −12:00 to +14:00
_WEEK_RECORDS = TypeAdapter(WeekRecords)
_WEEK_LINE = TypeAdapter(WeekLine)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_FEW_EXERCISES = 50  # more missing than this: read all the person's weeks rather than list ids
V = TypeVar("V")

# Built once, run as Core: every logged set runs them (api_post_set_10000_sets_rps)
_KEY: dict[str, Any] = {"u": bindparam("u"), "e": bindparam("e"), "m": bindparam("m")}
_DROP_WEEK = tuple(
    delete(t).where(t.user_id == _KEY["u"], t.exercise_id == _KEY["e"], t.monday == _KEY["m"])
    for t in (W, R)
)
# A person's log stamp (sets, highest set id), also read without a session (stamps.py)
STAMP = select(State.sets, State.highest_id).where(State.user_id == _KEY["u"])
_DROP_FIGURES = delete(F).where(F.user_id == _KEY["u"], F.exercise_id == _KEY["e"])
_DROP_BLOCK = delete(B).where(
    B.user_id == _KEY["u"], B.exercise_id == _KEY["e"], B.first_monday == _KEY["m"]
)
_ADD_WEEK = (insert(W), insert(R))

NumberedReader = Callable[..., list[NumberedSet]]  # (user_id, exercise_id=, window=) → sets


@dataclass(frozen=True, slots=True)
class Figure(Generic[V]):
    """One stored figure of an exercise: its column, the week column it is folded from, and how
    each is read and written."""

    column: Any
    stored: TypeAdapter[V]
    source: Any
    week: TypeAdapter[Any]
    fold: Callable[..., dict[str, V]]  # (weeks, unit=, formula=) → by exercise id
    blocks: bool  # folded from the merged blocks of weeks (else from every week)


RECORDS = Figure(
    F.records, TypeAdapter(ExerciseRecords), R.records, _WEEK_RECORDS, records_from_weeks, True
)
TRENDS = Figure(
    F.trend, TypeAdapter(tuple[TrendPoint, ...]), R.line, _WEEK_LINE, lines_from_weeks, False
)


class SqlSummaries:
    def __init__(self, session: Session, numbered: NumberedReader) -> None:
        self._s, self._numbered = session, numbered
        self._checked: set[int] = set()  # people whose summaries this unit of work found built

    # -- writes -----------------------------------------------------------------------------------

    def changed(
        self,
        user_id: int,
        weeks: Collection[WeekKey],
        sets_added: int,
        highest: Callable[[], int] = lambda: 0,
    ) -> None:
        """Bring the summaries in step after ``sets_added`` sets (negative: removed) in
        ``weeks``; ``highest()`` reads the highest id among the sets added (when needed)."""
        state = self._locked_state(user_id)
        if state is None or state.sets < 0:  # not built yet: the first read builds them
            return
        if len(weeks) > REBUILD_OVER_WEEKS:
            self._rebuild(user_id)
            return
        for exercise_id, monday in weeks:
            self._summarise_week(user_id, exercise_id, monday)
        conn = self._s.connection()
        exercises = [{"u": user_id, "e": key} for key in {key for key, _ in weeks}]
        conn.execute(_DROP_FIGURES, exercises)
        blocks = {(key, block_of(monday)) for key, monday in weeks}
        conn.execute(_DROP_BLOCK, [{"u": user_id, "e": key, "m": first} for key, first in blocks])
        state.sets += sets_added
        state.highest_id = max(state.highest_id, highest())

    def _locked_state(self, user_id: int) -> TrainingSummaryStateRow | None:
        """The person's state row, locked until commit (made, not built, when missing: a read
        building the summaries at this moment then waits for this write, or this write for it)."""
        stmt = select(State).where(State.user_id == user_id).with_for_update()
        state = self._s.scalars(stmt).first()
        if state is None:
            self._ensure_state(user_id)
            state = self._s.scalars(stmt).first()
        return state

    def _ensure_state(self, user_id: int) -> None:
        ensure = insert_or_skip(self._s, State).values(
            user_id=user_id, sets=NOT_BUILT, highest_id=0
        )
        self._s.execute(ensure.on_conflict_do_nothing())

    def _summarise_week(self, user_id: int, exercise_id: str, monday: date) -> None:
        start = datetime.combine(monday, time(), UTC) - _ZONES_SPAN
        window = (start, start + timedelta(days=7) + 2 * _ZONES_SPAN)
        sets = self._numbered(user_id, exercise_id=exercise_id, window=window)
        found = [t for t in week_totals(sets) if t.monday == monday]
        conn, key = self._s.connection(), {"u": user_id, "e": exercise_id, "m": monday}
        for drop in _DROP_WEEK:
            conn.execute(drop, key)
        if found:
            summary = week_records(sets)[(exercise_id, monday)]
            conn.execute(_ADD_WEEK[0], [_week_values(user_id, found[0])])
            conn.execute(_ADD_WEEK[1], [_records_values(user_id, exercise_id, monday, summary)])

    def _rebuild(self, user_id: int) -> None:
        """Every summary of the person from the whole log (their state row is locked)."""
        numbered = self._numbered(user_id)
        for table in (W, R, F, B):
            self._s.execute(delete(table).where(table.user_id == user_id))
        rows = [_week_values(user_id, total) for total in week_totals(numbered)]
        if rows:
            self._s.execute(insert_or_skip(self._s, W), rows)
            summaries = week_records(numbered).items()
            records = [_records_values(user_id, *key, found) for key, found in summaries]
            self._s.execute(insert(R), records)
        highest = max((n for n, _ in numbered), default=0)
        self._s.execute(
            update(State)
            .where(State.user_id == user_id)
            .values(sets=len(numbered), highest_id=highest)
        )

    # -- reads ------------------------------------------------------------------------------------

    def in_step(self, user_id: int) -> None:
        """Build the person's summaries when they are not (checked once per unit of work); every
        write keeps built ones in step, so the log is not counted."""
        if user_id in self._checked:
            return
        self._checked.add(user_id)
        if self._built(user_id):
            return
        self._ensure_state(user_id)
        self._s.scalars(select(State).where(State.user_id == user_id).with_for_update()).one()
        if not self._built(user_id):  # nobody built them while this one waited
            self._rebuild(user_id)

    def _built(self, user_id: int) -> bool:
        return self.known_revision(user_id) is not None

    def known_revision(self, user_id: int) -> tuple[int, int] | None:
        """(sets, highest set id) from a built state row, else None: moves on with every write
        of sets (an added set has a new, higher id; a removed one lowers the count)."""
        found = self._s.connection().execute(STAMP, {"u": user_id}).first()
        if found is None or found[0] < 0:
            return None
        return int(found[0]), int(found[1])

    def week_totals(self, user_id: int, since: date | None = None) -> list[WeekTotal]:
        """Exercise-weeks of working sets (from the week of ``since`` on)."""
        self.in_step(user_id)
        stmt = select(
            W.exercise_id, W.monday, W.first_at_us, W.first_id, W.hard_sets, W.tonnage_kg
        ).where(W.user_id == user_id)
        if since is not None:
            stmt = stmt.where(W.monday >= since)
        return [
            WeekTotal(e, m, (_EPOCH + timedelta(microseconds=us), n), hard, kg)
            for e, m, us, n, hard, kg in self._s.execute(stmt)
        ]

    def first_trained(self, user_id: int) -> dict[str, Position]:
        """Where each exercise's first working set stands in the log."""
        self.in_step(user_id)
        earliest = select(W.exercise_id, func.min(W.first_at_us)).where(W.user_id == user_id)
        pairs = [tuple(row) for row in self._s.execute(earliest.group_by(W.exercise_id))]
        if not pairs:
            return {}
        stmt = (  # the stored order settles a tie in time (an import's sets share one)
            select(W.exercise_id, W.first_at_us, func.min(W.first_id))
            .where(W.user_id == user_id, tuple_(W.exercise_id, W.first_at_us).in_(pairs))
            .group_by(W.exercise_id, W.first_at_us)
        )
        return {
            key: (_EPOCH + timedelta(microseconds=us), n) for key, us, n in self._s.execute(stmt)
        }

    def figures(
        self,
        figure: Figure[V],
        user_id: int,
        exercise_ids: Iterable[str],
        unit: MassUnit,
        formula: Formula,
    ) -> dict[str, V]:
        """``figure`` (:data:`RECORDS` or :data:`TRENDS`) of ``exercise_ids`` (call after
        :meth:`week_totals`); those not stored are folded from their weeks and stored."""
        where = (F.user_id == user_id, F.unit == unit.value, F.formula == formula.value)
        stmt = select(F.exercise_id, figure.column).where(*where, figure.column.is_not(None))
        found = {key: figure.stored.validate_json(text) for key, text in self._s.execute(stmt)}
        missing = {key for key in exercise_ids if key not in found}
        if missing:
            # a write waits until what this read folds is stored (or this read for the write)
            share = select(State.user_id).where(State.user_id == user_id)
            self._s.execute(share.with_for_update(read=True))
            found |= self._fold(figure, user_id, missing, unit, formula)
        return found

    def _fold(
        self, figure: Figure[V], user_id: int, missing: set[str], unit: MassUnit, formula: Formula
    ) -> dict[str, V]:
        if figure.blocks:
            weeks: Iterable[tuple[str, Any]] = self._blocks(user_id, missing)
        else:
            stmt = select(R.exercise_id, figure.source).where(R.user_id == user_id)
            weeks = (
                (key, figure.week.validate_json(text))
                for key, text in self._s.execute(_of(stmt, R.exercise_id, missing))
                if key in missing
            )
        folded = figure.fold(weeks, unit=unit, formula=formula)
        name = figure.column.key
        rows = [
            {
                "user_id": user_id,
                "exercise_id": key,
                "unit": unit.value,
                "formula": formula.value,
                name: figure.stored.dump_json(value).decode(),
            }
            for key, value in folded.items()
        ]
        if rows:
            insert = insert_or_skip(self._s, F)
            keys = [F.user_id, F.exercise_id, F.unit, F.formula]
            upsert = insert.on_conflict_do_update(
                index_elements=keys, set_={name: insert.excluded[name]}
            )
            self._s.execute(upsert, rows)
        return folded

    def _blocks(self, user_id: int, missing: set[str]) -> list[tuple[str, WeekRecords]]:
        """The merged blocks of weeks of the ``missing`` exercises; those not stored are merged
        from their weeks and stored."""
        mondays = select(W.exercise_id, W.monday).where(W.user_id == user_id)
        needed = {
            (key, block_of(monday))
            for key, monday in self._s.execute(_of(mondays, W.exercise_id, missing))
            if key in missing
        }
        stmt = select(B.exercise_id, B.first_monday, B.records).where(B.user_id == user_id)
        stored = {
            (key, first): _WEEK_RECORDS.validate_json(text)
            for key, first, text in self._s.execute(_of(stmt, B.exercise_id, missing))
            if (key, first) in needed
        }
        absent = needed - stored.keys()
        if absent:
            stored |= self._merge_blocks(user_id, absent)
        return [(key, block) for (key, _), block in stored.items()]

    def _merge_blocks(
        self, user_id: int, absent: set[tuple[str, date]]
    ) -> dict[tuple[str, date], WeekRecords]:
        exercises = {key for key, _ in absent}
        stmt = select(R.exercise_id, R.monday, R.records).where(R.user_id == user_id)
        if len(absent) == 1:  # after a change: one block's weeks
            first = next(iter(absent))[1]
            stmt = stmt.where(R.monday >= first, R.monday < first + timedelta(weeks=BLOCK_WEEKS))
        weeks: dict[tuple[str, date], list[WeekRecords]] = {}
        for key, monday, text in self._s.execute(_of(stmt, R.exercise_id, exercises)):
            block = (key, block_of(monday))
            if block in absent:
                weeks.setdefault(block, []).append(_WEEK_RECORDS.validate_json(text))
        merged = {block: merge_weeks(found) for block, found in weeks.items()}
        rows = [
            {
                "user_id": user_id,
                "exercise_id": key,
                "first_monday": first,
                "records": _WEEK_RECORDS.dump_json(block).decode(),
            }
            for (key, first), block in merged.items()
        ]
        if rows:
            self._s.execute(insert_or_skip(self._s, B).on_conflict_do_nothing(), rows)
        return merged


def _of(stmt: Any, column: Any, keys: Collection[str]) -> Any:
    """``stmt`` narrowed to ``keys`` of ``column`` when they are few (else all, filtered after)."""
    return stmt.where(column.in_(keys)) if len(keys) <= _FEW_EXERCISES else stmt


def insert_or_skip(session: Session, table: Any) -> Any:
    """An INSERT that can skip rows already there, on SQLite and PostgreSQL alike."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def _week_values(user_id: int, total: WeekTotal) -> dict[str, Any]:
    return {
        "user_id": user_id,
        "exercise_id": total.exercise_id,
        "monday": total.monday,
        "first_at_us": (total.first[0] - _EPOCH) // timedelta(microseconds=1),
        "first_id": total.first[1],
        "hard_sets": total.hard_sets,
        "tonnage_kg": total.tonnage_kg,
    }


def _records_values(
    user_id: int, exercise_id: str, monday: date, summary: tuple[WeekRecords, WeekLine]
) -> dict[str, Any]:
    return {
        "user_id": user_id,
        "exercise_id": exercise_id,
        "monday": monday,
        "records": _WEEK_RECORDS.dump_json(summary[0]).decode(),
        "line": _WEEK_LINE.dump_json(summary[1]).decode(),
    }
