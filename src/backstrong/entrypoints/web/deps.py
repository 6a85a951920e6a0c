"""Request dependencies: the container, the acting user (session cookie or Bearer token), CSRF."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, HTTPException, Request, WebSocket, status
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import HTTPConnection

from backstrong.bootstrap import Container
from backstrong.domain.accounts import User
from backstrong.domain.errors import FileTooLarge
from backstrong.entrypoints.web import csrf

SESSION_COOKIE = "bs_session"
FORM_OVERHEAD_BYTES = 64 * 1024  # the other fields and multipart boundaries around an upload
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class LoginRequired(Exception):
    """Raised by page dependencies; the app turns it into a redirect to the login page."""


async def get_container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(get_container)]


def cookie_secure(request: Request, container: Container) -> bool:
    mode = container.settings.cookie_secure
    return mode == "always" or (mode == "auto" and request.url.scheme == "https")


def session_user(request: Request, container: ContainerDep) -> User | None:
    if SESSION_COOKIE not in request.cookies:
        return None
    user = container.accounts.user_for_web_session(request.cookies[SESSION_COOKIE])
    request.state.user = user
    return user


OptionalUser = Annotated[User | None, Depends(session_user)]


def page_user(user: OptionalUser) -> User:
    if user is None:
        raise LoginRequired()
    return user


PageUser = Annotated[User, Depends(page_user)]


def _bearer(request: HTTPConnection) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


async def api_user(request: Request, container: ContainerDep) -> User:
    """Bearer token first; a browser session also works, with the CSRF header on writes."""
    token = _bearer(request)
    if token is not None:
        user = await _user_for_bearer(container, token)
    else:
        user = await run_in_threadpool(session_user, request, container)
        if user is not None and request.method in UNSAFE_METHODS:
            submitted = request.headers.get(csrf.CSRF_HEADER)
            if not csrf.is_valid(request, container.settings.secret_key, submitted):
                raise HTTPException(status.HTTP_403_FORBIDDEN, "missing or invalid CSRF token")
    if user is None:
        raise _not_authenticated("authentication required: send Authorization: Bearer <token>")
    return user


def _not_authenticated(detail: str) -> HTTPException:
    """The 401 an API caller gets, asking for a Bearer token."""
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"}
    )


async def optional_api_user(request: Request, container: ContainerDep) -> User | None:
    """For open endpoints: the caller when they sent a valid token or session, else None."""
    token = _bearer(request)
    if token is not None:
        user = await _user_for_bearer(container, token)
        if user is None:
            raise _not_authenticated("invalid token")
        return user
    if SESSION_COOKIE in request.cookies:
        return await run_in_threadpool(session_user, request, container)
    return None


async def _user_for_bearer(container: Container, token: str) -> User | None:
    """A token resolved moments ago costs no I/O and no thread hop; others go to the database."""
    accounts = container.accounts
    user = accounts.cached_user_for_api_token(token)
    if user is None:
        user = await run_in_threadpool(accounts.user_for_api_token, token)
    return user


ApiUser = Annotated[User, Depends(api_user)]


async def websocket_user(websocket: WebSocket, container: Container) -> User | None:
    """The caller of a WebSocket: a Bearer token, or the browser session when the page that
    opened the socket is this site's own (a browser sends the session cookie whichever site
    opens the socket, so a cross-site Origin is refused; CSRF tokens cannot ride on a socket)."""
    token = _bearer(websocket)
    if token is not None:
        return await _user_for_bearer(container, token)
    if SESSION_COOKIE not in websocket.cookies or not same_origin(websocket):
        return None
    cookie = websocket.cookies[SESSION_COOKIE]
    return await run_in_threadpool(container.accounts.user_for_web_session, cookie)


def same_origin(connection: HTTPConnection) -> bool:
    """Whether the Origin header names the host the request was sent to."""
    origin = connection.headers.get("origin")
    host = connection.headers.get("host")
    if not origin or not host:
        return False
    return urlsplit(origin).netloc.lower() == host.lower()


async def verified_form(request: Request, container: ContainerDep) -> dict[str, str]:
    """The submitted form as plain strings, after the CSRF check (403 when it fails)."""
    form = await request.form()
    data = {k: v for k, v in form.items() if isinstance(v, str)}
    if not csrf.is_valid(request, container.settings.secret_key, data.get(csrf.CSRF_FIELD)):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            "This form expired or came from another site. Go back, reload the page and try again.",
        )
    return data


VerifiedForm = Annotated[dict[str, str], Depends(verified_form)]


def client_address(request: Request) -> str:
    return (request.client.host if request.client else "unknown")[:64]


async def verified_upload(
    request: Request, container: ContainerDep, limit: int
) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """A multipart form after the CSRF check: its text fields, and each file's name and bytes,
    read at most one byte past ``limit`` (so the caller can refuse an oversized file). A request
    announcing far more than ``limit`` is refused before its body is read."""
    data, uploads = await verified_files(request, container, limit)
    files = {}
    for name, upload in uploads.items():
        files[name] = (upload.filename or "", await upload.read(limit + 1))
    return data, files


async def verified_files(
    request: Request, container: ContainerDep, limit: int
) -> tuple[dict[str, str], dict[str, UploadFile]]:
    """A multipart form after the CSRF check: its text fields and its files, left in Starlette's
    spooled temporary files (on disk past 1 MB) for the caller to stream. A request announcing
    more than ``limit`` (and the form around it) is refused before its body is read."""
    announced = request.headers.get("content-length", "")
    if announced.isdigit() and int(announced) > limit + FORM_OVERHEAD_BYTES:
        raise FileTooLarge(int(announced), limit)
    form = await request.form(max_files=1)
    data = {k: v for k, v in form.items() if isinstance(v, str)}
    if not csrf.is_valid(request, container.settings.secret_key, data.get(csrf.CSRF_FIELD)):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            "This form expired or came from another site. Go back, reload the page and try again.",
        )
    files = {name: value for name, value in form.multi_items() if isinstance(value, UploadFile)}
    return data, files
