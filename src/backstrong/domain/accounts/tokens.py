"""Opaque bearer secrets (web sessions, API tokens): generated from the OS's CSPRNG, stored only as
a SHA-256 digest, so a leaked database does not leak usable credentials."""

from __future__ import annotations

import hashlib
import secrets

TOKEN_BYTES = 32  # 256 bits of entropy: a fast digest is enough, unlike for passwords
API_TOKEN_PREFIX = "bs_"  # noqa: S105 - a public prefix, not a secret


def new_token(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(TOKEN_BYTES)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
