"""The body page (/body): weigh-ins, the trend chart and the expenditure estimate. The weight
projection is in ``projection.py``."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from backstrong.bootstrap import Container
from backstrong.domain.accounts import User
from backstrong.domain.body.trend import TrendSummary
from backstrong.domain.errors import FieldError
from backstrong.domain.units import weight_text
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.pages.row_actions import row_action
from backstrong.entrypoints.web.templating import render
from backstrong.services.body.service import WeighIn

router = APIRouter()
WEIGHT_FORM = ("weight", "date", "body_fat", "waist", "hips")
SHOWN_WEIGHTS = 200  # the newest weigh-ins listed on the page


shown = weight_text  # a weight in the person's unit, for display


def _trend_svg(summary: TrendSummary, unit: str) -> Markup | None:
    if len(summary.points) < 2:
        return None
    from backstrong.adapters.render.chart_svg import render_svg
    from backstrong.adapters.render.weight_charts import trend_chart

    return Markup(render_svg(trend_chart(summary, unit)))  # noqa: S704 - drawn by us, text escaped


def _body_page(
    request: Request,
    container: ContainerDep,
    user: User,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
) -> Response:
    seen = container.body.overview(user)
    context = {
        "active": "body",
        "unit": user.unit,
        "shown": shown,
        "weights": list(reversed(seen.weights))[:SHOWN_WEIGHTS],
        "trend": seen.trend,
        "trend_svg": _trend_svg(seen.trend, user.unit),
        "report": seen.expenditure,
        "report_problem": seen.missing.problem if seen.missing else None,
        "values": {"date": seen.today.isoformat(), **(values or {})},
        "errors": errors or {},
    }
    return render(request, "body/body.html", context, status_code=422 if errors else 200)


@router.get("/body", response_class=HTMLResponse)
def body_page(request: Request, container: ContainerDep, user: PageUser) -> Response:
    return _body_page(request, container, user)


@router.post("/body/weights", response_class=HTMLResponse)
def add_weight(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    values = {key: form.get(key, "").strip()[:40] for key in WEIGHT_FORM}
    try:
        day = date.fromisoformat(values["date"]) if values["date"] else None
    except ValueError:
        error = f"date '{values['date']}': use a date like 2026-01-31"
        return _body_page(request, container, user, values, {"date": error})
    girths = [f"{site}={values[site]}" for site in ("waist", "hips") if values[site]]
    try:
        container.body.log_weight(user, WeighIn(values["weight"], None, day, values["body_fat"],
                                                girths))  # fmt: skip
    except FieldError as exc:
        field = {"body_fat": "body_fat", "girth": "waist", "date": "date"}.get(exc.field, "weight")
        return _body_page(request, container, user, values, {field: str(exc)})
    return RedirectResponse("/body", status_code=303)


@row_action(router, "/body/weights/{row_id}/delete", then="/body")
def delete_weight(container: Container, user: User, entry_id: int) -> None:
    container.body.delete_weight(user, entry_id)
