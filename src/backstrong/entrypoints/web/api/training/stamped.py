"""Answers read from a person's training log, kept serialised under the log's stamp.

The stamp (sets, highest set id) moves on with every write of the person's sets, so an answer
kept under it holds while it stands: asked again, it comes from memory (or as a 304 to its ETag)
without reading the log. The stamp is one stored row read without a thread hop; only a person
whose history figures were never read has it counted, in the thread pool. Used by the history
page (figure ``history_page_50_vs_me``) and the records (about 40 ms to gather and serialise at
10,000 sets)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request, Response
from starlette.concurrency import run_in_threadpool

from backstrong.domain.accounts import User
from backstrong.entrypoints.web.api.http_cache import cached_json
from backstrong.services.training.service import TrainingService


async def stamped_json(
    request: Request,
    training: TrainingService,
    user: User,
    build: Callable[[], object],
    *,
    shown_in: str = "",
) -> Response:
    """``build()`` as JSON for this path and query, kept under the person's log stamp (and
    ``shown_in``: anything else the answer depends on, such as their display unit)."""
    stamp = training.known_log_revision(user)
    if stamp is None:
        stamp = await run_in_threadpool(training.log_revision, user)
    revision = f"log/{user.id}/{stamp[0]}/{stamp[1]}/{shown_in}"
    return await cached_json(request, revision, build, personal=True)
