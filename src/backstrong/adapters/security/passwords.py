"""argon2id password hashing through pwdlib (never hand-written)."""

from __future__ import annotations

from functools import cached_property

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher


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
        return self._hash.hash(password)

    def verify(self, password: str, hashed: str) -> bool:
        return self._hash.verify(password, hashed)
