"""A compiled copy of the bundled library: the checked exercises pickled once, keyed by a hash of
every bundled file's name and bytes, so a fresh process skips TOML parsing and validation.

The copy lives in the user's cache folder (``$BACKSTRONG_CACHE_DIR``, else
``$XDG_CACHE_HOME/backstrong``, else ``~/.cache/backstrong``). Any change to a bundled file changes
the key, so a stale copy is never read; a missing, unreadable or unwritable cache only costs the
slow path. Only files this process wrote under that key are read back (the folder is the user's
own, as Python's ``__pycache__`` is)."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from backstrong.domain.exercises.model import Exercise

FORMAT = "1"  # bump when Exercise's fields change shape


def cache_dir() -> Path:
    explicit = os.environ.get("BACKSTRONG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "backstrong"


def content_key(files: Iterable[tuple[str, bytes]]) -> str:
    """A hash of every (name, bytes) pair, in the order given."""
    digest = hashlib.blake2b(FORMAT.encode(), digest_size=16)
    for name, data in files:
        digest.update(name.encode())
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def cached_exercises(key: str, build: Callable[[], list[Exercise]]) -> list[Exercise]:
    """The exercises compiled under ``key``, or ``build()``'s, stored for the next process."""
    path = cache_dir() / f"exercises-{key}.pickle"
    try:
        loaded = pickle.loads(path.read_bytes())  # noqa: S301 - our own cache file, keyed by content
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        loaded = None
    if isinstance(loaded, list) and all(isinstance(e, Exercise) for e in loaded):
        return loaded
    exercises = build()
    _store(path, exercises)
    return exercises


def _store(path: Path, exercises: list[Exercise]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".exercises-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            pickle.dump(exercises, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a reader sees the whole file or none
    except OSError:
        return
