"""Jinja2 rendering with the shared layout context (user, navigation, CSRF token) and
``asset(name)``, the URL of a built front-end file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from backstrong import __version__
from backstrong.entrypoints.web import csrf
from backstrong.entrypoints.web.assets import asset, module_script
from backstrong.entrypoints.web.dates import day_filter, request_locale, time_filter
from backstrong.services.form.exercises import form_exercise_for


@dataclass(frozen=True)
class NavItem:
    """A main navigation link. ``tab`` is its label in the phone's bottom tab bar; links without
    one sit behind the bar's "More" (desktops show every link in the top bar)."""

    label: str
    href: str
    key: str
    tab: str | None = None


NAVIGATION: tuple[NavItem, ...] = (
    NavItem("Today", "/today", "today", tab="Today"),
    NavItem("Program", "/program", "program", tab="Program"),
    NavItem("History", "/history", "history", tab="History"),
    NavItem("Nutrition", "/nutrition", "nutrition", tab="Food"),
    NavItem("Exercises", "/exercises", "exercises"),
    NavItem("Body", "/body", "body"),
    NavItem("Form", "/form", "form"),
    NavItem("Settings", "/settings", "settings"),
)


@cache
def environment() -> Environment:
    folder = str(files("backstrong.entrypoints.web") / "templates")
    env = Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(["html", "svg"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["navigation"] = NAVIGATION
    env.globals["version"] = __version__
    env.globals["form_exercise_for"] = form_exercise_for  # which exercises the camera can check
    env.globals["asset"] = asset  # hashed URL of a built front-end file
    env.globals["module"] = module_script  # its <script type="module">, chunks preloaded
    env.filters["day"] = day_filter  # a date in the reader's language
    env.filters["time"] = time_filter  # a time of day in the reader's language
    return env


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
) -> HTMLResponse:
    container = request.app.state.container
    values: dict[str, Any] = {
        "request": request,
        "user": getattr(request.state, "user", None),
        "csrf_token": csrf.csrf_token(request, container.settings.secret_key),
        "request_id": getattr(request.state, "request_id", ""),
        "locale": request_locale(request),
    }
    values.update(context or {})
    html = environment().get_template(template).render(values)
    response = HTMLResponse(html, status_code=status_code)
    from backstrong.entrypoints.web.deps import cookie_secure

    csrf.ensure_cookie(request, response, secure=cookie_secure(request, container))
    return response
