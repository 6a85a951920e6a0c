"""The home page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from backstrong.entrypoints.web.deps import ContainerDep, OptionalUser
from backstrong.entrypoints.web.templating import render

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def home(request: Request, container: ContainerDep, user: OptionalUser) -> Response:
    """Open to everyone: the calorie calculator works without an account. On a fresh
    installation the page asks for the first account."""
    from backstrong.entrypoints.web.pages.nutrition.calories import calorie_widget

    first_start = user is None and not container.accounts.has_accounts()
    widget = calorie_widget(request, container, user)
    context = {"active": "home", "calc_action": "/", "first_start": first_start, **widget.context()}
    return render(request, "home.html", context, status_code=422 if widget.errors else 200)
