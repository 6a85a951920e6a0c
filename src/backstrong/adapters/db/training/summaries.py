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
from sqlalchemy import delete, func, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from backstrong.adapters.db.training.tables import (
    TrainingExerciseFiguresRow,
    TrainingSummaryStateRow,
    TrainingWeekTotalRow,
)
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.records import ExerciseRecords, Position
from backstrong.domain.training.summaries import (
    ExerciseFigures,
    NumberedSet,
    WeekTotal,
    week_totals,
)
from backstrong.domain.training.week_records import WeekRecords, figures_from_weeks, week_records
from backstrong.domain.units import MassUnit

State, W, F = TrainingSummaryStateRow, TrainingWeekTotalRow, TrainingExerciseFiguresRow
WeekKey = tuple[str, date]  # (exercise id, Monday)
REBUILD_OVER_WEEKS = 64  # a write touching more weeks (an import) summarises the whole log again
NOT_BUILT = -1  # State.sets of a person whose summaries the next read builds
_ZONES_SPAN = timedelta(hours=15)  # UTC offsets run from −12:00 to +14:00
_RECORDS = TypeAdapter(ExerciseRecords)
_TREND = TypeAdapter(tuple[TrendPoint, ...])
_WEEK = TypeAdapter(WeekRecords)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_FEW_EXERCISES = 50  # more missing than this: read all the person's weeks rather than list ids
V = TypeVar("V")

NumberedReader = Callable[..., list[NumberedSet]]  # (user_id, exercise_id=, window=) → sets


@dataclass(frozen=True, slots=True)
class Figure(Generic[V]):
    """One stored figure of an exercise: its column, how it is read back, and where it sits in
    the :class:`ExerciseFigures` worked out."""

    column: Any
    load: Callable[[str], V]
    pick: Callable[[ExerciseFigures], V]


RECORDS = Figure(F.records, _RECORDS.validate_json, lambda figures: figures.records)
TRENDS = Figure(F.trend, _TREND.validate_json, lambda figures: figures.trend)


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
        exercises = {exercise_id for exercise_id, _ in weeks}
        self._s.execute(delete(F).where(F.user_id == user_id, F.exercise_id.in_(exercises)))
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
        key = (W.user_id == user_id, W.exercise_id == exercise_id, W.monday == monday)
        self._s.execute(delete(W).where(*key))
        if found:
            records = week_records(sets)[(exercise_id, monday)]
            values = _week_values(user_id, found[0], records)
            self._s.execute(insert_or_skip(self._s, W), [values])

    def _rebuild(self, user_id: int) -> None:
        """Every summary of the person from the whole log (their state row is locked)."""
        numbered = self._numbered(user_id)
        self._s.execute(delete(W).where(W.user_id == user_id))
        self._s.execute(delete(F).where(F.user_id == user_id))
        records = week_records(numbered)
        rows = [
            _week_values(user_id, total, records[(total.exercise_id, total.monday)])
            for total in week_totals(numbered)
        ]
        if rows:
            self._s.execute(insert_or_skip(self._s, W), rows)
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
        sets = self._s.scalar(select(State.sets).where(State.user_id == user_id))
        return sets is not None and sets >= 0

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
        found = self._stored(figure.column, user_id, unit, formula, figure.load)
        worked_out = self._work_out(user_id, exercise_ids, found, unit, formula)
        return found | {key: figure.pick(figures) for key, figures in worked_out.items()}

    def _stored(
        self, column: Any, user_id: int, unit: MassUnit, formula: Formula, load: Callable[[str], V]
    ) -> dict[str, V]:
        where = (F.user_id == user_id, F.unit == unit.value, F.formula == formula.value)
        return {
            key: load(text)
            for key, text in self._s.execute(select(F.exercise_id, column).where(*where))
        }

    def _work_out(
        self,
        user_id: int,
        exercise_ids: Iterable[str],
        stored: Collection[str],
        unit: MassUnit,
        formula: Formula,
    ) -> dict[str, ExerciseFigures]:
        missing = {key for key in exercise_ids if key not in stored}
        if not missing:
            return {}
        stmt = select(W.exercise_id, W.records).where(W.user_id == user_id)
        if len(missing) <= _FEW_EXERCISES:
            stmt = stmt.where(W.exercise_id.in_(missing))
        weeks = (
            (key, _WEEK.validate_json(text))
            for key, text in self._s.execute(stmt)
            if key in missing
        )
        worked_out = figures_from_weeks(weeks, unit=unit, formula=formula)
        rows = [_figures_values(user_id, unit, formula, key, f) for key, f in worked_out.items()]
        if rows:
            self._s.execute(insert_or_skip(self._s, F).on_conflict_do_nothing(), rows)
        return worked_out


def insert_or_skip(session: Session, table: Any) -> Any:
    """An INSERT that can skip rows already there, on SQLite and PostgreSQL alike."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def _week_values(user_id: int, total: WeekTotal, records: WeekRecords) -> dict[str, Any]:
    return {
        "user_id": user_id,
        "exercise_id": total.exercise_id,
        "monday": total.monday,
        "first_at_us": (total.first[0] - _EPOCH) // timedelta(microseconds=1),
        "first_id": total.first[1],
        "hard_sets": total.hard_sets,
        "tonnage_kg": total.tonnage_kg,
        "records": _WEEK.dump_json(records).decode(),
    }


def _figures_values(
    user_id: int, unit: MassUnit, formula: Formula, exercise_id: str, figures: ExerciseFigures
) -> dict[str, Any]:
    return {
        "user_id": user_id,
        "exercise_id": exercise_id,
        "unit": unit.value,
        "formula": formula.value,
        "records": _RECORDS.dump_json(figures.records).decode(),
        "trend": _TREND.dump_json(figures.trend).decode(),
    }
