"""Who may create an account: the sign-up mode, single-use invite links and the one-time code that
hands the CLI's local data to the first web account."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class SignupMode(StrEnum):
    OPEN = "open"  # anyone who reaches the server may sign up
    INVITE = "invite"  # only with an unused invite link from an existing user
    CLOSED = "closed"  # nobody; the admin adds people from the server's CLI


class CodeKind(StrEnum):
    INVITE = "invite"
    CLAIM = "claim"  # proves the person owns the machine the CLI data lives on


INVITE_LIFETIME = timedelta(days=7)
CLAIM_CODE_LIFETIME = timedelta(hours=1)


def signup_mode(configured: SignupMode | None, *, has_accounts: bool) -> SignupMode:
    """The chosen mode, else invite-only once an account exists. The very first account needs no
    invite (nobody could make one); a closed server makes it with the CLI."""
    if configured is SignupMode.CLOSED or configured is SignupMode.OPEN:
        return configured
    return SignupMode.INVITE if has_accounts else SignupMode.OPEN


@dataclass(frozen=True, slots=True)
class Invite:
    """An invite as its creator (or the admin) sees it listed; the secret is never stored."""

    id: int
    created_by: int | None
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None
