"""argon2id password hashing through pwdlib (never hand-written).

Each hash takes argon2's 64 MB of memory and a core for a moment, so at most
:data:`CONCURRENT_HASHES` run at once in a process: a flood of sign-ups or logins then waits its
turn instead of taking the server's memory (and every other request's time) with it."""

from __future__ import annotations

import threading
from functools import cached_property

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

CONCURRENT_HASHES = 2
_TURNS = threading.BoundedSemaphore(CONCURRENT_HASHES)


class Argon2PasswordHasher:
    def __init__(self, *, fast: bool = False) -> None:
        # fast=True is for tests only: argon2id still, with minimal cost parameters.
        self._fast = fast

    @cached_property
    def _hash(self) -> PasswordHash:
        if self._fast:
            return PasswordHash((Argon2Hasher(time_cost=1, memory_cost=8, parallelism=1),))
        return PasswordHash((Argon2Hasher(),))

    def hash(self, password: str) -> str:
        with _TURNS:
            return self._hash.hash(password)

    def verify(self, password: str, hashed: str) -> bool:
        with _TURNS:
            return self._hash.verify(password, hashed)
