"""Account settings: display unit, time zone and personal API tokens; the time zone a browser
reports on a person's first visit."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.bootstrap import Container
from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.pages.row_actions import row_action
from backstrong.entrypoints.web.templating import render

router = APIRouter()


def page(request: Request, container: ContainerDep, user: PageUser, **extra: object) -> Response:
    settings = container.accounts.settings(user)
    people = container.accounts.list_users(user) if user.is_admin else []
    context = {
        "active": "settings",
        "me": user,
        "invites": container.accounts.list_invites(user),
        "people": people,
        "tokens": settings.tokens,
        "time_zones": settings.time_zones,
        "admin": settings.admin,
        "errors": {},
        "values": {},
        **extra,
    }
    status_code = 422 if extra.get("errors") else 200
    return render(request, "accounts/settings.html", context, status_code=status_code)


@router.get("/settings", response_class=HTMLResponse)
def settings_page(request: Request, container: ContainerDep, user: PageUser) -> Response:
    return page(request, container, user)


@router.post("/settings/unit", response_class=HTMLResponse)
def change_unit(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    try:
        container.accounts.set_unit(user, form.get("unit", ""))
    except FieldError as exc:
        return page(request, container, user, errors={exc.field: str(exc)})
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/time-zone", response_class=HTMLResponse)
def change_time_zone(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    name = form.get("time_zone", "")
    try:
        container.accounts.set_time_zone(user, name)
    except FieldError as exc:
        return page(
            request, container, user, errors={exc.field: str(exc)}, values={"time_zone": name}
        )
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/time-zone/detected", status_code=204)
def detected_time_zone(container: ContainerDep, user: PageUser, form: VerifiedForm) -> Response:
    """Sent once by static/time_zone.js while the person has no zone; an existing choice stays.
    A zone this server does not know is refused with 422 (the shared handler)."""
    container.accounts.adopt_time_zone(user, form.get("time_zone", ""))
    return Response(status_code=204)


@router.post("/settings/tokens", response_class=HTMLResponse)
def create_token(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    days = form.get("expires_days", "").strip()
    try:
        token = container.accounts.create_api_token(
            user, form.get("name", "api"), expires_in_days=int(days) if days.isdigit() else None
        )
    except FieldError as exc:
        return page(request, container, user, errors={exc.field: str(exc)})
    return page(request, container, user, new_token=token)


@row_action(router, "/settings/tokens/{row_id}/revoke", then="/settings")
def revoke_token(container: Container, user: User, token_id: int) -> None:
    container.accounts.revoke_api_token(user, token_id)
