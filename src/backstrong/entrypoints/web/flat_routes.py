"""Routers copied into one flat route table, in order, through FastAPI's public ``add_api_route``.

Since FastAPI 0.137, ``include_router`` keeps each included router as a node of a tree that every
request walks twice (to match, then again to handle), with bookkeeping at every route it passes:
finding GET /api/v1/sets cost about 0.3 ms and /today 0.7 ms, more than the rest of /api/v1/me
(figure ``history_page_50_vs_me_0_sets``). Earlier versions copied the routes into the including
router; :func:`include_flat` makes that copy on every version, so a request is matched by one pass
over a flat list, in the same order, and the OpenAPI document stays the same."""

from __future__ import annotations

import inspect
from typing import Any

from fastapi import APIRouter
from fastapi.routing import APIRoute, APIWebSocketRoute
from starlette.routing import Match
from starlette.types import Scope

# Given explicitly (``include_in_schema`` joined with the caller's), never copied from the route.
_OWN_ARGUMENTS = frozenset(
    {"self", "path", "endpoint", "route_class_override", "include_in_schema"}
)


class LiteralRoute(APIRoute):
    """An APIRoute that turns away a path lacking its literal part (the path up to its first
    parameter) before trying its pattern: a request passes every earlier route on its way to its
    own, and GET /api/v1/sets passes about fifty (figure ``history_page_50_vs_me_0_sets``)."""

    def __init__(self, path: str, endpoint: Any, **options: Any) -> None:
        super().__init__(path, endpoint, **options)
        self.literal = path.split("{", 1)[0]

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        # The path a route sees is the request's path or its end (less the root path), so a
        # match needs the literal part somewhere in the request's path.
        if self.literal not in scope["path"]:
            return Match.NONE, {}
        return super().matches(scope)


def copied_options(route: APIRoute, router: APIRouter) -> dict[str, object]:
    """The route's value for every other option ``router.add_api_route`` takes. An APIRoute keeps
    each option under its argument's name; a FastAPI release that breaks that fails here, loudly,
    at start-up (tests/unit/web/test_flat_routes.py) rather than dropping the option."""
    names = inspect.signature(router.add_api_route).parameters.keys() - _OWN_ARGUMENTS
    missing = sorted(name for name in names if not hasattr(route, name))
    if missing:
        raise TypeError(f"route {route.path}: APIRoute no longer keeps {', '.join(missing)}")
    return {name: getattr(route, name) for name in names}


def include_flat(
    target: APIRouter, source: APIRouter, *, prefix: str = "", include_in_schema: bool = True
) -> None:
    """Add every route of ``source`` to ``target`` under ``prefix``, as ``include_router`` would,
    but as routes of ``target`` itself rather than one node for ``source``."""
    if source.on_startup or source.on_shutdown or getattr(source, "form_limits", None):
        raise TypeError("include_flat copies routes only: use include_router for this router")
    for route in source.routes:
        if isinstance(route, APIRoute):
            target.add_api_route(
                prefix + route.path,
                route.endpoint,
                route_class_override=LiteralRoute if type(route) is APIRoute else type(route),
                include_in_schema=route.include_in_schema and include_in_schema,
                **copied_options(route, target),  # type: ignore[arg-type]
            )
        elif isinstance(route, APIWebSocketRoute):
            target.add_api_websocket_route(
                prefix + route.path, route.endpoint, route.name, dependencies=route.dependencies
            )
        else:  # a nested router or a mount: copied, it would change meaning
            raise TypeError(f"include_flat copies path operations only, not {route!r}")
