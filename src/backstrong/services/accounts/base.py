"""What every account use case shares: the dependencies, the errors and the password rules."""

from __future__ import annotations

from collections.abc import MutableMapping
from datetime import timedelta
from functools import cached_property

from backstrong.domain.accounts import SignupMode, User, check_password
from backstrong.services.clock import Clock
from backstrong.services.errors import Conflict
from backstrong.services.ports.accounts import PasswordHasher, PasswordJudge
from backstrong.services.unit_of_work import UowFactory

RATE_WINDOW = timedelta(minutes=1)
ADDRESS_LIMIT_FACTOR = 4  # one address may fail for a few accounts (shared networks) before 429
MAX_TOKEN_CHARS = 200  # longer is not one of ours: refused without a database look-up
FAILURE_ROWS_KEPT = timedelta(days=1)  # older login failures are purged

TokenCache = MutableMapping[str, User]
"""A small, bounded, expiring map from token digest to its user (one per process)."""


class EmailTaken(Conflict):
    def __init__(self, email: str) -> None:
        super().__init__(f"email '{email}': an account with this address already exists", "email")


class InvalidCredentials(Exception):
    """Wrong email or password (deliberately not saying which)."""


class TooManyAttempts(Exception):
    def __init__(self, retry_after_seconds: int, what: str = "too many failed logins") -> None:
        super().__init__(f"{what}; wait a minute and try again")
        self.retry_after_seconds = retry_after_seconds


class AccountsBase:
    def __init__(
        self,
        uow: UowFactory,
        clock: Clock,
        hasher: PasswordHasher,
        token_cache: TokenCache,
        *,
        failures_per_minute: int,
        session_days: int,
        judge: PasswordJudge | None = None,
        signup: SignupMode | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._hasher = hasher
        self._tokens = token_cache
        self._failures_per_minute = failures_per_minute
        self._session_days = session_days
        self._judge = judge
        self._signup = signup

    @cached_property
    def _dummy_hash(self) -> str:
        """Verified against when the email is unknown, so both cases take as long."""
        return self._hasher.hash("not a real password, only here to spend the same time")

    def _check_password(self, password: str, email: str | None) -> None:
        from backstrong.domain.accounts import WeakPassword

        check_password(password, email=email)
        hints = [email, email.split("@")[0], "backstrong"] if email else ["backstrong"]
        reason = self._judge.weakness(password, hints) if self._judge else None
        if reason:
            raise WeakPassword(reason)

    def throttle(self, bucket: str, address: str, per_minute: int) -> None:
        """Count one request from ``address`` to a limited endpoint (sign-up, tokens, the open
        calculators) and refuse with TooManyAttempts past ``per_minute``. Stored in the database,
        so every worker shares the count."""
        now = self._clock.now()
        with self._uow() as uow:
            hits = uow.rate_hits.count_since(bucket, address, now - RATE_WINDOW)
            if hits >= per_minute:
                raise TooManyAttempts(int(RATE_WINDOW.total_seconds()), "too many requests")
            uow.rate_hits.record(bucket, address, now)
            if hits == 0:  # the first hit of a minute sweeps the old ones away
                uow.rate_hits.purge_before(now - RATE_WINDOW)
            uow.commit()

    def _refresh_cached(self, user: User) -> None:
        """Cached API tokens of this person see their new settings at once."""
        for digest in list(self._tokens):
            cached = self._tokens.get(digest)
            if cached is not None and cached.id == user.id:
                self._tokens[digest] = user

    def _forget_cached(self, user_id: int) -> None:
        for digest in list(self._tokens):
            cached = self._tokens.get(digest)
            if cached is not None and cached.id == user_id:
                self._tokens.pop(digest, None)
