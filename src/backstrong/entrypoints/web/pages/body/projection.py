"""The weight projection (/body/projection, open to everyone: a model, drawn as an inline SVG
chart), with a goal plan when a goal weight and a date are given."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.entrypoints.web.deps import ContainerDep, OptionalUser
from backstrong.entrypoints.web.pages.body.routes import shown
from backstrong.entrypoints.web.templating import render
from backstrong.services.body.projection import GoalRequest, PersonText, ProjectionRequest

router = APIRouter()
PROJECTION_FORM = ("sex", "age", "height", "weight", "unit", "activity", "intake_change", "days",
                   "schedule", "goal_weight", "by")  # fmt: skip
DAY_CHOICES = (90, 180, 365, 730)


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
    from backstrong.adapters.render.chart_svg import render_svg
    from backstrong.adapters.render.weight_charts import projection_chart

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
        "chart": Markup(render_svg(projection_chart(result, unit))),  # noqa: S704 - drawn by us, text escaped
        "rows": rows,
        "rule": {p.day: p.weight_kg for p in result.rule_3500},
    }
