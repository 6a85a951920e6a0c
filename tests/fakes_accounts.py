"""In-memory fakes of the account ports (see tests/fakes.py), and the accounts service over a
fake unit of work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from backstrong.domain.accounts import User
from backstrong.services.accounts.service import AccountsService, TokenCache
from backstrong.services.clock import Clock, utc_now

if TYPE_CHECKING:
    from backstrong.services.ports import accounts as ports
    from backstrong.services.unit_of_work import UnitOfWork


class FakeHasher:
    def hash(self, password: str) -> str:
        return "fake$" + password[::-1]

    def verify(self, password: str, hashed: str) -> bool:
        return hashed == self.hash(password)


class FakeUsers:
    def __init__(self) -> None:
        self.rows: dict[int, tuple[User, str | None]] = {}

    def add(self, email: str | None, password_hash: str | None, *, is_local: bool = False) -> User:
        user = User(
            id=len(self.rows) + 1, email=email, created_at=datetime.now(UTC), is_local=is_local
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

    def claim(self, user_id: int, email: str, password_hash: str) -> User:
        user = replace(self.rows[user_id][0], email=email)
        self.rows[user_id] = (user, password_hash)
        return user

    def set_unit(self, user_id: int, unit: str) -> User:
        user = replace(self.rows[user_id][0], unit=unit)
        self.rows[user_id] = (user, self.rows[user_id][1])
        return user

    def set_time_zone(self, user_id: int, time_zone: str | None) -> User:
        user = replace(self.rows[user_id][0], time_zone=time_zone)
        self.rows[user_id] = (user, self.rows[user_id][1])
        return user


class FakeTokens:
    def __init__(self, users: FakeUsers) -> None:
        self.users = users
        self.rows: dict[str, tuple[int, int, str]] = {}

    def add(self, user_id: int, name: str, token_hash: str) -> int:
        self.rows[token_hash] = (len(self.rows) + 1, user_id, name)
        return len(self.rows)

    def user_for(self, token_hash: str, now: datetime) -> User | None:
        row = self.rows.get(token_hash)
        return self.users.get(row[1]) if row else None

    def list_for(self, user_id: int) -> list[tuple[int, str, datetime, datetime | None]]:
        return [(i, n, datetime.now(UTC), None) for i, u, n in self.rows.values() if u == user_id]

    def revoke(self, user_id: int, token_id: int) -> bool:
        for key, (i, u, _) in list(self.rows.items()):
            if i == token_id and u == user_id:
                del self.rows[key]
                return True
        return False


class FakeSessions:
    def __init__(self, users: FakeUsers) -> None:
        self.users = users
        self.rows: dict[str, tuple[int, datetime]] = {}

    def add(self, user_id: int, token_hash: str, expires_at: datetime) -> None:
        self.rows[token_hash] = (user_id, expires_at)

    def user_for(self, token_hash: str, now: datetime) -> User | None:
        row = self.rows.get(token_hash)
        return self.users.get(row[0]) if row and row[1] > now else None

    def remove(self, token_hash: str) -> None:
        self.rows.pop(token_hash, None)


class FakeFailures:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, datetime]] = []

    def record(self, email: str, address: str, at: datetime) -> None:
        self.rows.append((email, address, at))

    def count_since(self, *, email: str, address: str, since: datetime) -> int:
        return sum(
            1 for e, a, t in self.rows if a == address and t >= since and (not email or e == email)
        )

    def clear(self, email: str) -> None:
        self.rows = [r for r in self.rows if r[0] != email]


def accounts_over(
    uow: UnitOfWork,
    *,
    now: Callable[[], datetime] = utc_now,
    token_cache: TokenCache | None = None,
    failures_per_minute: int = 5,
) -> AccountsService:
    """The accounts service working on ``uow`` (every use case shares it), at ``now``."""
    return AccountsService(
        lambda: uow,
        Clock(now),
        FakeHasher(),
        {} if token_cache is None else token_cache,
        failures_per_minute=failures_per_minute,
        session_days=30,
    )


if TYPE_CHECKING:  # mypy checks each fake against its port
    _users: ports.UserRepository = FakeUsers()
    _tokens: ports.ApiTokenRepository = FakeTokens(FakeUsers())
    _sessions: ports.WebSessionRepository = FakeSessions(FakeUsers())
    _failures: ports.LoginFailureRepository = FakeFailures()
    _hasher: ports.PasswordHasher = FakeHasher()
