"""A compiled copy of the bundled library: the checked exercises pickled once, keyed by a hash of
every bundled file's name and bytes, so a fresh process skips TOML parsing and validation.

The copy lives in the user's cache folder (``$BACKSTRONG_CACHE_DIR``, else
``$XDG_CACHE_HOME/backstrong``, else ``~/.cache/backstrong``). Any change to a bundled file changes
the key, so a stale copy is never read; a missing, unreadable or unwritable cache only costs the
slow path. Only files this process wrote under that key are read back (the folder is the user's
own, as Python's ``__pycache__`` is)."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterable

from backstrong.domain.exercises.model import Exercise

TYPE_CHECKING = False  # not typing's, which a cold load need not import
if TYPE_CHECKING:
    from typing import Any

# bench_exercises cold load: blake2b from its own module spares hashlib's OpenSSL load (about 6 ms
# of CPU); tempfile is imported only when the copy is written (about 10 ms) and paths are plain
# strings, which spares pathlib (about 8 ms with urllib.parse and ipaddress).
try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - CPython always has it; other Pythons use hashlib's
    from hashlib import blake2b

FORMAT = "2"  # bump when Exercise's fields or the way they are written change shape


def cache_dir() -> str:
    explicit = os.environ.get("BACKSTRONG_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "backstrong")


def content_key(files: Iterable[tuple[str, bytes]]) -> str:
    """A hash of every (name, bytes) pair, in the order given."""
    digest = blake2b(FORMAT.encode(), digest_size=16)
    for name, data in files:
        digest.update(name.encode())
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def cached_exercises(key: str, build: Callable[[], list[Exercise]]) -> list[Exercise]:
    """The exercises compiled under ``key``, or ``build()``'s, stored for the next process."""
    path = os.path.join(cache_dir(), f"exercises-{key}.pickle")
    try:
        with open(path, "rb") as copy:
            loaded = pickle.load(copy)  # noqa: S301 - our own cache file, keyed by content
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        loaded = None
    if isinstance(loaded, list) and all(isinstance(e, Exercise) for e in loaded):
        return loaded
    exercises = build()
    _store(path, exercises)
    return exercises


def _store(path: str, exercises: list[Exercise]) -> None:
    import tempfile

    try:
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".exercises-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            _ByConstructor(out, protocol=pickle.HIGHEST_PROTOCOL).dump(exercises)
        os.replace(tmp, path)  # atomic: a reader sees the whole file or none
    except OSError:
        return


class _ByConstructor(pickle.Pickler):
    """Writes each dataclass as a call of its constructor with its fields in order: read back
    without dataclasses' slotted ``__setstate__``, which looks up the fields for each object
    (bench_exercises cold load: unpickling the library about 9 -> 5 ms)."""

    def reducer_override(self, obj: object) -> Any:
        import dataclasses

        if isinstance(obj, type) or not dataclasses.is_dataclass(obj):
            return NotImplemented
        fields = dataclasses.fields(obj)
        if not all(f.init and not f.kw_only for f in fields):
            return NotImplemented
        return type(obj), tuple(getattr(obj, f.name) for f in fields)
