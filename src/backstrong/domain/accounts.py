"""Accounts: who owns the data. Pure rules for emails and passwords."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

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


class AccountError(ValueError):
    """Bad account input; ``field`` names what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


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


def normalise_email(raw: str) -> str:
    email = raw.strip().lower()
    if not _EMAIL.match(email) or len(email) > 254:
        raise AccountError("email", f"email '{raw}': expected an address like name@example.org")
    return email


def check_password(password: str, *, email: str | None = None) -> None:
    """Raise AccountError when the password is too weak to protect health data."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("password", f"password: use at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError("password", f"password: use at most {MAX_PASSWORD_LENGTH} characters")
    lowered = password.lower()
    if lowered in _COMMON_PASSWORDS or len(set(password)) < 4:
        raise AccountError("password", "password: too easy to guess; pick something less common")
    if email and lowered == email.lower():
        raise AccountError("password", "password: must not be the same as the email")
