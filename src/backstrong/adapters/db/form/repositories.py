"""Form checks and reference reps, always filtered by their owner."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, defer

from backstrong.adapters.db.form.tables import FormCheckRow, FormReferenceRow
from backstrong.adapters.db.orm import utcnow
from backstrong.domain.form import Reference
from backstrong.services.form.mapping import (
    analysis_from_json,
    analysis_to_json,
    reference_from_json,
    reference_to_json,
)
from backstrong.services.ports.form import NewFormCheck, StoredFormCheck


def _stored(row: FormCheckRow) -> StoredFormCheck:
    return StoredFormCheck(
        row.id, row.exercise, row.created_at, analysis_from_json(row.analysis), row.set_id
    )


class SqlFormCheckRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _mine(self, user_id: int, exercise: str | None = None) -> Any:
        stmt = select(FormCheckRow).where(FormCheckRow.user_id == user_id)
        if exercise is not None:
            stmt = stmt.where(FormCheckRow.exercise == exercise)
        return stmt.options(defer(FormCheckRow.landmarks))

    def add(self, user_id: int, check: NewFormCheck) -> StoredFormCheck:
        row = FormCheckRow(
            user_id=user_id,
            exercise=check.exercise,
            set_id=check.set_id,
            analysis=analysis_to_json(check.analysis),
            landmarks=dict(check.landmarks),
            created_at=check.created_at,
        )
        self._s.add(row)
        self._s.flush()
        return _stored(row)

    def get(self, user_id: int, check_id: int) -> StoredFormCheck | None:
        row = self._s.scalar(self._mine(user_id).where(FormCheckRow.id == check_id))
        return _stored(row) if row else None

    def landmarks(self, user_id: int, check_id: int) -> Mapping[str, Any] | None:
        stmt = select(FormCheckRow.landmarks).where(
            FormCheckRow.user_id == user_id, FormCheckRow.id == check_id
        )
        return self._s.scalar(stmt)

    def list_for(
        self,
        user_id: int,
        *,
        exercise: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoredFormCheck]:
        stmt = self._mine(user_id, exercise).order_by(
            FormCheckRow.created_at.desc(), FormCheckRow.id.desc()
        )
        stmt = stmt.offset(offset).limit(limit)
        return [_stored(row) for row in self._s.scalars(stmt)]

    def count(self, user_id: int, *, exercise: str | None = None) -> int:
        stmt = select(func.count()).select_from(FormCheckRow).where(FormCheckRow.user_id == user_id)
        if exercise is not None:
            stmt = stmt.where(FormCheckRow.exercise == exercise)
        return int(self._s.scalar(stmt) or 0)

    def for_sets(self, user_id: int, set_ids: list[str]) -> dict[str, StoredFormCheck]:
        if not set_ids:
            return {}
        stmt = (
            self._mine(user_id)
            .where(FormCheckRow.set_id.in_(set_ids))
            .order_by(FormCheckRow.created_at, FormCheckRow.id)
        )
        return {row.set_id: _stored(row) for row in self._s.scalars(stmt)}  # newest wins

    def attach(self, user_id: int, check_id: int, set_id: str | None) -> bool:
        stmt = (
            update(FormCheckRow)
            .where(FormCheckRow.user_id == user_id, FormCheckRow.id == check_id)
            .values(set_id=set_id)
        )
        return bool(self._s.execute(stmt).rowcount)  # type: ignore[attr-defined]

    def delete(self, user_id: int, check_id: int) -> bool:
        stmt = delete(FormCheckRow).where(
            FormCheckRow.user_id == user_id, FormCheckRow.id == check_id
        )
        return bool(self._s.execute(stmt).rowcount)  # type: ignore[attr-defined]

    def _reference_row(self, user_id: int, exercise: str) -> FormReferenceRow | None:
        stmt = select(FormReferenceRow).where(
            FormReferenceRow.user_id == user_id, FormReferenceRow.exercise == exercise
        )
        return self._s.scalar(stmt)

    def reference(self, user_id: int, exercise: str) -> Reference | None:
        row = self._reference_row(user_id, exercise)
        return reference_from_json(row.reference) if row else None

    def references(self, user_id: int) -> dict[str, Reference]:
        stmt = (
            select(FormReferenceRow)
            .where(FormReferenceRow.user_id == user_id)
            .order_by(FormReferenceRow.exercise)
        )
        return {row.exercise: reference_from_json(row.reference) for row in self._s.scalars(stmt)}

    def set_reference(self, user_id: int, exercise: str, reference: Reference | None) -> None:
        row = self._reference_row(user_id, exercise)
        if reference is None:
            if row is not None:
                self._s.delete(row)
            return
        if row is None:
            row = FormReferenceRow(user_id=user_id, exercise=exercise, created_at=utcnow())
            self._s.add(row)
        row.reference = reference_to_json(reference)
        self._s.flush()
