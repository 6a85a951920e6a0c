"""Pure ASGI middleware (cheap per request): a request id, security and caching headers."""

from __future__ import annotations

import uuid
from typing import Any

from starlette.types import Message, Receive, Scope, Send

from backstrong.entrypoints.logs import request_id as request_id_var
from backstrong.entrypoints.web.http_middleware import HttpMiddleware

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        # 'wasm-unsafe-eval': the pose and barcode libraries run WebAssembly (served from 'self').
        b"script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; frame-ancestors 'none'; "
        b"base-uri 'self'; form-action 'self'",
    ),
    # The camera is used by the form check and the barcode scanner on our own pages only.
    (b"permissions-policy", b"camera=(self), microphone=(), geolocation=(), payment=(), usb=()"),
)
HSTS = (b"strict-transport-security", b"max-age=31536000")
NO_STORE = (b"cache-control", b"no-store")  # health data must not linger in shared caches


class RequestContextMiddleware(HttpMiddleware):
    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        request_id = uuid.uuid4().hex[:16]
        state: dict[str, Any] = scope.setdefault("state", {})
        state["request_id"] = request_id
        token = request_id_var.set(request_id)  # for every log line of this request
        extra = [HSTS] if scope.get("scheme") == "https" else []
        if not scope["path"].startswith("/static/"):
            extra.append(NO_STORE)  # unless the response chose its own caching

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers.append((b"x-request-id", request_id.encode()))
                headers.extend(h for h in (*SECURITY_HEADERS, *extra) if h[0] not in present)
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            request_id_var.reset(token)
