"""Pure ASGI middleware that refuses oversized request bodies with 413 before the app reads them:
a declared Content-Length over the limit is answered at once, and a streamed (chunked) body is
counted as it arrives and cut off when it passes the limit."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backstrong.entrypoints.web.http_middleware import HttpMiddleware, send_json

JSON_LIMIT_BYTES = 1_000_000  # forms and JSON: far above any real request
# Upload limits sit a little above the app's own cap on the file in the form (its multipart
# envelope is small), so a person sees the page's message naming the cap, not a bare 413.
UPLOAD_LIMIT_BYTES = 105_000_000  # backups, workout imports, weigh-in imports (100 MiB)
FOOD_UPLOAD_LIMIT_BYTES = 210_000_000  # USDA food tables (200 MiB)
LANDMARKS_LIMIT_BYTES = 8_000_000  # a form check's landmarks: about three minutes at 30 fps
UPLOAD_PATH_PREFIXES = (
    "/settings/backup",
    "/api/v1/backup",
    "/api/v1/imports",
    "/history/import",
    "/api/v1/weights/import",
    "/body/import",
    "/exercises/import",
    "/api/v1/exercises/import",
)
FOOD_UPLOAD_PATH_PREFIXES = ("/settings/foods", "/api/v1/foods/import")
LANDMARKS_PATH_PREFIXES = ("/api/v1/form-checks", "/form")


class BodyTooLarge(Exception):
    pass


def limit_for(path: str, upload_limit: int = UPLOAD_LIMIT_BYTES) -> int:
    """The most bytes a request to ``path`` may send (documented in the README)."""
    if path.startswith(FOOD_UPLOAD_PATH_PREFIXES):
        return max(FOOD_UPLOAD_LIMIT_BYTES, upload_limit)
    if path.startswith(UPLOAD_PATH_PREFIXES):
        return upload_limit
    if path.startswith(LANDMARKS_PATH_PREFIXES):
        return LANDMARKS_LIMIT_BYTES
    return JSON_LIMIT_BYTES


async def _refuse(send: Send, limit: int) -> None:
    detail = f"request body too large: at most {limit // 1_000_000} MB is accepted here"
    await send_json(send, 413, {"detail": detail})


class BodyLimitMiddleware(HttpMiddleware):
    def __init__(self, app: ASGIApp, import_limit: int = 0) -> None:
        """``import_limit``: the largest imported file (an upload's body may hold it and a form)."""
        super().__init__(app)
        self.upload_limit = max(UPLOAD_LIMIT_BYTES, import_limit + 1_000_000)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = limit_for(scope["path"], self.upload_limit)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _refuse(send, limit)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _refuse(send, limit)
