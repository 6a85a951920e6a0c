"""The nutrition profile page (/nutrition/profile): sex, age, height, activity, goal and the
rest, used as defaults everywhere. A refused value is shown beside its field."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.activity import ActivityLevel
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.pages.nutrition.calories import EQUATIONS, GOALS
from backstrong.entrypoints.web.templating import render

router = APIRouter()
PROFILE_FIELDS = ("sex", "age", "height", "activity", "goal", "equation", "body_fat", "protein")
_PROFILE_ERROR_FIELD = {"birth_year": "age", "add_training_energy": "training"}


def _profile_values(container: ContainerDep, user: User) -> dict[str, str]:
    known = container.nutrition.profile_defaults(user)
    profile = container.nutrition.profile(user)
    values = {key: known.get(key, "") for key in PROFILE_FIELDS}
    values["training"] = "yes" if profile and profile.profile.add_training_energy else ""
    due = profile.profile.due_date if profile else None
    values["due_date"] = due.isoformat() if due else ""
    values["breastfeeding"] = "yes" if profile and profile.profile.breastfeeding else ""
    values["activity"] = values["activity"] or ActivityLevel.LIGHT.value
    values["goal"] = values["goal"] or "maintain"
    return values


def _profile_page(
    request: Request,
    values: dict[str, str],
    errors: dict[str, str] | None = None,
    saved: bool = False,
) -> Response:
    context = {
        "active": "nutrition",
        "values": values,
        "errors": errors or {},
        "saved": saved,
        "goals": GOALS,
        "equations": EQUATIONS,
        "activities": [(a.value, a.description) for a in ActivityLevel],
    }
    return render(request, "nutrition/profile.html", context, status_code=422 if errors else 200)


@router.get("/nutrition/profile", response_class=HTMLResponse)
def profile_page(
    request: Request, container: ContainerDep, user: PageUser, saved: str | None = None
) -> Response:
    return _profile_page(request, _profile_values(container, user), saved=bool(saved))


@router.post("/nutrition/profile", response_class=HTMLResponse)
def save_profile(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    extra = ("training", "due_date", "breastfeeding")
    values = {key: form.get(key, "").strip()[:40] for key in (*PROFILE_FIELDS, *extra)}
    changes: dict[str, object] = {key: values[key] for key in PROFILE_FIELDS}
    changes["body_fat"] = values["body_fat"] or "none"
    changes["protein"] = values["protein"] or "default"
    changes["add_training_energy"] = values["training"] == "yes"
    changes["due_date"] = values["due_date"] or "none"
    changes["breastfeeding"] = values["breastfeeding"] == "yes"
    try:
        container.nutrition.update_profile(user, changes)
    except FieldError as exc:
        field = _PROFILE_ERROR_FIELD.get(exc.field, exc.field)
        return _profile_page(request, values, {field: str(exc)})
    return RedirectResponse("/nutrition/profile?saved=1", 303)
