"""Account use cases: sign-up (open, invite or closed), log in and out, API tokens, the CLI's
local user, each person's settings (display unit, time zone) and the account's lifecycle.

``AccountsService`` is built once by ``bootstrap()``; every method opens one unit of work and
commits once, so nothing is half-written. Sign-up and invites live in ``signup.py``, passwords,
deletion and the admin's tools in ``lifecycle.py``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import available_timezones

from backstrong.domain.accounts import AccountError, ApiToken, User, check_unit, normalise_email
from backstrong.domain.accounts.tokens import API_TOKEN_PREFIX, new_token, token_digest
from backstrong.services.accounts.base import (
    ADDRESS_LIMIT_FACTOR,
    FAILURE_ROWS_KEPT,
    MAX_TOKEN_CHARS,
    RATE_WINDOW,
    EmailTaken,
    InvalidCredentials,
    TokenCache,
    TooManyAttempts,
)
from backstrong.services.accounts.lifecycle import LifecycleUseCases
from backstrong.services.accounts.signup import SignupRefused, SignupUseCases
from backstrong.services.clock import check_time_zone
from backstrong.services.unit_of_work import UnitOfWork

__all__ = [
    "AccountSettings",
    "AccountsService",
    "EmailTaken",
    "InvalidCredentials",
    "SignupRefused",
    "TokenCache",
    "TooManyAttempts",
]
MAX_TOKEN_DAYS = 3650


@dataclass(frozen=True, slots=True)
class AccountSettings:
    """What the Settings page shows besides the person: their tokens and the zones to pick from."""

    tokens: list[ApiToken]
    time_zones: tuple[str, ...]
    admin: bool = False  # runs the server's admin pages (USDA foods)


@cache
def time_zones() -> tuple[str, ...]:
    """Every IANA zone name this system knows, sorted (the choices offered in Settings)."""
    return tuple(sorted(z for z in available_timezones() if "/" in z or z == "UTC"))


class AccountsService(SignupUseCases, LifecycleUseCases):
    def has_accounts(self) -> bool:
        """Whether anyone can log in yet (a fresh installation asks for the first account)."""
        with self._uow() as uow:
            return uow.users.count_with_login() > 0

    def is_admin(self, user: User) -> bool:
        """Whether ``user`` runs the server's admin pages. Until accounts have roles, that is the
        first account with a login (the lowest id)."""
        if not user.can_log_in:
            return False
        with self._uow() as uow:
            return uow.users.first_with_login() == user.id

    def authenticate(self, email: str, password: str, *, address: str) -> User:
        """Check a password; count failures per account and address, per address and per
        account across all addresses, refusing with TooManyAttempts past the limits. An unknown
        email costs the same hashing time as a known one."""
        moment = self._clock.now()
        key = email.strip().lower()[:254]
        with self._uow() as uow:
            self._refuse_when_limited(uow, key, address, moment - RATE_WINDOW)
            user = uow.users.by_email(key)
            hashed = uow.users.password_hash(user.id) if user else None
            matches = self._hasher.verify(password, hashed or self._dummy_hash)
            if user is None or hashed is None or user.disabled or not matches:
                uow.login_failures.record(key, address, moment)
                uow.commit()
                raise InvalidCredentials()
            uow.login_failures.clear(key)
            uow.login_failures.purge_before(moment - FAILURE_ROWS_KEPT)
            uow.commit()
            return user

    def _refuse_when_limited(
        self, uow: UnitOfWork, key: str, address: str, since: datetime
    ) -> None:
        limit = self._failures_per_minute
        failures = uow.login_failures
        by_pair = failures.count_since(email=key, address=address, since=since)
        by_address = failures.count_since(email="", address=address, since=since)
        by_account = failures.count_since(email=key, address="", since=since)
        wide = limit * ADDRESS_LIMIT_FACTOR
        if by_pair >= limit or by_address >= wide or by_account >= wide:
            raise TooManyAttempts(retry_after_seconds=int(RATE_WINDOW.total_seconds()))

    # Web sessions (the browser's cookie)

    def start_web_session(self, user: User) -> str:
        token = new_token()
        now = self._clock.now()
        with self._uow() as uow:
            uow.web_sessions.purge_expired(now)
            uow.web_sessions.add(
                user.id, token_digest(token), now + timedelta(days=self._session_days)
            )
            uow.commit()
        return token

    def user_for_web_session(self, token: str | None) -> User | None:
        if not token or len(token) > MAX_TOKEN_CHARS:
            return None
        with self._uow() as uow:
            return uow.web_sessions.user_for(token_digest(token), self._clock.now())

    def end_web_session(self, token: str) -> None:
        with self._uow() as uow:
            uow.web_sessions.remove(token_digest(token))
            uow.commit()

    # API tokens

    def create_api_token(
        self, user: User, name: str = "api", *, expires_in_days: int | None = None
    ) -> str:
        """A new personal token, valid for ever or for ``expires_in_days``; the secret is
        returned once and stored only as a digest."""
        label = name.strip()[:100] or "api"
        expires = None
        if expires_in_days is not None:
            if not 1 <= expires_in_days <= MAX_TOKEN_DAYS:
                raise AccountError("expires_in_days", expires_in_days, f"1 to {MAX_TOKEN_DAYS}")
            expires = self._clock.now() + timedelta(days=expires_in_days)
        token = new_token(API_TOKEN_PREFIX)
        with self._uow() as uow:
            uow.api_tokens.add(user.id, label, token_digest(token), expires)
            uow.commit()
        return token

    def issue_api_token(
        self,
        email: str,
        password: str,
        *,
        address: str,
        name: str = "api",
        expires_in_days: int | None = None,
    ) -> str:
        """A token for whoever gives the right email and password (rate-limited like a login)."""
        user = self.authenticate(email, password, address=address)
        return self.create_api_token(user, name, expires_in_days=expires_in_days)

    def cached_user_for_api_token(self, token: str) -> User | None:
        """The user for a token if this process resolved it moments ago (no I/O), else None."""
        return self._tokens.get(token_digest(token))

    def user_for_api_token(self, token: str) -> User | None:
        """The token's owner from the database, remembered for the next calls. A revoked token
        stops working at once in this process and when the cache entries expire in others."""
        if not token.startswith(API_TOKEN_PREFIX) or len(token) > MAX_TOKEN_CHARS:
            return None
        digest = token_digest(token)
        with self._uow() as uow:
            user = uow.api_tokens.user_for(digest, self._clock.now())
            uow.commit()
        if user is not None:
            self._tokens[digest] = user
        return user

    def list_api_tokens(self, user: User) -> list[ApiToken]:
        with self._uow() as uow:
            return [ApiToken(*row) for row in uow.api_tokens.list_for(user.id)]

    def revoke_api_token(self, user: User, token_id: int) -> bool:
        with self._uow() as uow:
            removed = uow.api_tokens.revoke(user.id, token_id)
            uow.commit()
        self._tokens.clear()  # other processes forget it when their cache entries expire
        return removed

    # The CLI's user

    def local_user(self, email: str | None = None) -> User:
        """The person the CLI acts for: a named account, else the local default user (made once)."""
        with self._uow() as uow:
            if email:
                user = uow.users.by_email(normalise_email(email))
                if user is None:
                    raise AccountError("cli_user", email, "no account has this email")
                return user
            user = uow.users.local_user()
            if user is None:
                user = uow.users.add(None, None, is_local=True)
                uow.commit()
            return user

    # Settings

    def settings(self, user: User) -> AccountSettings:
        return AccountSettings(self.list_api_tokens(user), time_zones(), self.is_admin(user))

    def set_unit(self, user: User, unit: str) -> User:
        return self.update(user, unit=unit)

    def set_time_zone(self, user: User, name: str) -> User:
        """Set the person's time zone (an IANA name); their "today" follows it."""
        return self.update(user, time_zone=name)

    def adopt_time_zone(self, user: User, name: str) -> User:
        """The zone a browser reported, kept only when the person has none yet (an explicit
        choice in Settings, the CLI or the API is never overwritten by a visit)."""
        zone = check_time_zone(name)
        with self._uow() as uow:
            current = uow.users.get(user.id) or user
            if current.time_zone:
                return current
            updated = uow.users.set_time_zone(user.id, zone)
            uow.commit()
        self._refresh_cached(updated)
        return updated

    def update(self, user: User, *, unit: str | None = None, time_zone: str | None = None) -> User:
        """Change the display unit and/or the time zone (None keeps it), both checked first."""
        new_unit = check_unit(unit) if unit is not None else None
        zone = check_time_zone(time_zone) if time_zone is not None else None
        with self._uow() as uow:
            updated = uow.users.get(user.id) or user
            if new_unit is not None:
                updated = uow.users.set_unit(user.id, new_unit)
            if zone is not None:
                updated = uow.users.set_time_zone(user.id, zone)
            uow.commit()
        self._refresh_cached(updated)
        return updated
