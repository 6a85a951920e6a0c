"""In-memory fakes of the account ports (see tests/fakes.py), and the accounts service over a
fake unit of work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from backstrong.adapters.security.strength import ZxcvbnJudge
from backstrong.domain.accounts import CodeKind, Invite, SignupMode, User
from backstrong.services.accounts.service import AccountsService, TokenCache
from backstrong.services.clock import Clock, utc_now
from backstrong.services.ports.accounts import (
    ApiTokenRepository,
    InviteRepository,
    LoginFailureRepository,
    PasswordHasher,
    RateHitRepository,
    UserRepository,
    WebSessionRepository,
)
from backstrong.services.unit_of_work import UnitOfWork


class FakeHasher(PasswordHasher):
    def hash(self, password: str) -> str:
        return "fake$" + password[::-1]

    def verify(self, password: str, hashed: str) -> bool:
        return hashed == self.hash(password)


class FakeUsers(UserRepository):
    def __init__(self) -> None:
        self.rows: dict[int, tuple[User, str | None]] = {}

    def add(
        self,
        email: str | None,
        password_hash: str | None,
        *,
        is_local: bool = False,
        is_admin: bool = False,
    ) -> User:
        user = User(
            id=max(self.rows, default=0) + 1,
            email=email,
            created_at=datetime.now(UTC),
            is_local=is_local,
            is_admin=is_admin,
        )
        self.rows[user.id] = (user, password_hash)
        return user

    def get(self, user_id: int) -> User | None:
        return self.rows[user_id][0] if user_id in self.rows else None

    def by_email(self, email: str) -> User | None:
        return next((u for u, _ in self.rows.values() if u.email == email), None)

    def password_hash(self, user_id: int) -> str | None:
        return self.rows[user_id][1]

    def local_user(self) -> User | None:
        return next((u for u, _ in self.rows.values() if u.is_local), None)

    def count_with_login(self) -> int:
        return sum(1 for u, _ in self.rows.values() if u.email)

    def first_with_login(self) -> int | None:
        return min((u.id for u, _ in self.rows.values() if u.email), default=None)

    def claim(self, user_id: int, email: str, password_hash: str, *, is_admin: bool) -> User:
        user = replace(self.rows[user_id][0], email=email, is_admin=is_admin)
        self.rows[user_id] = (user, password_hash)
        return user

    def list_with_login(self) -> list[User]:
        return [u for u, _ in self.rows.values() if u.email]

    def set_password(self, user_id: int, password_hash: str) -> None:
        self.rows[user_id] = (self.rows[user_id][0], password_hash)

    def set_disabled(self, user_id: int, disabled: bool) -> User:
        user = replace(self.rows[user_id][0], disabled=disabled)
        self.rows[user_id] = (user, self.rows[user_id][1])
        return user

    def delete(self, user_id: int) -> None:
        self.rows.pop(user_id, None)

    def set_unit(self, user_id: int, unit: str) -> User:
        user = replace(self.rows[user_id][0], unit=unit)
        self.rows[user_id] = (user, self.rows[user_id][1])
        return user

    def set_time_zone(self, user_id: int, time_zone: str | None) -> User:
        user = replace(self.rows[user_id][0], time_zone=time_zone)
        self.rows[user_id] = (user, self.rows[user_id][1])
        return user


class FakeTokens(ApiTokenRepository):
    def __init__(self, users: FakeUsers) -> None:
        self.users = users
        self.rows: dict[str, tuple[int, int, str]] = {}
        self.expiry: dict[str, datetime | None] = {}
        self.dates: dict[str, tuple[datetime, datetime | None]] = {}

    def add(
        self, user_id: int, name: str, token_hash: str, expires_at: datetime | None = None
    ) -> int:
        self.rows[token_hash] = (len(self.rows) + 1, user_id, name)
        self.expiry[token_hash] = expires_at
        self.dates.setdefault(token_hash, (datetime.now(UTC), None))
        return len(self.rows)

    def user_for(self, token_hash: str, now: datetime) -> User | None:
        row = self.rows.get(token_hash)
        expires = self.expiry.get(token_hash)
        if row is None or (expires is not None and expires <= now):
            return None
        user = self.users.get(row[1])
        return user if user and not user.disabled else None

    def list_for(
        self, user_id: int
    ) -> list[tuple[int, str, datetime, datetime | None, datetime | None]]:
        return [
            (i, n, *self.dates[key], self.expiry.get(key))
            for key, (i, u, n) in self.rows.items()
            if u == user_id
        ]

    def add_name_only(
        self,
        user_id: int,
        name: str,
        created_at: datetime,
        last_used_at: datetime | None,
        expires_at: datetime | None,
    ) -> None:
        key = f"restored:{len(self.rows) + 1}"
        self.dates[key] = (created_at, last_used_at)
        self.add(user_id, name, key, expires_at)

    def revoke(self, user_id: int, token_id: int) -> bool:
        for key, (i, u, _) in list(self.rows.items()):
            if i == token_id and u == user_id:
                del self.rows[key]
                return True
        return False


class FakeSessions(WebSessionRepository):
    def __init__(self, users: FakeUsers) -> None:
        self.users = users
        self.rows: dict[str, tuple[int, datetime]] = {}

    def add(self, user_id: int, token_hash: str, expires_at: datetime) -> None:
        self.rows[token_hash] = (user_id, expires_at)

    def user_for(self, token_hash: str, now: datetime) -> User | None:
        row = self.rows.get(token_hash)
        user = self.users.get(row[0]) if row and row[1] > now else None
        return user if user and not user.disabled else None

    def remove(self, token_hash: str) -> None:
        self.rows.pop(token_hash, None)

    def remove_all(self, user_id: int) -> None:
        self.rows = {k: v for k, v in self.rows.items() if v[0] != user_id}

    def purge_expired(self, now: datetime) -> int:
        before = len(self.rows)
        self.rows = {k: v for k, v in self.rows.items() if v[1] > now}
        return before - len(self.rows)


class FakeFailures(LoginFailureRepository):
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, datetime]] = []

    def record(self, email: str, address: str, at: datetime) -> None:
        self.rows.append((email, address, at))

    def count_since(self, *, email: str, address: str, since: datetime) -> int:
        return sum(
            1
            for e, a, t in self.rows
            if t >= since and (not address or a == address) and (not email or e == email)
        )

    def clear(self, email: str) -> None:
        self.rows = [r for r in self.rows if r[0] != email]

    def purge_before(self, moment: datetime) -> int:
        before = len(self.rows)
        self.rows = [r for r in self.rows if r[2] >= moment]
        return before - len(self.rows)


class FakeRateHits(RateHitRepository):
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, datetime]] = []

    def record(self, bucket: str, address: str, at: datetime) -> None:
        self.rows.append((bucket, address, at))

    def count_since(self, bucket: str, address: str, since: datetime) -> int:
        return sum(1 for b, a, t in self.rows if (b, a) == (bucket, address) and t >= since)

    def purge_before(self, moment: datetime) -> int:
        before = len(self.rows)
        self.rows = [r for r in self.rows if r[2] >= moment]
        return before - len(self.rows)


class FakeInvites(InviteRepository):
    def __init__(self) -> None:
        self.rows: dict[str, tuple[Invite, CodeKind]] = {}

    def add(self, kind: CodeKind, code_hash: str, user_id: int | None, expires_at: datetime) -> int:
        invite = Invite(len(self.rows) + 1, user_id, datetime.now(UTC), expires_at, None)
        self.rows[code_hash] = (invite, kind)
        return invite.id

    def consume(self, kind: CodeKind, code_hash: str, now: datetime) -> bool:
        found = self.rows.get(code_hash)
        if found is None or found[1] != kind or found[0].used_at or found[0].expires_at <= now:
            return False
        self.rows[code_hash] = (replace(found[0], used_at=now), kind)
        return True

    def list(self, kind: CodeKind, user_id: int | None) -> list[Invite]:
        return [i for i, k in self.rows.values() if k == kind and user_id in (None, i.created_by)]

    def revoke(self, invite_id: int, user_id: int | None) -> bool:
        for key, (i, _) in list(self.rows.items()):
            if i.id == invite_id and i.used_at is None and user_id in (None, i.created_by):
                del self.rows[key]
                return True
        return False


def accounts_over(
    uow: UnitOfWork,
    *,
    now: Callable[[], datetime] = utc_now,
    token_cache: TokenCache | None = None,
    failures_per_minute: int = 5,
    signup: SignupMode | None = SignupMode.OPEN,
) -> AccountsService:
    """The accounts service working on ``uow`` (every use case shares it), at ``now``."""
    return AccountsService(
        lambda: uow,
        Clock(now),
        FakeHasher(),
        {} if token_cache is None else token_cache,
        failures_per_minute=failures_per_minute,
        session_days=30,
        signup=signup,
        judge=ZxcvbnJudge(),
    )
