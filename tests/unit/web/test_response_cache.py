"""The cache of serialised answers keeps the most recently used ones within its entry count and
its byte budget, so a few large personal answers cannot grow a worker without bound."""

from __future__ import annotations

from backstrong.entrypoints.web.api.http_cache import ResponseCache


def _page(size: int) -> dict[str, str]:
    return {"text": "x" * size}


def test_the_least_recently_used_answers_go_first_when_the_bytes_run_out():
    cache = ResponseCache(size=100, budget=6_000)
    for name in "abc":
        cache.get(("r", name), lambda: _page(1_500))
    assert cache.peek(("r", "a")) is not None  # a is now the most recently used
    cache.get(("r", "d"), lambda: _page(1_500))
    assert cache.peek(("r", "b")) is None
    assert all(cache.peek(("r", name)) is not None for name in "acd")
    assert cache.held_bytes <= 6_000


def test_the_entry_count_still_bounds_small_answers():
    cache = ResponseCache(size=2, budget=10_000_000)
    for name in "abc":
        cache.get(("r", name), lambda: _page(10))
    assert cache.peek(("r", "a")) is None and cache.peek(("r", "c")) is not None


def test_an_answer_kept_again_under_its_key_is_counted_once():
    cache = ResponseCache(size=10, budget=10_000_000)
    first = cache.get(("r", "a"), lambda: _page(100))
    assert cache.get(("r", "a"), lambda: _page(5_000)) is first  # still cached: not rebuilt
    assert cache.held_bytes == len(first.body)
