"""A flood of sign-ups or logins hashes at most two passwords at once per process (each argon2
hash holds 64 MB), however many requests arrive together."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from backstrong.adapters.security import passwords


class _Counting:
    def __init__(self) -> None:
        self.running = 0
        self.most = 0
        self.lock = threading.Lock()

    def hash(self, password: str) -> str:
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
        time.sleep(0.02)  # long enough for the other threads to arrive
        with self.lock:
            self.running -= 1
        return "hashed"

    def verify(self, password: str, hashed: str) -> bool:
        return self.hash(password) == hashed


def test_sixteen_requests_at_once_hash_two_at_a_time():
    hasher = passwords.Argon2PasswordHasher(fast=True)
    counting = _Counting()
    hasher.__dict__["_hash"] = counting  # the cached pwdlib object, replaced
    with ThreadPoolExecutor(16) as pool:
        done = list(pool.map(hasher.hash, ["a long enough passphrase"] * 16))
        checked = list(pool.map(lambda _: hasher.verify("x", "hashed"), range(16)))
    assert done == ["hashed"] * 16 and all(checked)
    assert counting.most == passwords.CONCURRENT_HASHES
