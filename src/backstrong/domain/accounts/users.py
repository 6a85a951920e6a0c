"""Who owns the data: the user, their API tokens as listed, and the rules for emails, passwords
and display units."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from backstrong.domain.errors import FieldError

MIN_PASSWORD_LENGTH = 10  # convention: NIST SP 800-63B asks for at least 8; we ask a little more
MAX_PASSWORD_LENGTH = 1024
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COMMON_PASSWORDS = frozenset(
    {
        "password",
        "password1",
        "password123",
        "1234567890",
        "0123456789",
        "qwertyuiop",
        "letmein123",
        "iloveyou12",
        "welcome123",
        "backstrong",
        "changeme123",
        "abcdefghij",
    }
)


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


def normalise_email(raw: str) -> str:
    email = raw.strip().lower()
    if not _EMAIL.match(email) or len(email) > 254:
        raise AccountError("email", raw, "expected an address like name@example.org")
    return email


def check_password(password: str, *, email: str | None = None) -> None:
    """Raise WeakPassword when the password is too weak to protect health data."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(f"use at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise WeakPassword(f"use at most {MAX_PASSWORD_LENGTH} characters")
    lowered = password.lower()
    if lowered in _COMMON_PASSWORDS or len(set(password)) < 4:
        raise WeakPassword("too easy to guess; pick something less common")
    if email and lowered == email.lower():
        raise WeakPassword("must not be the same as the email")


def check_unit(unit: str) -> str:
    """The display unit for weights: kg or lb."""
    if unit not in UNITS:
        raise AccountError("unit", unit, "use kg or lb")
    return unit
