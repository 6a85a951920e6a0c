"""Account repositories. Every query that touches user-owned rows filters by user_id."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from backstrong.adapters.db.accounts.tables import (
    ApiTokenRow,
    LoginFailureRow,
    UserRow,
    WebSessionRow,
)
from backstrong.adapters.db.orm import Base, utcnow
from backstrong.domain.accounts import User

TOKEN_TOUCH_INTERVAL = timedelta(hours=1)  # write last_used_at at most hourly: reads stay reads


def to_user(row: UserRow) -> User:
    return User(
        id=row.id,
        email=row.email,
        created_at=row.created_at,
        is_local=row.is_local,
        unit=row.unit,
        time_zone=row.time_zone,
        is_admin=bool(row.is_admin),
        disabled=bool(row.disabled),
    )


_USER_COLUMNS = (
    UserRow.id,
    UserRow.email,
    UserRow.created_at,
    UserRow.is_local,
    UserRow.unit,
    UserRow.time_zone,
    UserRow.is_admin,
    UserRow.disabled,
)


def _user_from_columns(values: Sequence[object]) -> User:
    user_id, email, created_at, is_local, unit, time_zone, is_admin, disabled = values
    return User(
        id=user_id,  # type: ignore[arg-type]
        email=email,  # type: ignore[arg-type]
        created_at=created_at,  # type: ignore[arg-type]
        is_local=bool(is_local),
        unit=str(unit),
        time_zone=time_zone,  # type: ignore[arg-type]
        is_admin=bool(is_admin),
        disabled=bool(disabled),
    )


class SqlUserRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(
        self,
        email: str | None,
        password_hash: str | None,
        *,
        is_local: bool = False,
        is_admin: bool = False,
    ) -> User:
        row = UserRow(
            email=email, password_hash=password_hash, is_local=is_local, is_admin=is_admin
        )
        row.unit = "kg"
        row.created_at = utcnow()
        self._s.add(row)
        self._s.flush()
        return to_user(row)

    def get(self, user_id: int) -> User | None:
        row = self._s.get(UserRow, user_id)
        return to_user(row) if row else None

    def by_email(self, email: str) -> User | None:
        row = self._s.scalar(select(UserRow).where(UserRow.email == email))
        return to_user(row) if row else None

    def password_hash(self, user_id: int) -> str | None:
        return self._s.scalar(select(UserRow.password_hash).where(UserRow.id == user_id))

    def local_user(self) -> User | None:
        row = self._s.scalar(select(UserRow).where(UserRow.is_local).order_by(UserRow.id).limit(1))
        return to_user(row) if row else None

    def count_with_login(self) -> int:
        stmt = select(func.count()).select_from(UserRow).where(UserRow.email.is_not(None))
        return int(self._s.scalar(stmt) or 0)

    def first_with_login(self) -> int | None:
        stmt = select(func.min(UserRow.id)).where(UserRow.email.is_not(None))
        found = self._s.scalar(stmt)
        return None if found is None else int(found)

    def claim(self, user_id: int, email: str, password_hash: str, *, is_admin: bool) -> User:
        row = self._s.get_one(UserRow, user_id)
        row.email, row.password_hash, row.is_admin = email, password_hash, is_admin
        self._s.flush()
        return to_user(row)

    def list_with_login(self) -> list[User]:
        rows = self._s.scalars(
            select(UserRow).where(UserRow.email.is_not(None)).order_by(UserRow.id)
        )
        return [to_user(r) for r in rows]

    def set_password(self, user_id: int, password_hash: str) -> None:
        self._s.get_one(UserRow, user_id).password_hash = password_hash
        self._s.flush()

    def set_disabled(self, user_id: int, disabled: bool) -> User:
        row = self._s.get_one(UserRow, user_id)
        row.disabled = disabled
        self._s.flush()
        return to_user(row)

    def delete(self, user_id: int) -> None:
        """Every table with a user_id column, children first (foreign keys cascade as well, but
        a new table is covered even if its author forgot ``ondelete``)."""
        for table in reversed(Base.metadata.sorted_tables):
            if "user_id" in table.c and table.name != UserRow.__tablename__:
                self._s.execute(delete(table).where(table.c.user_id == user_id))
        email = self._s.scalar(select(UserRow.email).where(UserRow.id == user_id))
        if email:
            self._s.execute(delete(LoginFailureRow).where(LoginFailureRow.email == email))
        self._s.execute(delete(UserRow).where(UserRow.id == user_id))

    def set_time_zone(self, user_id: int, time_zone: str | None) -> User:
        row = self._s.get_one(UserRow, user_id)
        row.time_zone = time_zone
        self._s.flush()
        return to_user(row)

    def set_unit(self, user_id: int, unit: str) -> User:
        row = self._s.get_one(UserRow, user_id)
        row.unit = unit
        self._s.flush()
        return to_user(row)


class SqlApiTokenRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(
        self, user_id: int, name: str, token_hash: str, expires_at: datetime | None = None
    ) -> int:
        row = ApiTokenRow(
            user_id=user_id,
            name=name,
            token_hash=token_hash,
            created_at=utcnow(),
            expires_at=expires_at,
        )
        self._s.add(row)
        self._s.flush()
        return row.id

    def user_for(self, token_hash: str, now: datetime) -> User | None:
        # Core columns, not ORM entities: this runs on every API request.
        stmt = (
            select(ApiTokenRow.id, ApiTokenRow.last_used_at, *_USER_COLUMNS)
            .join(UserRow, UserRow.id == ApiTokenRow.user_id)
            .where(ApiTokenRow.token_hash == token_hash, UserRow.disabled.is_(False))
            .where((ApiTokenRow.expires_at.is_(None)) | (ApiTokenRow.expires_at > now))
        )
        found = self._s.execute(stmt).first()
        if found is None:
            return None
        token_id, last_used_at, *user = found
        if last_used_at is None or now - last_used_at > TOKEN_TOUCH_INTERVAL:
            self._s.execute(
                update(ApiTokenRow).where(ApiTokenRow.id == token_id).values(last_used_at=now)
            )
        return _user_from_columns(user)

    def list_for(
        self, user_id: int
    ) -> list[tuple[int, str, datetime, datetime | None, datetime | None]]:
        stmt = (
            select(
                ApiTokenRow.id,
                ApiTokenRow.name,
                ApiTokenRow.created_at,
                ApiTokenRow.last_used_at,
                ApiTokenRow.expires_at,
            )
            .where(ApiTokenRow.user_id == user_id)
            .order_by(ApiTokenRow.id)
        )
        return [tuple(r) for r in self._s.execute(stmt)]  # type: ignore[misc]

    def revoke(self, user_id: int, token_id: int) -> bool:
        stmt = delete(ApiTokenRow).where(ApiTokenRow.id == token_id, ApiTokenRow.user_id == user_id)
        return bool(self._s.execute(stmt).rowcount)  # type: ignore[attr-defined]

    def add_name_only(
        self,
        user_id: int,
        name: str,
        created_at: datetime,
        last_used_at: datetime | None,
        expires_at: datetime | None,
    ) -> None:
        # Not 64 hex digits, so no SHA-256 digest of a presented token can ever equal it.
        unusable = f"restored:{uuid.uuid4().hex}"
        self._s.add(
            ApiTokenRow(
                user_id=user_id,
                name=name,
                token_hash=unusable,
                created_at=created_at,
                last_used_at=last_used_at,
                expires_at=expires_at,
            )
        )
        self._s.flush()


class SqlWebSessionRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, user_id: int, token_hash: str, expires_at: datetime) -> None:
        self._s.add(
            WebSessionRow(
                user_id=user_id, token_hash=token_hash, expires_at=expires_at, created_at=utcnow()
            )
        )

    def user_for(self, token_hash: str, now: datetime) -> User | None:
        stmt = (
            select(UserRow)
            .join(WebSessionRow, WebSessionRow.user_id == UserRow.id)
            .where(WebSessionRow.token_hash == token_hash, WebSessionRow.expires_at > now)
            .where(UserRow.disabled.is_(False))
        )
        row = self._s.scalar(stmt)
        return to_user(row) if row else None

    def remove(self, token_hash: str) -> None:
        self._s.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == token_hash))

    def remove_all(self, user_id: int) -> None:
        self._s.execute(delete(WebSessionRow).where(WebSessionRow.user_id == user_id))

    def purge_expired(self, now: datetime) -> int:
        result = self._s.execute(delete(WebSessionRow).where(WebSessionRow.expires_at <= now))
        return int(result.rowcount)  # type: ignore[attr-defined]


class SqlLoginFailureRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def record(self, email: str, address: str, at: datetime) -> None:
        self._s.add(LoginFailureRow(email=email, address=address, at=at))

    def count_since(self, *, email: str, address: str, since: datetime) -> int:
        """Failures since a moment; an empty email or address matches any."""
        stmt = select(func.count()).select_from(LoginFailureRow).where(LoginFailureRow.at >= since)
        if address:
            stmt = stmt.where(LoginFailureRow.address == address)
        if email:
            stmt = stmt.where(LoginFailureRow.email == email)
        return int(self._s.scalar(stmt) or 0)

    def clear(self, email: str) -> None:
        self._s.execute(delete(LoginFailureRow).where(LoginFailureRow.email == email))

    def purge_before(self, moment: datetime) -> int:
        result = self._s.execute(delete(LoginFailureRow).where(LoginFailureRow.at < moment))
        return int(result.rowcount)  # type: ignore[attr-defined]
