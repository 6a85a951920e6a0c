"""Programs and red-flag screenings, always filtered by their owner. (The training history that
progression reads comes from the training repository.)"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from backstrong.adapters.db.programs.tables import (
    EducationSeenRow,
    ProgramRow,
    RedFlagScreeningRow,
)
from backstrong.domain.programs.plan import Plan
from backstrong.services.ports.programs import ProgramSummary, Screening, StoredProgram
from backstrong.services.programs.mapping import (
    intake_from_json,
    intake_to_json,
    plan_from_json,
    plan_to_json,
)

P = ProgramRow


class SqlProgramRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _deactivate(self, user_id: int) -> None:
        self._s.execute(
            update(P).where(P.user_id == user_id, P.active.is_(True)).values(active=False)
        )

    def add_active(self, user_id: int, plan: Plan, created_at: datetime) -> int:
        self._deactivate(user_id)
        row = P(
            user_id=user_id,
            plan_id=plan.id,
            plan=plan_to_json(plan),
            intake=intake_to_json(plan.intake),
            active=True,
            created_at=created_at,
            started_at=created_at,
        )
        self._s.add(row)
        self._s.flush()
        return row.id

    def _stored(self, *where: Any) -> StoredProgram | None:
        stmt = select(P.id, P.plan, P.created_at, P.started_at, P.active).where(*where)
        row = self._s.execute(stmt).first()
        if row is None:
            return None
        return StoredProgram(
            row.id, plan_from_json(row.plan), row.created_at, row.started_at, row.active
        )

    def active(self, user_id: int) -> StoredProgram | None:
        return self._stored(P.user_id == user_id, P.active.is_(True))

    def get(self, user_id: int, program_id: int) -> StoredProgram | None:
        return self._stored(P.user_id == user_id, P.id == program_id)

    def list_for(self, user_id: int) -> list[ProgramSummary]:
        stmt = (
            select(P.id, P.plan_id, P.intake, P.created_at, P.started_at, P.active)
            .where(P.user_id == user_id)
            .order_by(P.active.desc(), P.created_at.desc(), P.id.desc())
        )
        return [
            ProgramSummary(
                r.id, r.plan_id, intake_from_json(r.intake), r.created_at, r.started_at, r.active
            )
            for r in self._s.execute(stmt)
        ]

    def activate(self, user_id: int, program_id: int, started_at: datetime) -> bool:
        owned = select(P.id).where(P.user_id == user_id, P.id == program_id)
        if self._s.scalar(owned) is None:
            return False
        self._deactivate(user_id)
        self._s.execute(
            update(P)
            .where(P.user_id == user_id, P.id == program_id)
            .values(active=True, started_at=started_at)
        )
        return True

    def count(self, user_id: int) -> int:
        stmt = select(func.count(P.id)).where(P.user_id == user_id)
        return int(self._s.scalar(stmt) or 0)

    def restore(self, user_id: int, program: StoredProgram) -> None:
        """A plan from a backup, kept as it was (active or not, with its times)."""
        if program.active:
            self._deactivate(user_id)
        plan = program.plan
        self._s.add(
            P(
                user_id=user_id,
                plan_id=plan.id,
                plan=plan_to_json(plan),
                intake=intake_to_json(plan.intake),
                active=program.active,
                created_at=program.created_at,
                started_at=program.started_at,
            )
        )
        self._s.flush()

    def all_for(self, user_id: int) -> list[StoredProgram]:
        """Every plan of the person's, oldest first (for the backup)."""
        stmt = select(P.id, P.plan, P.created_at, P.started_at, P.active).where(
            P.user_id == user_id
        )
        return [
            StoredProgram(r.id, plan_from_json(r.plan), r.created_at, r.started_at, r.active)
            for r in self._s.execute(stmt.order_by(P.id))
        ]

    def seen_notes(self, user_id: int) -> dict[str, datetime]:
        """The education notes the person has been shown, and when."""
        E = EducationSeenRow
        stmt = select(E.note_id, E.seen_at).where(E.user_id == user_id).order_by(E.id)
        return {r.note_id: r.seen_at for r in self._s.execute(stmt)}

    def mark_seen(self, user_id: int, note_ids: Sequence[str], at: datetime) -> None:
        known = self.seen_notes(user_id)
        for note_id in dict.fromkeys(note_ids):
            if note_id not in known:
                self._s.add(EducationSeenRow(user_id=user_id, note_id=note_id, seen_at=at))
        self._s.flush()


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
