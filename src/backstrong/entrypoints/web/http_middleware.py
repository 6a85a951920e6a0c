"""The frame every pure ASGI middleware of the app shares, and the raw answers they send
themselves (a 413, a 422, a 405, a 304) before or instead of the app."""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

Header = tuple[bytes, bytes]


class HttpMiddleware:
    """HTTP requests it ``takes`` go to ``handle``; anything else (the lifespan, a request it
    leaves alone) passes to the app untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def takes(self, scope: Scope) -> bool:
        return True

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.takes(scope):
            await self.app(scope, receive, send)
            return
        await self.handle(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


async def send_response(send: Send, status: int, headers: list[Header], body: bytes = b"") -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def send_json(
    send: Send, status: int, content: object, headers: Iterable[Header] = ()
) -> None:
    """``content`` as a JSON answer; ``headers`` come before its type and length."""
    body = json.dumps(content).encode()
    length = (b"content-length", str(len(body)).encode())
    await send_response(
        send, status, [*headers, (b"content-type", b"application/json"), length], body
    )
