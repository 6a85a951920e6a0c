"""OPTIONS and TRACE, answered once for every path: OPTIONS says which methods a path takes (204
with ``Allow``; no CORS is configured, so there is no preflight to answer), TRACE is never allowed
(it would echo cookies back to a script), and a method a path does not take gets 405 with the
whole ``Allow`` list (Starlette alone names only the first route that matched the path)."""

from __future__ import annotations

import json

from fastapi.routing import iter_route_contexts
from starlette.routing import Router, compile_path
from starlette.types import ASGIApp, Receive, Scope, Send

ANSWERED_HERE = frozenset({"OPTIONS", "TRACE"})


def allowed_methods(router: Router, scope: Scope) -> list[str]:
    """Every method some route takes at this path (HEAD with GET), sorted."""
    methods: set[str] = set()
    for route in iter_route_contexts(router.routes):
        if route.path_format and route.methods:
            pattern, _, _ = compile_path(route.path_format)
            if pattern.match(scope["path"]):
                methods |= set(route.methods)
    if methods:
        methods |= {"OPTIONS"} | ({"HEAD"} if "GET" in methods else set())
    return sorted(methods)


class MethodsMiddleware:
    def __init__(self, app: ASGIApp, router: Router) -> None:
        self.app = app
        self.router = router

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ANSWERED_HERE:
            await self.app(scope, receive, send)
            return
        allowed = allowed_methods(self.router, scope)
        if not allowed:
            await self.app(scope, receive, send)  # the app's own 404
            return
        allow = (b"allow", ", ".join(allowed).encode())
        if scope["method"] == "OPTIONS":
            headers = [allow, (b"content-length", b"0")]
            await send({"type": "http.response.start", "status": 204, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        body = json.dumps({"detail": "Method Not Allowed"}).encode()
        headers = [
            allow,
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ]
        await send({"type": "http.response.start", "status": 405, "headers": headers})
        await send({"type": "http.response.body", "body": body})
