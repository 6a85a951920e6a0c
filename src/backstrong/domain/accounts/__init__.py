"""Accounts: who owns the data (``users``) and the opaque secrets that stand for them
(``tokens``)."""

from backstrong.domain.accounts.invites import (
    CLAIM_CODE_LIFETIME,
    INVITE_LIFETIME,
    CodeKind,
    Invite,
    SignupMode,
    signup_mode,
)
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
    "CLAIM_CODE_LIFETIME",
    "INVITE_LIFETIME",
    "MAX_PASSWORD_LENGTH",
    "MIN_PASSWORD_LENGTH",
    "UNITS",
    "AccountError",
    "ApiToken",
    "CodeKind",
    "Invite",
    "SignupMode",
    "User",
    "WeakPassword",
    "check_password",
    "check_unit",
    "normalise_email",
    "signup_mode",
]
