"""Settings for the account's life: password, signing out everywhere, deleting the account,
invites, and (for the admin) the people on this server."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.bootstrap import Container
from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.entrypoints.web.deps import SESSION_COOKIE, ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.pages.accounts.auth import logged_in
from backstrong.entrypoints.web.pages.accounts.settings import page
from backstrong.entrypoints.web.pages.row_actions import row_action

router = APIRouter()


def _signed_out(target: str) -> Response:
    response = RedirectResponse(target, status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.post("/settings/password", response_class=HTMLResponse)
def change_password(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    new = form.get("new_password", "")
    if new != form.get("new_password_confirm", ""):
        errors = {"new_password_confirm": "The two new passwords differ."}
        return page(request, container, user, errors=errors)
    try:
        container.accounts.change_password(user, form.get("current_password", ""), new)
    except FieldError as exc:
        field = "new_password" if exc.field == "password" else exc.field
        return page(request, container, user, errors={field: str(exc)})
    token = container.accounts.start_web_session(user)  # the other devices are signed out
    return logged_in(request, container, token, "/settings")


@router.post("/settings/sign-out-everywhere")
def sign_out_everywhere(container: ContainerDep, user: PageUser, form: VerifiedForm) -> Response:
    container.accounts.sign_out_everywhere(user)
    return _signed_out("/login")


@router.post("/settings/delete", response_class=HTMLResponse)
def delete_account(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    try:
        container.accounts.delete_account(user, form.get("confirmation", ""))
    except FieldError as exc:
        return page(request, container, user, errors={exc.field: str(exc)})
    return _signed_out("/login")


@router.post("/settings/invites", response_class=HTMLResponse)
def create_invite(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    code = container.accounts.create_invite(user)
    link = str(request.url_for("signup_page").include_query_params(invite=code))
    return page(request, container, user, new_invite=link)


@row_action(router, "/settings/invites/{row_id}/revoke", then="/settings")
def revoke_invite(container: Container, user: User, invite_id: int) -> None:
    container.accounts.revoke_invite(user, invite_id)


@router.post("/settings/people/disable")
def disable_person(container: ContainerDep, user: PageUser, form: VerifiedForm) -> Response:
    """The admin switches an account off, or on again (enable=1)."""
    disabled = form.get("enable", "") != "1"
    container.accounts.set_user_disabled(user, form.get("email", ""), disabled)
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/people/delete", response_class=HTMLResponse)
def delete_person(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    email = form.get("email", "")
    if form.get("confirmation", "").strip().lower() != email.strip().lower():
        message = f"type {email} to confirm; nothing was deleted"
        return page(request, container, user, errors={"people": message})
    container.accounts.delete_user(user, email)
    return RedirectResponse("/settings", status_code=303)
