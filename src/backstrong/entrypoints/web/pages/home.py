"""The home page and the areas whose pages have not landed yet."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.entrypoints.web.deps import ContainerDep, OptionalUser, PageUser
from backstrong.entrypoints.web.templating import render
from backstrong.services import accounts

router = APIRouter()

UPCOMING: dict[str, tuple[str, str]] = {
    "exercises": (
        "Exercises",
        "Exercises for the lower back, hips and core, with pictures and cues.",
    ),
    "program": (
        "Program",
        "A safety screen, then a 12-week plan that fits your equipment, time and back.",
    ),
    "today": ("Today", "Today's session, set by set, with a rest timer and a pain check-in."),
    "history": ("History", "Everything you logged, records, estimated maxes and volume charts."),
    "nutrition": ("Nutrition", "Your calorie target, a food diary and what is left for today."),
    "body": ("Body", "Your weight, its trend and a projection of where it is heading."),
}


@router.get("/", response_class=HTMLResponse)
def home(request: Request, container: ContainerDep, user: OptionalUser) -> Response:
    if user is None and not accounts.has_accounts(container.uow()):
        return RedirectResponse("/signup", status_code=303)
    return render(request, "home.html", {"active": "home"})


def _upcoming_page(key: str):  # type: ignore[no-untyped-def]
    title, summary = UPCOMING[key]

    def page(request: Request, user: PageUser) -> Response:
        context = {"active": key, "title": title, "summary": summary}
        return render(request, "upcoming.html", context)

    page.__name__ = f"{key}_page"
    return page


for _key in UPCOMING:
    router.add_api_route(
        f"/{_key}", _upcoming_page(_key), methods=["GET"], response_class=HTMLResponse
    )
