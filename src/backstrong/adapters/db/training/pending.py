"""Uploaded imports waiting for review, in SQL, always filtered by their owner."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from backstrong.adapters.db.training.tables import PendingImportRow
from backstrong.domain.training.pending import PendingImport

P = PendingImportRow


class SqlPendingImports:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, user_id: int, pending: PendingImport) -> None:
        self._s.add(
            P(
                user_id=user_id,
                uuid=pending.id,
                file_format=pending.file_format,
                unit=pending.unit,
                skip_invalid=pending.skip_invalid,
                content=pending.text,
                created_at=pending.created_at,
            )
        )
        self._s.flush()

    def get(self, user_id: int, pending_id: str) -> PendingImport | None:
        row = self._s.scalars(select(P).where(P.user_id == user_id, P.uuid == pending_id)).first()
        if row is None:
            return None
        return PendingImport(
            row.uuid, row.file_format, row.unit, row.skip_invalid, row.content, row.created_at
        )

    def delete(self, user_id: int, pending_id: str) -> None:
        self._s.execute(delete(P).where(P.user_id == user_id, P.uuid == pending_id))

    def delete_older_than(self, cutoff: datetime) -> int:
        result = self._s.execute(delete(P).where(P.created_at < cutoff))
        return int(getattr(result, "rowcount", 0) or 0)
