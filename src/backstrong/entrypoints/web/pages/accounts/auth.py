"""Sign up (the first account on first start), log in, log out."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.accounts import AccountError
from backstrong.entrypoints.web.deps import (
    SESSION_COOKIE,
    ContainerDep,
    OptionalUser,
    VerifiedForm,
    client_address,
    cookie_secure,
)
from backstrong.entrypoints.web.templating import render
from backstrong.services.accounts import service as accounts

router = APIRouter()


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


def _logged_in(request: Request, container: ContainerDep, token: str, target: str) -> Response:
    response = RedirectResponse(_safe_next(target), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=container.settings.session_days * 86400,
        httponly=True,
        samesite="lax",
        secure=cookie_secure(request, container),
        path="/",
    )
    return response


@router.get("/signup", response_class=HTMLResponse)
def signup_page(request: Request, container: ContainerDep, user: OptionalUser) -> Response:
    first = not accounts.has_accounts(container.uow())
    return render(request, "accounts/signup.html", {"first": first, "values": {}, "errors": {}})


@router.post("/signup", response_class=HTMLResponse)
def signup(request: Request, container: ContainerDep, form: VerifiedForm) -> Response:
    email, password = form.get("email", ""), form.get("password", "")
    errors: dict[str, str] = {}
    if password != form.get("password_confirm", ""):
        errors["password_confirm"] = "The two passwords differ."  # noqa: S105
    else:
        try:
            user = accounts.register(container.uow(), container.password_hasher, email, password)
        except AccountError as exc:
            errors[exc.field] = exc.message
    if errors:
        first = not accounts.has_accounts(container.uow())
        context = {"first": first, "values": {"email": email}, "errors": errors}
        return render(request, "accounts/signup.html", context, status_code=422)
    token = accounts.start_web_session(container.uow(), user, days=container.settings.session_days)
    return _logged_in(request, container, token, "/")


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, container: ContainerDep, next: str = "/") -> Response:
    if not accounts.has_accounts(container.uow()):
        return RedirectResponse("/signup", status_code=303)
    return render(
        request, "accounts/login.html", {"next": _safe_next(next), "values": {}, "errors": {}}
    )


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, container: ContainerDep, form: VerifiedForm) -> Response:
    email, target = form.get("email", ""), _safe_next(form.get("next"))
    try:
        user = accounts.authenticate(
            container.uow(),
            container.password_hasher,
            email,
            form.get("password", ""),
            address=client_address(request),
            failures_per_minute=container.settings.login_failures_per_minute,
        )
    except accounts.TooManyAttempts as exc:
        context = {"next": target, "values": {"email": email}, "errors": {"form": str(exc)}}
        response = render(request, "accounts/login.html", context, status_code=429)
        response.headers["Retry-After"] = str(exc.retry_after_seconds)
        return response
    except accounts.InvalidCredentials:
        errors = {"form": "That email and password do not match an account."}
        context = {"next": target, "values": {"email": email}, "errors": errors}
        return render(request, "accounts/login.html", context, status_code=401)
    token = accounts.start_web_session(container.uow(), user, days=container.settings.session_days)
    return _logged_in(request, container, token, target)


@router.post("/logout")
def logout(request: Request, container: ContainerDep, form: VerifiedForm) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        accounts.end_web_session(container.uow(), token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
