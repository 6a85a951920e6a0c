"""Oversized request bodies get 413 before the app reads them, declared or streamed."""

from __future__ import annotations

import asyncio

from backstrong.entrypoints.web.body_limit import JSON_LIMIT_BYTES, BodyLimitMiddleware


def test_a_declared_body_over_the_limit_is_refused_with_413(web):
    big = b"{" + b" " * (JSON_LIMIT_BYTES + 10) + b"}"
    response = web.post("/api/v1/users", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "at most 1 MB" in response.json()["detail"]


def test_a_small_body_passes(web):
    response = web.post("/api/v1/users", json={"email": "x"})
    assert response.status_code == 422


def test_a_streamed_body_is_cut_off_once_it_passes_the_limit():
    reads: list[int] = []

    async def app(scope, receive, send):
        while True:
            message = await receive()
            reads.append(len(message["body"]))
            if not message.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    chunk = b"x" * 400_000
    chunks = iter([chunk] * 10)

    async def receive():
        return {"type": "http.request", "body": next(chunks), "more_body": True}

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "path": "/api/v1/sets", "headers": [], "method": "POST"}
    asyncio.run(BodyLimitMiddleware(app)(scope, receive, send))
    assert sent[0]["status"] == 413
    assert len(reads) == 2  # the third chunk passed the limit and was never handed on


def test_a_validation_error_echoes_only_a_short_excerpt(web):
    long_email = "x" * 5000
    response = web.post("/api/v1/users", json={"email": long_email, "password": "p" * 20})
    assert response.status_code == 422
    assert len(response.text) < 1000
    assert ("p" * 20) not in response.text


def _declared(path: str, size: int) -> int:
    """The status the middleware answers for a body of ``size`` bytes declared to ``path``."""

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    headers = [(b"content-length", str(size).encode())]
    scope = {"type": "http", "path": path, "headers": headers, "method": "POST"}
    asyncio.run(BodyLimitMiddleware(app)(scope, receive, send))
    return int(sent[0]["status"])


def test_uploads_as_large_as_their_pages_promise_reach_the_app():
    mib = 1_048_576
    assert _declared("/settings/foods", 200 * mib + 4096) == 200  # a USDA table up to 200 MB
    assert _declared("/api/v1/foods/import", 200 * mib + 4096) == 200
    assert _declared("/body/import", 100 * mib + 4096) == 200  # an Apple Health export.xml
    assert _declared("/api/v1/weights/import", 100 * mib + 4096) == 200
    assert _declared("/settings/foods", 300 * mib) == 413
    assert _declared("/body/import", 150 * mib) == 413
