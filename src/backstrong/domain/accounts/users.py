"""Who owns the data: the user, their API tokens as listed, and the rules for emails, passwords
and display units."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from backstrong.domain.errors import FieldError

MIN_PASSWORD_LENGTH = 12  # convention: NIST SP 800-63B asks for at least 8; health data asks more
MAX_PASSWORD_LENGTH = 1024
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


UNITS = ("kg", "lb")


class AccountError(FieldError):
    """Bad account input (an email, a unit, an unknown CLI user); ``field`` names what to fix."""


class WeakPassword(AccountError):
    """A refused password. The message says why; the password itself is never echoed."""

    def __init__(self, accepted: str) -> None:
        super().__init__("password", None, accepted)
        self.args = (f"password: {accepted}",)


@dataclass(frozen=True, slots=True)
class User:
    id: int
    email: str | None
    created_at: datetime
    is_local: bool = False
    unit: str = "kg"
    time_zone: str | None = None  # IANA name ("Europe/Berlin"); None: the server's own zone
    is_admin: bool = False  # the first account: manages invites and users
    disabled: bool = False  # an admin switched this account off: no login, no token

    @property
    def can_log_in(self) -> bool:
        return self.email is not None


@dataclass(frozen=True, slots=True)
class ApiToken:
    """A personal API token as its owner sees it listed (the secret itself is never stored)."""

    id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None = None


def normalise_email(raw: str) -> str:
    email = raw.strip().lower()
    if not _EMAIL.match(email) or len(email) > 254:
        raise AccountError("email", raw, "expected an address like name@example.org")
    return email


def check_password(password: str, *, email: str | None = None) -> None:
    """Raise WeakPassword when the password is too short or too long; how guessable it is, is
    judged by the service's strength estimator (a well-kept library, not a list here)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"use at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise WeakPassword(f"use at most {MAX_PASSWORD_LENGTH} characters")
    if email and password.lower() == email.lower():
        raise WeakPassword("must not be the same as the email")


def check_unit(unit: str) -> str:
    """The display unit for weights: kg or lb."""
    if unit not in UNITS:
        raise AccountError("unit", unit, "use kg or lb")
    return unit
