"""The compiled copy of the bundled library: read back when the files are unchanged, rebuilt when
they change or the copy is damaged, never in the way when the cache folder cannot be written."""

from __future__ import annotations

from backstrong.adapters.files.exercise_library import compiled
from backstrong.adapters.files.exercise_library.loader import (
    bundled_library_key,
    load_bundled_library,
)


def test_the_key_changes_with_any_byte_or_name():
    base = compiled.content_key([("a", b"x = 1"), ("b", b"y = 2")])
    assert compiled.content_key([("a", b"x = 1"), ("b", b"y = 2")]) == base
    assert compiled.content_key([("a", b"x = 1"), ("b", b"y = 3")]) != base
    assert compiled.content_key([("a", b"x = 1"), ("c", b"y = 2")]) != base


def test_the_copy_is_written_once_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKSTRONG_CACHE_DIR", str(tmp_path))
    exercises = list(load_bundled_library())
    calls = []

    def build():
        calls.append(1)
        return exercises

    first = compiled.cached_exercises("k1", build)
    second = compiled.cached_exercises("k1", build)
    assert calls == [1]
    assert second == first == exercises
    assert (tmp_path / "exercises-k1.pickle").is_file()


def test_a_damaged_copy_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKSTRONG_CACHE_DIR", str(tmp_path))
    (tmp_path / "exercises-k2.pickle").write_bytes(b"not a pickle")
    exercises = list(load_bundled_library())
    assert compiled.cached_exercises("k2", lambda: exercises) == exercises
    assert compiled.cached_exercises("k2", lambda: []) == exercises  # the rewrite is read back


def test_an_unwritable_cache_costs_only_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("BACKSTRONG_CACHE_DIR", str(blocker / "cache"))
    exercises = list(load_bundled_library())
    assert compiled.cached_exercises("k3", lambda: exercises) == exercises


def test_the_bundled_key_is_stable_within_a_process():
    assert bundled_library_key() == bundled_library_key()
    assert len(bundled_library_key()) == 32
