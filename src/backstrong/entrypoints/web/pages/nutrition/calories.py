"""The calorie calculator: a plain GET form that works without an account or JavaScript.

It sits on the home page and at /calories. Its values come from the query string, so a result
can be bookmarked or shared."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.activity import ActivityLevel
from backstrong.domain.nutrition.bmr import BmrEquation
from backstrong.domain.nutrition.energy import CalorieTarget
from backstrong.domain.nutrition.goals import GOAL_RATES
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.entrypoints.web.deps import ContainerDep, OptionalUser
from backstrong.entrypoints.web.templating import render
from backstrong.services.nutrition.profile import TargetRequest

router = APIRouter()
FIELDS = ("goal", "sex", "ft", "in", "cm", "age", "weight", "unit", "activity", "equation",
          "body_fat")  # fmt: skip
GOALS: tuple[tuple[str, str], ...] = (
    *((f"gain-{r:g}", f"Gain {r:g} lb a week") for r in reversed(GOAL_RATES)),
    ("maintain", "Keep my weight"),
    *((f"lose-{r:g}", f"Lose {r:g} lb a week") for r in GOAL_RATES),
)
EQUATIONS = {
    BmrEquation.MIFFLIN_ST_JEOR.value: "Mifflin–St Jeor (usual)",
    BmrEquation.HARRIS_BENEDICT_REVISED.value: "Harris–Benedict (revised)",
    BmrEquation.KATCH_MCARDLE.value: "Katch–McArdle (needs body fat)",
}
# The form fields that show a refused value beside them (others show it above the form).
_ERROR_FIELDS = frozenset({"height", "weight", "age", "sex", "activity", "goal", "equation",
                           "body_fat"})  # fmt: skip


@dataclass
class Widget:
    values: dict[str, str]
    errors: dict[str, str] = field(default_factory=dict)
    result: CalorieTarget | None = None
    submitted: bool = False

    def context(self) -> dict[str, object]:
        return {
            "calc": self,
            "calc_goals": GOALS,
            "calc_activities": [(a.value, a.description) for a in ActivityLevel],
            "calc_equations": EQUATIONS,
        }


def _height_text(values: dict[str, str]) -> str:
    if values["cm"]:
        return f"{values['cm']} cm"
    if values["ft"] or values["in"]:
        return f"{values['ft'] or 0} ft {values['in'] or 0} in"
    raise InvalidInput("height", "", "give feet and inches, or centimetres")


def _weight_text(values: dict[str, str]) -> str:
    if not values["weight"]:
        raise InvalidInput("weight", "", "give your weight")
    return f"{values['weight']} {values['unit'] or 'lb'}"


def _prefill(container: ContainerDep, user: User | None) -> dict[str, str]:
    """A signed-in person's profile and latest weight, so they need not type them again."""
    values = dict.fromkeys(FIELDS, "")
    values |= {"goal": "maintain", "unit": "lb", "activity": ActivityLevel.LIGHT.value}
    known = container.nutrition.profile_defaults(user)
    if known["height"]:
        values["cm"] = known["height"].removesuffix(" cm")
    if known["weight"]:
        values["weight"], values["unit"] = known["weight"].removesuffix(" kg"), "kg"
    for key in ("sex", "age", "activity", "goal", "equation", "body_fat"):
        values[key] = known[key] or values[key]
    return values


def calorie_widget(request: Request, container: ContainerDep, user: User | None) -> Widget:
    """The widget as the query string left it: blank, filled in, or with a result."""
    params = request.query_params
    if "sex" not in params and "weight" not in params:
        return Widget(_prefill(container, user))
    values = {key: params.get(key, "").strip()[:40] for key in FIELDS}
    widget = Widget(values, submitted=True)
    try:
        typed = TargetRequest(
            sex=values["sex"],
            age=values["age"],
            height=_height_text(values),
            weight=_weight_text(values),
            activity=values["activity"],
            goal=values["goal"] or "maintain",
            equation=values["equation"] or BmrEquation.MIFFLIN_ST_JEOR.value,
            body_fat=values["body_fat"] or None,
        )
        widget.result = container.nutrition.calculate_target(None, typed)
    except FieldError as exc:
        widget.errors[exc.field if exc.field in _ERROR_FIELDS else "form"] = str(exc)
    return widget


@router.get("/calories", response_class=HTMLResponse)
def calories_page(request: Request, container: ContainerDep, user: OptionalUser) -> Response:
    widget = calorie_widget(request, container, user)
    context = {"active": "nutrition", **widget.context()}
    return render(request, "nutrition/calories.html", context, status_code=_status(widget))


def _status(widget: Widget) -> int:
    return 422 if widget.errors else 200
