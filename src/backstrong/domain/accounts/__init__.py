"""Accounts: who owns the data (``users``) and the opaque secrets that stand for them
(``tokens``)."""

from backstrong.domain.accounts.users import (
    MAX_PASSWORD_LENGTH,
    MIN_PASSWORD_LENGTH,
    UNITS,
    AccountError,
    ApiToken,
    User,
    WeakPassword,
    check_password,
    check_unit,
    normalise_email,
)

__all__ = [
    "MAX_PASSWORD_LENGTH",
    "MIN_PASSWORD_LENGTH",
    "UNITS",
    "AccountError",
    "ApiToken",
    "User",
    "WeakPassword",
    "check_password",
    "check_unit",
    "normalise_email",
]
