"""Programs, red-flag screenings and the training history that progression reads, always
filtered by their owner. History comes straight from the training log's tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from functools import cache

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from backstrong.adapters.db.tables.programs import ProgramRow, RedFlagScreeningRow
from backstrong.adapters.db.tables.training import TrainingSessionRow, TrainingSetRow
from backstrong.domain.programs.plan import Plan, plan_from_dict
from backstrong.domain.training.model import Load, PainCheck, PerformedSet, Side
from backstrong.domain.units import MassUnit
from backstrong.services.ports.programs import Screening, StoredProgram


class SqlProgramRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add_active(self, user_id: int, plan: Plan, created_at: datetime) -> None:
        self._s.execute(
            update(ProgramRow)
            .where(ProgramRow.user_id == user_id, ProgramRow.active.is_(True))
            .values(active=False)
        )
        self._s.add(
            ProgramRow(
                user_id=user_id,
                plan_id=plan.id,
                plan=plan.to_dict(),
                intake=plan.intake.to_dict(),
                active=True,
                created_at=created_at,
            )
        )
        self._s.flush()

    def active(self, user_id: int) -> StoredProgram | None:
        stmt = select(ProgramRow.plan, ProgramRow.created_at).where(
            ProgramRow.user_id == user_id, ProgramRow.active.is_(True)
        )
        row = self._s.execute(stmt).first()
        if row is None:
            return None
        return StoredProgram(plan_from_dict(row[0]), row[1])

    def count(self, user_id: int) -> int:
        stmt = select(func.count(ProgramRow.id)).where(ProgramRow.user_id == user_id)
        return int(self._s.scalar(stmt) or 0)


class SqlRedFlagScreeningRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, user_id: int, flags: Sequence[str], severity: str, at: datetime) -> None:
        self._s.add(
            RedFlagScreeningRow(
                user_id=user_id, flags=list(flags), severity=severity, created_at=at
            )
        )

    def list_for(self, user_id: int) -> list[Screening]:
        stmt = (
            select(RedFlagScreeningRow)
            .where(RedFlagScreeningRow.user_id == user_id)
            .order_by(RedFlagScreeningRow.id)
        )
        return [
            Screening(tuple(row.flags), row.severity, row.created_at)
            for row in self._s.scalars(stmt)
        ]


T, S = TrainingSetRow, TrainingSessionRow


@cache
def _zone(offset_minutes: int) -> timezone:
    return timezone(timedelta(minutes=offset_minutes))


def _local(when: datetime, offset_minutes: int) -> datetime:
    """A stored UTC time in the offset it was logged in (``.date()`` is then the person's day)."""
    return when.astimezone(_zone(offset_minutes))


def _load(value: float | None, unit: str | None) -> Load | None:
    return None if value is None or unit is None else Load(value, MassUnit(unit))


class SqlTrainingHistory:
    """Reads the training log (issue 5's tables) for the progression engine."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def history_for(
        self, user_id: int, since: datetime | None = None
    ) -> tuple[list[PerformedSet], list[PainCheck]]:
        return self._sets(user_id, since), self._checks(user_id, since)

    def _sets(self, user_id: int, since: datetime | None) -> list[PerformedSet]:
        stmt = select(T).where(T.user_id == user_id)
        if since is not None:
            stmt = stmt.where(T.performed_at >= since)
        return [_performed(row) for row in self._s.scalars(stmt.order_by(T.performed_at, T.id))]

    def _checks(self, user_id: int, since: datetime | None) -> list[PainCheck]:
        stmt = select(S).where(
            S.user_id == user_id,
            (S.pain_before.is_not(None))
            | (S.pain_after.is_not(None))
            | (S.pain_next_morning.is_not(None)),
        )
        if since is not None:
            stmt = stmt.where(S.started_at >= since)
        return [
            PainCheck(
                session_date=_local(row.started_at, row.utc_offset_minutes),
                before=row.pain_before,
                after=row.pain_after,
                next_morning=row.pain_next_morning,
            )
            for row in self._s.scalars(stmt.order_by(S.started_at, S.id))
        ]


def _performed(row: TrainingSetRow) -> PerformedSet:
    return PerformedSet(
        exercise_id=row.exercise_id,
        performed_at=_local(row.performed_at, row.utc_offset_minutes),
        reps=row.reps,
        load=_load(row.load_value, row.load_unit),
        added_load=_load(row.added_load_value, row.added_load_unit),
        hold_seconds=row.hold_seconds,
        side=None if row.side is None else Side(row.side),
        rpe=row.rpe,
        rir=row.rir,
        warmup=row.warmup,
        pain=row.pain,
        target_reps=row.target_reps,
        target_load=_load(row.target_load_value, row.target_load_unit),
        target_hold_seconds=row.target_hold_seconds,
    )
