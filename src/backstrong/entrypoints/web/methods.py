"""OPTIONS and TRACE, answered once for every path: OPTIONS says which methods a path takes (204
with ``Allow``; no CORS is configured, so there is no preflight to answer), TRACE is never allowed
(it would echo cookies back to a script), and a method a path does not take gets 405 with the
whole ``Allow`` list (Starlette alone names only the first route that matched the path)."""

from __future__ import annotations

from fastapi.routing import iter_route_contexts
from starlette.routing import Router, compile_path
from starlette.types import ASGIApp, Receive, Scope, Send

from backstrong.entrypoints.web.http_middleware import HttpMiddleware, send_json, send_response

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


class MethodsMiddleware(HttpMiddleware):
    def __init__(self, app: ASGIApp, router: Router) -> None:
        super().__init__(app)
        self.router = router

    def takes(self, scope: Scope) -> bool:
        return scope["method"] in ANSWERED_HERE

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        allowed = allowed_methods(self.router, scope)
        if not allowed:
            await self.app(scope, receive, send)  # the app's own 404
            return
        allow = (b"allow", ", ".join(allowed).encode())
        if scope["method"] == "OPTIONS":
            await send_response(send, 204, [allow, (b"content-length", b"0")])
            return
        await send_json(send, 405, {"detail": "Method Not Allowed"}, [allow])
