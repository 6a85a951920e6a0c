"""The OpenAPI document, completed once from the routes themselves: the two ways to sign in
(a bearer token, or the browser's session cookie with the CSRF header on writes), which operations
need one, and every error status an operation can answer with its body's shape. Routes declare
only what is particular to them (a 429 where a rate limit applies, a 304 where ETags do)."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts

from backstrong.entrypoints.web.deps import SESSION_COOKIE, api_user, optional_api_user

PROBLEM = {"$ref": "#/components/schemas/Problem"}
VALIDATION_PROBLEM = {"$ref": "#/components/schemas/ValidationProblem"}
SCHEMAS: dict[str, Any] = {
    "Problem": {
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
        "description": "What went wrong, in words a person can act on.",
    },
    "ValidationProblem": {
        "type": "object",
        "properties": {
            "detail": {
                "anyOf": [
                    {"type": "string"},
                    {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "loc": {
                                    "type": "array",
                                    "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
                                },
                                "msg": {"type": "string"},
                                "type": {"type": "string"},
                            },
                            "required": ["loc", "msg", "type"],
                        },
                    },
                ]
            }
        },
        "required": ["detail"],
        "description": "The refused fields: where (loc), why (msg), and a short excerpt (input).",
    },
}
SECURITY_SCHEMES = {
    "bearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "An API token (POST /api/v1/tokens, or Settings → API tokens).",
    },
    "session": {
        "type": "apiKey",
        "in": "cookie",
        "name": SESSION_COOKIE,
        "description": "The browser's session after signing in; writes also need the "
        "X-CSRF-Token header.",
    },
}
SIGNED_IN: list[dict[str, list[str]]] = [{"bearer": []}, {"session": []}]
UNSAFE = frozenset({"post", "put", "patch", "delete"})
ERRORS = {
    "400": "The body could not be read as the form it claims to be",
    "401": "Not signed in: send Authorization: Bearer <token>, or the session cookie",
    "403": "Not allowed: a missing CSRF header with a session cookie, or not yours to change",
    "404": "No such thing among your own",
    "409": "Conflicts with what is stored",
    "413": "The body is over the size limit",
    "422": "A refused value: the field, an excerpt of the value and what is accepted",
    "429": "Too many requests: wait for Retry-After seconds",
    "503": "The database was busy and nothing was saved: send the same request after Retry-After "
    "seconds",
}


def _calls(dependant: Dependant) -> set[Any]:
    found = {dependant.call}
    for sub in dependant.dependencies:
        found |= _calls(sub)
    return found


def _statuses(
    route: APIRoute, path: str, method: str, operation: dict[str, Any]
) -> tuple[set[str], Any]:
    calls = _calls(route.dependant)
    statuses = {"422"}  # any request can carry a refused value (a NUL in the query string)
    security: Any = []
    if api_user in calls:
        statuses |= {"401", "403", "503"}
        security = SIGNED_IN
        if method in UNSAFE:
            statuses.add("409")
    elif optional_api_user in calls:
        statuses |= {"401", "503"}
        security = [*SIGNED_IN, {}]
    if "requestBody" in operation:
        statuses.add("413")
        if "multipart/form-data" in operation["requestBody"].get("content", {}):
            statuses.add("400")
    if "{" in path:
        statuses.add("404")
    return statuses, security


def complete(document: dict[str, Any], app: FastAPI) -> dict[str, Any]:
    """``document`` with security and every error response filled in, for the API's routes."""
    components = document.setdefault("components", {})
    components.setdefault("schemas", {}).update(SCHEMAS)
    components["securitySchemes"] = SECURITY_SCHEMES
    for context in iter_route_contexts(app.routes):
        route, path = context.original_route, context.path_format or ""
        if not isinstance(route, APIRoute) or not path.startswith("/api/"):
            continue
        for method in sorted(set(route.methods or ()) - {"HEAD"}):
            operation = document["paths"].get(path, {}).get(method.lower())
            if operation is None:
                continue
            statuses, security = _statuses(route, path, method.lower(), operation)
            operation["security"] = security
            responses = operation.setdefault("responses", {})
            declared = {s for s in responses if s in ERRORS or s.startswith("5")}
            for status in sorted(statuses | declared):  # the same document in every process
                schema = VALIDATION_PROBLEM if status == "422" else PROBLEM
                response = responses.setdefault(status, {"description": ERRORS.get(status, "")})
                response["content"] = {"application/json": {"schema": schema}}
    for unused in ("HTTPValidationError", "ValidationError"):
        if f'/{unused}"' not in json.dumps(document):
            components["schemas"].pop(unused, None)
    return document


def install(app: FastAPI) -> None:
    """Serve the completed document at the app's openapi_url (built once, on first request)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                routes=app.routes,
            )
            app.openapi_schema = complete(document, app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
