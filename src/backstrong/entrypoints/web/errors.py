"""Friendly error pages for people, JSON errors for the API; 500s logged with the request id."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from backstrong.domain.errors import SHOWN_CHARS, FieldError, excerpt
from backstrong.entrypoints.web.deps import LoginRequired
from backstrong.entrypoints.web.methods import allowed_methods
from backstrong.entrypoints.web.templating import render
from backstrong.entrypoints.web.uploads import refused_status
from backstrong.services.accounts.base import TooManyAttempts
from backstrong.services.errors import Busy, Conflict, Forbidden, NotFound

log = logging.getLogger("backstrong.web")
SECRET_FIELDS = frozenset(
    {
        "password",
        "password_confirm",
        "current_password",
        "new_password",
        "new_password_confirm",
        "invite",
        "claim_code",
    }
)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _request_id(request: Request) -> str:
    return str(getattr(request.state, "request_id", ""))


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    headers = exc.headers
    if exc.status_code == 405:  # every method the path takes, not only the first route's
        headers = {"Allow": ", ".join(allowed_methods(request.app.router, request.scope))}
    if _is_api(request):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)
    context = {"status": exc.status_code, "detail": exc.detail}
    response = render(request, "error.html", context, status_code=exc.status_code)
    response.headers.update(headers or {})
    return response


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    details = []
    for error in exc.errors():
        item = {k: v for k, v in error.items() if k not in ("url", "ctx")}
        if error.get("loc") and str(error["loc"][-1]) in SECRET_FIELDS:
            item.pop("input", None)
        elif "input" in item and len(str(item["input"])) > SHOWN_CHARS:
            item["input"] = excerpt(item["input"])  # never the whole (possibly huge) body
        details.append(item)
    if _is_api(request):
        return JSONResponse({"detail": jsonable_encoder(details)}, status_code=422)
    context = {"status": 422, "detail": "; ".join(str(d["msg"]) for d in details)}
    return render(request, "error.html", context, status_code=422)


def _problem(request: Request, status_code: int, detail: object, message: str) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": detail}, status_code=status_code)
    context = {"status": status_code, "detail": message}
    return render(request, "error.html", context, status_code=status_code)


async def field_error(request: Request, exc: Exception) -> Response:
    """A value the domain refused: 422 naming the field, a short excerpt of the value and what
    is accepted (413 for a file over its limit; pages that show the message beside the field
    catch it themselves)."""
    assert isinstance(exc, FieldError)
    loc = ("body", *exc.field.replace(" ", "_").split("."))  # "hold seconds" → hold_seconds
    item: dict[str, object] = {"loc": loc, "msg": str(exc), "type": "value_error"}
    if exc.field not in SECRET_FIELDS:  # a password is never echoed back
        item["input"] = excerpt(exc.value)
    return _problem(request, refused_status(exc), [item], str(exc))


async def not_found(request: Request, exc: Exception) -> Response:
    return _problem(request, 404, str(exc), str(exc))


async def conflict(request: Request, exc: Exception) -> Response:
    return _problem(request, 409, str(exc), str(exc))


async def forbidden(request: Request, exc: Exception) -> Response:
    return _problem(request, 403, str(exc), str(exc))


async def too_many(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, TooManyAttempts)
    response = _problem(request, 429, str(exc), str(exc))
    response.headers["Retry-After"] = str(exc.retry_after_seconds)
    return response


async def busy(request: Request, exc: Exception) -> Response:
    """The database stayed locked past its wait (SQLite: another writer; PostgreSQL: a deadlock
    or serialization failure): nothing was written, so the client may send the request again."""
    assert isinstance(exc, Busy)
    log.warning("database busy (request id %s) on %s %s", _request_id(request), request.method,
                request.url.path)  # fmt: skip
    response = _problem(request, 503, str(exc), str(exc))
    response.headers["Retry-After"] = str(exc.retry_after_seconds)
    return response


async def login_required(request: Request, exc: Exception) -> Response:
    from urllib.parse import quote

    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target)}", status_code=303)


async def server_error(request: Request, exc: Exception) -> Response:
    request_id = _request_id(request)
    log.exception(
        "unhandled error (request id %s) on %s %s", request_id, request.method, request.url.path
    )
    if _is_api(request):
        return JSONResponse(
            {"detail": "internal error", "request_id": request_id},
            status_code=500,
            headers={"x-request-id": request_id},
        )
    response = render(request, "error.html", {"status": 500, "detail": None}, status_code=500)
    response.headers["x-request-id"] = request_id
    return response


def install(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(FieldError, field_error)
    app.add_exception_handler(NotFound, not_found)
    app.add_exception_handler(Conflict, conflict)
    app.add_exception_handler(Forbidden, forbidden)
    app.add_exception_handler(TooManyAttempts, too_many)
    app.add_exception_handler(Busy, busy)
    app.add_exception_handler(LoginRequired, login_required)
    app.add_exception_handler(Exception, server_error)
