"""One envelope for every list the API returns: ``{"items", "total", "limit", "offset", "next"}``.

``limit`` defaults to 50 (at most 200), ``offset`` to 0; ``next`` is the path and query of the
following page, null on the last. ``total`` counts every match, or is null where counting would
cost a full search (food search ranks only the best matches)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Query, Request
from pydantic import BaseModel, Field

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
MAX_OFFSET = 1_000_000

T = TypeVar("T")
X = TypeVar("X")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int | None = Field(description="Every match, or null when not counted")
    limit: int
    offset: int
    next: str | None = Field(description="Path and query of the next page; null on the last")


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int


async def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip")] = 0,
) -> Paging:
    return Paging(limit, offset)


PagingDep = Annotated[Paging, Depends(paging)]


class PageQuery(BaseModel):
    """``limit`` and ``offset`` as :func:`paging` reads them, for a route whose query parameters
    are one model (read in one validation rather than one a parameter)."""

    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Items per page")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Items to skip")

    @property
    def window(self) -> Paging:
        return Paging(self.limit, self.offset)


def next_url(request: Request, window: Paging, has_more: bool) -> str | None:
    if not has_more:
        return None
    url = request.url.include_query_params(offset=window.offset + window.limit)
    return f"{url.path}?{url.query}"


def _page(
    request: Request,
    window: Paging,
    items: Sequence[X],
    convert: Callable[[X], T],
    total: int | None,
    more: bool,
) -> Page[T]:
    """The envelope around ``items`` (already cut to the window); ``more``: a page follows."""
    return Page[T](
        items=[convert(item) for item in items],
        total=total,
        limit=window.limit,
        offset=window.offset,
        next=next_url(request, window, more),
    )


def page_of(
    request: Request, window: Paging, items: Sequence[X], convert: Callable[[X], T]
) -> Page[T]:
    """The window of ``items`` (all matches, in order) as a page."""
    end = window.offset + window.limit
    shown = items[window.offset : end]
    return _page(request, window, shown, convert, len(items), end < len(items))


def page_of_ranked(
    request: Request, window: Paging, ranked: Sequence[X], convert: Callable[[X], T]
) -> Page[T]:
    """A page from the best ``offset + limit + 1`` matches of a ranked search (no total)."""
    end = window.offset + window.limit
    return _page(request, window, ranked[window.offset : end], convert, None, len(ranked) > end)


def page_counted(
    request: Request, window: Paging, items: Sequence[X], total: int, convert: Callable[[X], T]
) -> Page[T]:
    """A page the database already cut to the window (``items``), with the count of matches."""
    more = window.offset + len(items) < total
    return _page(request, window, items, convert, total, more)


def page_uncounted(
    request: Request, window: Paging, items: Sequence[X], more: bool, convert: Callable[[X], T]
) -> Page[T]:
    """A page the database cut to the window, not counted (``total`` null): ``more`` says
    whether another page follows."""
    return _page(request, window, items, convert, None, more)
