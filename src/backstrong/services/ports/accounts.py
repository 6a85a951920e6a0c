"""What the account use cases need from storage and from a password hasher."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from backstrong.domain.accounts import CodeKind, Invite, User


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...

    def verify(self, password: str, hashed: str) -> bool: ...


class PasswordJudge(Protocol):
    def weakness(self, password: str, hints: Sequence[str]) -> str | None:
        """Why the password is too easy to guess (None: strong enough)."""
        ...


class UserRepository(Protocol):
    def add(
        self,
        email: str | None,
        password_hash: str | None,
        *,
        is_local: bool = False,
        is_admin: bool = False,
    ) -> User: ...

    def list_with_login(self) -> list[User]: ...

    def set_password(self, user_id: int, password_hash: str) -> None: ...

    def set_disabled(self, user_id: int, disabled: bool) -> User: ...

    def delete(self, user_id: int) -> None:
        """Remove the person and every row that holds their user_id."""
        ...

    def get(self, user_id: int) -> User | None: ...

    def by_email(self, email: str) -> User | None: ...

    def password_hash(self, user_id: int) -> str | None: ...

    def local_user(self) -> User | None: ...

    def count_with_login(self) -> int: ...

    def first_with_login(self) -> int | None: ...

    def claim(self, user_id: int, email: str, password_hash: str, *, is_admin: bool) -> User: ...

    def set_unit(self, user_id: int, unit: str) -> User: ...

    def set_time_zone(self, user_id: int, time_zone: str | None) -> User: ...


class ApiTokenRepository(Protocol):
    def add(
        self, user_id: int, name: str, token_hash: str, expires_at: datetime | None = None
    ) -> int: ...

    def user_for(self, token_hash: str, now: datetime) -> User | None: ...

    def list_for(
        self, user_id: int
    ) -> list[tuple[int, str, datetime, datetime | None, datetime | None]]: ...

    def revoke(self, user_id: int, token_id: int) -> bool: ...

    def add_name_only(
        self,
        user_id: int,
        name: str,
        created_at: datetime,
        last_used_at: datetime | None,
        expires_at: datetime | None,
    ) -> None:
        """A token restored from a backup: its name and dates, with no secret that could ever
        match, so it never lets anyone in (the person makes a new one)."""
        ...


class WebSessionRepository(Protocol):
    def add(self, user_id: int, token_hash: str, expires_at: datetime) -> None: ...

    def user_for(self, token_hash: str, now: datetime) -> User | None: ...

    def remove(self, token_hash: str) -> None: ...

    def remove_all(self, user_id: int) -> None: ...

    def purge_expired(self, now: datetime) -> int: ...


class LoginFailureRepository(Protocol):
    def record(self, email: str, address: str, at: datetime) -> None: ...

    def count_since(self, *, email: str, address: str, since: datetime) -> int: ...

    def clear(self, email: str) -> None: ...

    def purge_before(self, moment: datetime) -> int: ...


class RateHitRepository(Protocol):
    def record(self, bucket: str, address: str, at: datetime) -> None: ...

    def count_since(self, bucket: str, address: str, since: datetime) -> int: ...

    def purge_before(self, moment: datetime) -> int: ...


class InviteRepository(Protocol):
    """Single-use codes stored as digests: invites (by a user) and claim codes (no user)."""

    def add(
        self, kind: CodeKind, code_hash: str, user_id: int | None, expires_at: datetime
    ) -> int: ...

    def consume(self, kind: CodeKind, code_hash: str, now: datetime) -> bool:
        """Mark an unused, unexpired code used; False when there is none (exactly once)."""
        ...

    def list(self, kind: CodeKind, user_id: int | None) -> list[Invite]:
        """The codes one person made (None: everyone's)."""
        ...

    def revoke(self, invite_id: int, user_id: int | None) -> bool: ...
