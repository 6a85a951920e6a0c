"""Account use cases: register, log in and out, API tokens, the CLI's local user.

Every function takes a unit of work and commits once, so nothing is half-written."""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from backstrong.domain.accounts import AccountError, User, check_password, normalise_email
from backstrong.domain.tokens import API_TOKEN_PREFIX, new_token, token_digest
from backstrong.services.ports.accounts import PasswordHasher
from backstrong.services.unit_of_work import UnitOfWork

RATE_WINDOW = timedelta(minutes=1)
ADDRESS_LIMIT_FACTOR = 4  # one address may fail for a few accounts (shared networks) before 429


class EmailTaken(AccountError):
    def __init__(self, email: str) -> None:
        super().__init__("email", f"email '{email}': an account with this address already exists")


class InvalidCredentials(Exception):
    """Wrong email or password (deliberately not saying which)."""


class TooManyAttempts(Exception):
    def __init__(self, retry_after_seconds: int) -> None:
        super().__init__("too many failed logins; wait a minute and try again")
        self.retry_after_seconds = retry_after_seconds


@dataclass(frozen=True, slots=True)
class ApiToken:
    id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None


def _now() -> datetime:
    return datetime.now(UTC)


def register(uow: UnitOfWork, hasher: PasswordHasher, email: str, password: str) -> User:
    """Create an account. The first account also takes over the CLI's local data, so a person who
    started in the terminal sees the same history on the web."""
    address = normalise_email(email)
    check_password(password, email=address)
    with uow:
        if uow.users.by_email(address) is not None:
            raise EmailTaken(address)
        hashed = hasher.hash(password)
        local = uow.users.local_user()
        if local is not None and local.email is None and uow.users.count_with_login() == 0:
            user = uow.users.claim(local.id, address, hashed)
        else:
            user = uow.users.add(address, hashed)
        uow.commit()
        return user


def authenticate(
    uow: UnitOfWork,
    hasher: PasswordHasher,
    email: str,
    password: str,
    *,
    address: str,
    failures_per_minute: int,
    now: datetime | None = None,
) -> User:
    """Check a password; count failures per account and address and refuse with TooManyAttempts."""
    moment = now or _now()
    key = email.strip().lower()
    with uow:
        since = moment - RATE_WINDOW
        by_pair = uow.login_failures.count_since(email=key, address=address, since=since)
        by_address = uow.login_failures.count_since(email="", address=address, since=since)
        if (
            by_pair >= failures_per_minute
            or by_address >= failures_per_minute * ADDRESS_LIMIT_FACTOR
        ):
            raise TooManyAttempts(retry_after_seconds=int(RATE_WINDOW.total_seconds()))
        user = uow.users.by_email(key)
        hashed = uow.users.password_hash(user.id) if user else None
        if user is None or hashed is None or not hasher.verify(password, hashed):
            uow.login_failures.record(key, address, moment)
            uow.commit()
            raise InvalidCredentials()
        uow.login_failures.clear(key)
        uow.commit()
        return user


def start_web_session(uow: UnitOfWork, user: User, *, days: int) -> str:
    token = new_token()
    with uow:
        uow.web_sessions.add(user.id, token_digest(token), _now() + timedelta(days=days))
        uow.commit()
    return token


def user_for_web_session(uow: UnitOfWork, token: str) -> User | None:
    with uow:
        return uow.web_sessions.user_for(token_digest(token), _now())


def end_web_session(uow: UnitOfWork, token: str) -> None:
    with uow:
        uow.web_sessions.remove(token_digest(token))
        uow.commit()


def create_api_token(uow: UnitOfWork, user: User, name: str = "api") -> str:
    label = name.strip()[:100] or "api"
    token = new_token(API_TOKEN_PREFIX)
    with uow:
        uow.api_tokens.add(user.id, label, token_digest(token))
        uow.commit()
    return token


def issue_api_token(
    uow: UnitOfWork,
    hasher: PasswordHasher,
    email: str,
    password: str,
    *,
    address: str,
    failures_per_minute: int,
    name: str = "api",
) -> str:
    user = authenticate(
        uow, hasher, email, password, address=address, failures_per_minute=failures_per_minute
    )
    return create_api_token(uow, user, name)


def user_for_api_token(uow: UnitOfWork, token: str) -> User | None:
    if not token.startswith(API_TOKEN_PREFIX):
        return None
    with uow:
        user = uow.api_tokens.user_for(token_digest(token), _now())
        uow.commit()
        return user


TokenCache = MutableMapping[str, User]
"""A small, bounded, expiring map from token digest to its user (one per process)."""


def cached_user_for_api_token(token: str, cache: TokenCache) -> User | None:
    """The user for a token if this process resolved it moments ago (no I/O), else None."""
    return cache.get(token_digest(token))


def remember_api_token(token: str, user: User, cache: TokenCache) -> None:
    cache[token_digest(token)] = user


def list_api_tokens(uow: UnitOfWork, user: User) -> list[ApiToken]:
    with uow:
        return [ApiToken(*row) for row in uow.api_tokens.list_for(user.id)]


def revoke_api_token(
    uow: UnitOfWork, user: User, token_id: int, cache: TokenCache | None = None
) -> bool:
    with uow:
        removed = uow.api_tokens.revoke(user.id, token_id)
        uow.commit()
    if cache is not None:
        cache.clear()  # other processes forget it when their cache entries expire
    return removed


def has_accounts(uow: UnitOfWork) -> bool:
    with uow:
        return uow.users.count_with_login() > 0


def local_user(uow: UnitOfWork, email: str | None = None) -> User:
    """The person the CLI acts for: a named account, else the local default user (made once)."""
    with uow:
        if email:
            user = uow.users.by_email(normalise_email(email))
            if user is None:
                raise AccountError("cli_user", f"cli_user '{email}': no account has this email")
            return user
        user = uow.users.local_user()
        if user is None:
            user = uow.users.add(None, None, is_local=True)
            uow.commit()
        return user


def set_unit(uow: UnitOfWork, user: User, unit: str) -> User:
    if unit not in ("kg", "lb"):
        raise AccountError("unit", f"unit '{unit}': use kg or lb")
    with uow:
        updated = uow.users.set_unit(user.id, unit)
        uow.commit()
        return updated
