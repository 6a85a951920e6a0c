"""Foods of your own on the web (/nutrition/foods/new): add one, e.g. straight from a diary line
that named no food, then go back to the diary with the line ready to add again."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.custom_foods import FIELDS
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.templating import render

router = APIRouter()
BACK = ("line", "date")  # where to return: the diary line and its day


def _page(request: Request, values: dict[str, str], error: tuple[str, str] | None) -> Response:
    context = {"active": "nutrition", "values": values,
               "errors": {error[0]: error[1]} if error else {}}  # fmt: skip
    return render(request, "nutrition/food_form.html", context, status_code=422 if error else 200)


@router.get("/nutrition/foods/new", response_class=HTMLResponse)
def new_food(
    request: Request, user: PageUser, name: str = "", line: str = "", date: str = ""
) -> Response:
    return _page(request, {"name": name[:200], "line": line[:500], "date": date[:10]}, None)


@router.post("/nutrition/foods/new", response_class=HTMLResponse)
def add_food(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    values = {key: form.get(key, "")[:500] for key in (*FIELDS, *BACK)}
    try:
        container.nutrition.add_food(user, values)
    except FieldError as exc:
        return _page(request, values, (exc.field, str(exc)))
    back = {key: values[key] for key in ("date", "line") if values[key]}
    query = urlencode({"date": back.get("date", ""), "text": back.get("line", "")})
    return RedirectResponse(f"/nutrition?{query}" if back else "/nutrition", 303)
