"""Pure ASGI middleware that refuses text no field can hold, once, before any route sees it: NUL
characters (PostgreSQL cannot store them), lone UTF-16 surrogates (no database can encode them),
bodies that are not UTF-8, and the JSON literals NaN, Infinity and -Infinity. Each is answered with
a 422 naming the field (``["body", "sets", 0, "note"]``, ``["query", "q"]``), in the API's error
shape, for the API and the form pages alike. Values that are well-formed text but out of range
(a date in year 1, a boolean where a number goes) are the schemas' and the domain's business."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

from starlette.types import Message, Receive, Scope, Send

from backstrong.domain.errors import excerpt
from backstrong.entrypoints.web.http_middleware import HttpMiddleware, send_json

BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
NON_FINITE = ("NaN", "Infinity", "-Infinity")


class _NonFinite:
    def __init__(self, literal: str) -> None:
        self.literal = literal


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be stored, or None when it can."""
    if "\x00" in text:
        return "must not contain NUL characters (\\u0000)"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "must be valid Unicode text (it holds a lone UTF-16 surrogate)"
    return None


def _walk(value: Any, loc: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, _NonFinite):
        yield loc, f"must be a finite number, not {value.literal}"
    elif isinstance(value, str):
        problem = text_problem(value)
        if problem:
            yield loc, problem
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*loc, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            problem = text_problem(key)
            if problem:
                yield (*loc, key), f"field name {problem}"
            else:
                yield from _walk(item, (*loc, key))


def json_problems(body: bytes) -> list[tuple[tuple[str | int, ...], str]]:
    """The refused values of a JSON body; malformed JSON is left to the app's own 422."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return [(("body",), "must be UTF-8 encoded JSON")]
    if "\\u" not in text.lower() and not any(literal in text for literal in NON_FINITE):
        return []  # nothing escaped and no bare constants: the common case costs one scan
    try:
        parsed = json.loads(text, parse_constant=_NonFinite)
    except ValueError:
        return []
    return list(_walk(parsed, ("body",)))


def pairs_problems(
    raw: bytes, where: str, *, plus_is_space: bool = True
) -> list[tuple[tuple[str | int, ...], str]]:
    """The refused values of a query string or an urlencoded form."""
    text = raw.decode("latin-1")
    if "%" not in text and "\x00" not in text:
        return []
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for name, value in parse_qsl(text, keep_blank_values=True, errors="surrogateescape"):
        for part in (name, value):
            problem = text_problem(part)
            if problem:
                problems.append(((where, name.replace("\x00", "")), problem))
                break
    return problems


def _detail(problems: list[tuple[tuple[str | int, ...], str]]) -> list[dict[str, Any]]:
    detail = [
        {"loc": list(loc), "msg": f"{loc[-1]} {message}", "type": "value_error"}
        for loc, message in problems[:10]
    ]
    for item in detail:
        item["msg"] = excerpt(item["msg"], 200).encode("utf-8", "replace").decode()
    return detail


class HostileInputMiddleware(HttpMiddleware):
    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        problems = pairs_problems(scope.get("query_string", b""), "query")
        if "\x00" in scope["path"]:
            problems.append((("path",), "must not contain NUL characters"))
        kind = _body_kind(scope)
        messages: list[Message] = []
        if kind and not problems:
            body = b""
            while True:
                message = await receive()
                messages.append(message)
                body += message.get("body", b"")
                if message["type"] != "http.request" or not message.get("more_body"):
                    break
            problems = json_problems(body) if kind == "json" else pairs_problems(body, "body")
        if problems:
            await send_json(send, 422, {"detail": _detail(problems)})
            return
        await self.app(scope, _replay(messages, receive) if messages else receive, send)


def _body_kind(scope: Scope) -> str | None:
    if scope["method"] not in BODY_METHODS:
        return None
    content_type = dict(scope["headers"]).get(b"content-type", b"").split(b";")[0].strip().lower()
    if content_type == b"application/json" or content_type.endswith(b"+json"):
        return "json"
    if content_type == b"application/x-www-form-urlencoded":
        return "form"
    return None


def _replay(messages: list[Message], receive: Receive) -> Receive:
    pending = list(messages)

    async def replay() -> Message:
        return pending.pop(0) if pending else await receive()

    return replay
