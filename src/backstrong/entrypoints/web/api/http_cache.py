"""Responses served from a pre-serialised, pre-compressed copy with a strong ETag.

A route names the revision of what it shows (the bundled data's hash, a person's library
revision); the body is built once per (revision, path and query), kept in a small LRU, and a
request whose ``If-None-Match`` names its ETag gets a 304 without any work. Personal data is
``private, no-cache`` (always asked again, answered 304 while unchanged); shared data is public."""

from __future__ import annotations

import gzip
import hashlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock
from typing import Any

import brotli
from fastapi import Request, Response
from pydantic import BaseModel, TypeAdapter
from starlette.concurrency import run_in_threadpool

COMPRESS_FROM = 1024  # bytes: smaller bodies cost more to compress than they save
SHARED = "public, max-age=300"
PERSONAL = "private, no-cache"
ENTRIES = 512
BUDGET_BYTES = 48 * 1_048_576  # what the kept bodies may hold together, in all their encodings
_ANY = TypeAdapter(Any)


@dataclass(frozen=True, slots=True)
class Serialised:
    body: bytes
    gzipped: bytes | None
    brotlied: bytes | None
    etag: str


def serialise(content: object) -> Serialised:
    """A model, or JSON-ready data the service built from checked values (a history page)."""
    if isinstance(content, BaseModel):
        body = content.model_dump_json().encode()
    else:
        body = _ANY.dump_json(content)
    etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
    if len(body) < COMPRESS_FROM:
        return Serialised(body, None, None, etag)
    # compressed once per cache entry, so both at a high setting
    return Serialised(body, gzip.compress(body, 6, mtime=0), brotli.compress(body, quality=9), etag)


class ResponseCache:
    """A thread-safe LRU of serialised bodies by key, bounded by entries and by the bytes they
    hold together (a person's records at 10,000 sets are about 120 KB in their three forms)."""

    def __init__(self, size: int = ENTRIES, budget: int = BUDGET_BYTES) -> None:
        self._size, self._budget, self._bytes = size, budget, 0
        self._entries: OrderedDict[tuple[str, str], Serialised] = OrderedDict()
        self._lock = Lock()

    def peek(self, key: tuple[str, str]) -> Serialised | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def get(self, key: tuple[str, str], build: Callable[[], object]) -> Serialised:
        found = self.peek(key)
        if found is not None:
            return found
        made = serialise(build())  # outside the lock: builds may run in parallel, same result
        with self._lock:
            replaced = self._entries.pop(key, None)
            self._bytes += _held(made) - (0 if replaced is None else _held(replaced))
            self._entries[key] = made
            while len(self._entries) > self._size or self._bytes > self._budget:
                self._bytes -= _held(self._entries.popitem(last=False)[1])
        return made

    @property
    def held_bytes(self) -> int:
        return self._bytes


def _held(entry: Serialised) -> int:
    return len(entry.body) + len(entry.gzipped or b"") + len(entry.brotlied or b"")


def _cache_of(request: Request) -> ResponseCache:
    """One cache per app (``create_app`` puts it on ``app.state``)."""
    cache: ResponseCache = request.app.state.response_cache
    return cache


def _matches(request: Request, etag: str) -> bool:
    header = request.headers.get("if-none-match", "")
    return header.strip() == "*" or etag in (tag.strip() for tag in header.split(","))


async def cached_json(
    request: Request, revision: str, build: Callable[[], object], *, personal: bool
) -> Response:
    """The JSON of ``build()`` for this revision, path and query: 304 when the client has it.
    A cached answer costs no thread hop; ``build`` runs in the thread pool."""
    key = (revision, f"{request.url.path}?{request.url.query}")
    cache = _cache_of(request)
    entry = cache.peek(key)
    if entry is None:
        entry = await run_in_threadpool(cache.get, key, build)
    return answer(request, entry, personal=personal)


def answer(request: Request, entry: Serialised, *, personal: bool) -> Response:
    """``entry`` as the response: 304 when the client has it, else compressed as it accepts."""
    headers = {
        "etag": entry.etag,
        "cache-control": PERSONAL if personal else SHARED,
        "vary": "Accept-Encoding, Authorization, Cookie",
    }
    if _matches(request, entry.etag):
        return Response(status_code=304, headers=headers)
    accepted = request.headers.get("accept-encoding", "")
    for encoding, body in (("br", entry.brotlied), ("gzip", entry.gzipped)):
        if body is not None and encoding in accepted:
            headers["content-encoding"] = encoding
            return Response(body, media_type="application/json", headers=headers)
    return Response(entry.body, media_type="application/json", headers=headers)
