"""Sign up (the first account on first start), log in, log out."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.errors import FieldError
from backstrong.entrypoints.web import csrf
from backstrong.entrypoints.web.deps import (
    SESSION_COOKIE,
    ContainerDep,
    OptionalUser,
    VerifiedForm,
    client_address,
    cookie_secure,
)
from backstrong.entrypoints.web.rate_limits import SIGNUP_LIMIT
from backstrong.entrypoints.web.templating import render
from backstrong.services.accounts.service import (
    InvalidCredentials,
    SignupRefused,
    TooManyAttempts,
)
from backstrong.services.errors import Conflict

router = APIRouter()


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


def logged_in(request: Request, container: ContainerDep, token: str, target: str) -> Response:
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
    csrf.rotate(response, secure=cookie_secure(request, container))
    return response


def _signup_form(
    request: Request,
    container: ContainerDep,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 422,
) -> Response:
    first = not container.accounts.has_accounts()
    mode = container.accounts.signup_mode().value
    context = {"first": first, "mode": mode, "values": values or {}, "errors": errors or {}}
    return render(
        request, "accounts/signup.html", context, status_code=status_code if errors else 200
    )


@router.get("/signup", response_class=HTMLResponse)
def signup_page(
    request: Request, container: ContainerDep, user: OptionalUser, invite: str = ""
) -> Response:
    return _signup_form(request, container, {"invite": invite[:200]})


@router.post("/signup", response_class=HTMLResponse, dependencies=[SIGNUP_LIMIT])
def signup(request: Request, container: ContainerDep, form: VerifiedForm) -> Response:
    email, password = form.get("email", ""), form.get("password", "")
    values = {"email": email, "invite": form.get("invite", "")}
    if password != form.get("password_confirm", ""):
        errors = {"password_confirm": "The two passwords differ."}
        return _signup_form(request, container, values, errors)
    try:
        user = container.accounts.register(
            email, password, invite=form.get("invite"), claim_code=form.get("claim_code")
        )
    except (FieldError, Conflict) as exc:
        return _signup_form(request, container, values, {exc.field or "email": str(exc)})
    except SignupRefused as exc:
        field = exc.field or "invite"
        return _signup_form(request, container, values, {field: str(exc)}, status_code=403)
    token = container.accounts.start_web_session(user)
    return logged_in(request, container, token, "/")


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, container: ContainerDep, next: str = "/") -> Response:
    if not container.accounts.has_accounts():
        return RedirectResponse("/signup", status_code=303)
    return render(
        request, "accounts/login.html", {"next": _safe_next(next), "values": {}, "errors": {}}
    )


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, container: ContainerDep, form: VerifiedForm) -> Response:
    email, target = form.get("email", ""), _safe_next(form.get("next"))
    context = {"next": target, "values": {"email": email}}
    try:
        user = container.accounts.authenticate(
            email, form.get("password", ""), address=client_address(request)
        )
    except TooManyAttempts as exc:
        errors = {"form": str(exc)}
        response = render(
            request, "accounts/login.html", {**context, "errors": errors}, status_code=429
        )
        response.headers["Retry-After"] = str(exc.retry_after_seconds)
        return response
    except InvalidCredentials:
        errors = {"form": "That email and password do not match an account."}
        return render(
            request, "accounts/login.html", {**context, "errors": errors}, status_code=401
        )
    token = container.accounts.start_web_session(user)
    return logged_in(request, container, token, target)


@router.post("/logout")
def logout(request: Request, container: ContainerDep, form: VerifiedForm) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        container.accounts.end_web_session(token)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
