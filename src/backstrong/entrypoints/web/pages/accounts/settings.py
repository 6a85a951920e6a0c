"""Account settings: display unit and personal API tokens."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.accounts import AccountError
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.templating import render
from backstrong.services.accounts import service as accounts

router = APIRouter()


def _page(request: Request, container: ContainerDep, user: PageUser, **extra: object) -> Response:
    tokens = accounts.list_api_tokens(container.uow(), user)
    context = {"active": "settings", "tokens": tokens, "errors": {}, **extra}
    status_code = 422 if extra.get("errors") else 200
    return render(request, "settings.html", context, status_code=status_code)


@router.get("/settings", response_class=HTMLResponse)
def settings_page(request: Request, container: ContainerDep, user: PageUser) -> Response:
    return _page(request, container, user)


@router.post("/settings/unit", response_class=HTMLResponse)
def change_unit(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    try:
        accounts.set_unit(container.uow(), user, form.get("unit", ""))
    except AccountError as exc:
        return _page(request, container, user, errors={exc.field: exc.message})
    return RedirectResponse("/settings", status_code=303)


@router.post("/settings/tokens", response_class=HTMLResponse)
def create_token(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    token = accounts.create_api_token(container.uow(), user, form.get("name", "api"))
    return _page(request, container, user, new_token=token)


@router.post("/settings/tokens/{token_id}/revoke")
def revoke_token(
    token_id: int, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    accounts.revoke_api_token(container.uow(), user, token_id, container.api_token_cache)
    return RedirectResponse("/settings", status_code=303)
