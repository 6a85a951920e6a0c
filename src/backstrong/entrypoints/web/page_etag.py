"""Strong ETags on rendered pages: a browser that revalidates a page it already holds gets a
304 instead of the same HTML again.

A page is hashed after rendering, so this saves bytes on the wire, not work on the server; the
hash of a 20 KB page costs a few microseconds. Pages answer ``no-cache`` when nobody is signed
in (the library, sign-in) and ``no-store`` otherwise (health data stays out of shared caches, so
signed-in pages are never revalidated; they carry the ETag all the same)."""

from __future__ import annotations

import hashlib

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import Message, Receive, Scope, Send

from backstrong.entrypoints.web.deps import SESSION_COOKIE
from backstrong.entrypoints.web.http_middleware import HttpMiddleware, send_response

REVALIDATE = "no-cache"


def etag_of(body: bytes) -> str:
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def _matches(header: str, etag: str) -> bool:
    return header.strip() == "*" or etag in (tag.strip() for tag in header.split(","))


class PageETagMiddleware(HttpMiddleware):
    def takes(self, scope: Scope) -> bool:
        return scope["method"] in ("GET", "HEAD")

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Headers(scope=scope)
        asked = request.get("if-none-match", "")
        signed_in = f"{SESSION_COOKIE}=" in request.get("cookie", "")
        start: Message | None = None

        async def tag_pages(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = Headers(raw=message.get("headers", []))
                is_page = headers.get("content-type", "").startswith("text/html")
                if message["status"] == 200 and is_page and "etag" not in headers:
                    start = message  # held until the body says whether it is one piece
                    return
                await send(message)
                return
            if start is None:
                await send(message)
                return
            held, start = start, None
            if message.get("more_body", False):  # a streamed page: sent as it is
                await send(held)
                await send(message)
                return
            etag = etag_of(message.get("body", b""))
            headers = MutableHeaders(raw=held["headers"])
            headers["etag"] = etag
            if "cache-control" not in headers and not signed_in:
                headers["cache-control"] = REVALIDATE
            if asked and _matches(asked, etag):
                for name in ("content-length", "content-type"):
                    del headers[name]
                await send_response(send, 304, headers.raw)
                return
            await send(held)
            await send(message)

        await self.app(scope, receive, tag_pages)
