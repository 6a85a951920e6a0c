"""Single-use codes (invite links, claim codes), stored only as digests, and rate-limit hits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from backstrong.adapters.db.accounts.tables import InviteRow, RateHitRow
from backstrong.adapters.db.orm import utcnow
from backstrong.domain.accounts import CodeKind, Invite


class SqlInviteRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, kind: CodeKind, code_hash: str, user_id: int | None, expires_at: datetime) -> int:
        row = InviteRow(
            kind=kind.value,
            code_hash=code_hash,
            user_id=user_id,
            created_at=utcnow(),
            expires_at=expires_at,
        )
        self._s.add(row)
        self._s.flush()
        return row.id

    def consume(self, kind: CodeKind, code_hash: str, now: datetime) -> bool:
        # One UPDATE guarded by used_at IS NULL: two sign-ups racing for a code, one wins.
        stmt = (
            update(InviteRow)
            .where(InviteRow.kind == kind.value, InviteRow.code_hash == code_hash)
            .where(InviteRow.used_at.is_(None), InviteRow.expires_at > now)
            .values(used_at=now)
        )
        return bool(self._s.execute(stmt).rowcount)  # type: ignore[attr-defined]

    def list(self, kind: CodeKind, user_id: int | None) -> list[Invite]:
        stmt = select(InviteRow).where(InviteRow.kind == kind.value).order_by(InviteRow.id)
        if user_id is not None:
            stmt = stmt.where(InviteRow.user_id == user_id)
        return [
            Invite(r.id, r.user_id, r.created_at, r.expires_at, r.used_at)
            for r in self._s.scalars(stmt)
        ]

    def revoke(self, invite_id: int, user_id: int | None) -> bool:
        stmt = delete(InviteRow).where(InviteRow.id == invite_id, InviteRow.used_at.is_(None))
        if user_id is not None:
            stmt = stmt.where(InviteRow.user_id == user_id)
        return bool(self._s.execute(stmt).rowcount)  # type: ignore[attr-defined]


class SqlRateHitRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def record(self, bucket: str, address: str, at: datetime) -> None:
        self._s.add(RateHitRow(bucket=bucket, address=address, at=at))

    def count_since(self, bucket: str, address: str, since: datetime) -> int:
        stmt = select(func.count()).select_from(RateHitRow)
        stmt = stmt.where(RateHitRow.bucket == bucket, RateHitRow.address == address)
        return int(self._s.scalar(stmt.where(RateHitRow.at >= since)) or 0)

    def purge_before(self, moment: datetime) -> int:
        result = self._s.execute(delete(RateHitRow).where(RateHitRow.at < moment))
        return int(result.rowcount)  # type: ignore[attr-defined]
