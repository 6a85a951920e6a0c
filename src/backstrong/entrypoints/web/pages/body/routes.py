"""The body page (/body: weigh-ins, trend, expenditure) and the weight projection
(/body/projection, open to everyone: a model, drawn as an inline SVG chart)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from backstrong.domain.accounts import User
from backstrong.domain.body.trend import TrendSummary
from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.units import convert
from backstrong.entrypoints.web.deps import ContainerDep, OptionalUser, PageUser, VerifiedForm
from backstrong.entrypoints.web.templating import render
from backstrong.services.body.projection import GoalRequest, PersonText, ProjectionRequest
from backstrong.services.body.service import WeighIn

router = APIRouter()
WEIGHT_FORM = ("weight", "date", "body_fat", "waist", "hips")
PROJECTION_FORM = ("sex", "age", "height", "weight", "unit", "activity", "intake_change", "days",
                   "schedule", "goal_weight", "by")  # fmt: skip
DAY_CHOICES = (90, 180, 365, 730)
SHOWN_WEIGHTS = 200  # the newest weigh-ins listed on the page


def shown(kilograms: float | None, unit: str, signed: bool = False) -> str:
    """A weight in the person's unit, for display."""
    if kilograms is None:
        return "—"
    value = kilograms if unit == "kg" else convert(kilograms, "kilogram", "pound")
    return f"{value:+.1f} {unit}" if signed else f"{value:.1f} {unit}"


def _trend_svg(summary: TrendSummary, unit: str) -> Markup | None:
    if len(summary.points) < 2:
        return None
    from backstrong.adapters.render.weight_charts_svg import trend_svg

    return Markup(trend_svg(summary, unit))  # noqa: S704 - drawn by us, text escaped


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
        field = {"body_fat": "body_fat", "girth": "waist"}.get(exc.field, "weight")
        return _body_page(request, container, user, values, {field: str(exc)})
    return RedirectResponse("/body", status_code=303)


@router.post("/body/weights/{entry_id}/delete")
def delete_weight(
    entry_id: int, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    container.body.delete_weight(user, entry_id)
    return RedirectResponse("/body", status_code=303)


def _projection_values(
    request: Request, container: ContainerDep, user: User | None
) -> dict[str, str]:
    params = request.query_params
    values = {key: params.get(key, "").strip()[:60] for key in PROJECTION_FORM}
    if not (values["weight"] or values["sex"]):
        known = container.body.person_defaults(user)
        values |= {
            "sex": known.sex,
            "age": known.age,
            "height": known.height,
            "weight": known.weight.removesuffix(" kg"),
            "activity": known.activity,
        }
        values["unit"] = "kg" if known.weight else ""
    values["unit"] = values["unit"] or (user.unit if user else "lb")
    values["days"] = values["days"] or "365"
    values["intake_change"] = values["intake_change"] or ("-500" if not values["schedule"] else "")
    return values


@router.get("/body/projection", response_class=HTMLResponse)
def projection_page(request: Request, container: ContainerDep, user: OptionalUser) -> Response:
    values = _projection_values(request, container, user)
    submitted = "weight" in request.query_params
    errors: dict[str, str] = {}
    context: dict[str, object] = {
        "active": "body",
        "values": values,
        "day_choices": DAY_CHOICES,
        "shown": shown,
    }
    if submitted:
        try:
            context |= _projection_result(container, values)
        except FieldError as exc:
            errors[_projection_field(exc.field)] = str(exc)
    context |= {"errors": errors, "submitted": submitted}
    return render(request, "body/projection.html", context, status_code=422 if errors else 200)


def _projection_field(domain_field: str) -> str:
    return {"pal": "activity"}.get(domain_field, domain_field)


def _projection_result(container: ContainerDep, values: dict[str, str]) -> dict[str, object]:
    from backstrong.adapters.render.weight_charts_svg import projection_svg

    unit = "kg" if values["unit"] == "kg" else "lb"
    person = PersonText(values["sex"], values["age"], values["height"], values["weight"], "",
                        values["activity"])  # fmt: skip
    days = int(values["days"]) if values["days"].isdigit() else 0
    request = ProjectionRequest(person, values["intake_change"] or None,
                                values["schedule"] or None, days, unit)  # fmt: skip
    goal = None
    if values["goal_weight"] and values["by"]:
        try:
            by = date.fromisoformat(values["by"])
        except ValueError:
            raise InvalidInput("by", values["by"], "use a date like 2026-12-31") from None
        goal = GoalRequest(person, values["goal_weight"], by, unit)
    outlook = container.body.outlook(None, request, goal)
    result = outlook.projection
    rows = [s for s in result.trajectory if s.day % 30 == 0 or s.day == result.trajectory[-1].day]
    return {
        "result": result,
        "plan": outlook.plan,
        "unit": unit,
        "shown": shown,
        "chart": Markup(projection_svg(result, unit)),  # noqa: S704 - drawn by us, text escaped
        "rows": rows,
        "rule": {p.day: p.weight_kg for p in result.rule_3500},
    }
