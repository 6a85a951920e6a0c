"""The food diary page (/nutrition: food by words or barcode, the day's training energy) and the
nutrition profile (/nutrition/profile)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.nutrition.activity import ActivityLevel
from backstrong.domain.nutrition.barcodes import OPEN_FOOD_FACTS_ATTRIBUTION, source_url
from backstrong.domain.nutrition.diary import Meal, UnreadableEntry
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.pages.nutrition.calories import EQUATIONS, GOALS
from backstrong.entrypoints.web.templating import render
from backstrong.services.nutrition import diary, open_food_facts
from backstrong.services.nutrition import service as nutrition
from backstrong.services.ports.open_food_facts import UnusableProduct

router = APIRouter()
PROFILE_FIELDS = ("sex", "age", "height", "activity", "goal", "equation", "body_fat", "protein")
_PROFILE_ERROR_FIELD = {"birth year": "age", "body fat": "body_fat", "training": "training"}


def day_from(text: str | None) -> date:
    """A day from the query or form; an unreadable one is a 404-free fallback to today."""
    try:
        return date.fromisoformat(text) if text else date.today()
    except ValueError:
        return date.today()


def day_title(day: date, today: date) -> str:
    names = {
        today: "Today",
        today - timedelta(days=1): "Yesterday",
        today + timedelta(1): "Tomorrow",
    }
    return names.get(day, day.strftime("%a %d %b %Y"))


def _diary_page(
    request: Request,
    container: ContainerDep,
    user: User,
    day: date,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
) -> Response:
    today = date.today()
    summary = diary.day_with_training(container.uow(), user, day, today, _library(container, user))
    chosen = diary.meal_for(None, datetime.now().time()).value
    context = {
        "active": "nutrition",
        "day": day,
        "title": day_title(day, today),
        "previous": day - timedelta(days=1),
        "next": day + timedelta(days=1),
        "summary": summary,
        "meals": list(Meal),
        "values": {"text": "", "meal": chosen, "barcode": "", "grams": "", **(values or {})},
        "errors": errors or {},
        "attribution": OPEN_FOOD_FACTS_ATTRIBUTION,
        "source_url": source_url,
    }
    return render(request, "nutrition/diary.html", context, status_code=422 if errors else 200)


@router.get("/nutrition", response_class=HTMLResponse)
def diary_page(
    request: Request, container: ContainerDep, user: PageUser, date: str | None = None
) -> Response:
    return _diary_page(request, container, user, day_from(date))


@router.post("/nutrition/entries", response_class=HTMLResponse)
def add_entry(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    day = day_from(form.get("date"))
    text, meal_text = form.get("text", ""), form.get("meal", "")
    try:
        meal = diary.meal_for(meal_text, datetime.now().time())
        index = nutrition.food_index_for(
            container.uow(), user, container.bundled_foods, container.food_indexes
        )
        diary.log_food(container.uow(), user, index, text, day, meal)
    except (InvalidInput, UnreadableEntry) as exc:
        field = "meal" if isinstance(exc, InvalidInput) and exc.field == "meal" else "text"
        values = {"text": text, "meal": meal_text}
        return _diary_page(request, container, user, day, values=values, errors={field: str(exc)})
    return RedirectResponse(f"/nutrition?date={day.isoformat()}#meal-{meal.value}", 303)


@router.post("/nutrition/barcode", response_class=HTMLResponse)
def add_barcode(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    """Log a packaged food by its barcode (looked up at Open Food Facts, or in the cache)."""
    day = day_from(form.get("date"))
    values = {key: form.get(key, "").strip()[:40] for key in ("barcode", "grams", "meal")}
    try:
        meal = diary.meal_for(values["meal"], datetime.now().time())
        grams = _grams(values["grams"])
        open_food_facts.log_product(
            container.uow(), user, container.open_food_facts, values["barcode"], day, meal,
            datetime.now(UTC), grams=grams,
        )  # fmt: skip
    except (InvalidInput, UnusableProduct, LookupError) as exc:
        field = getattr(exc, "field", "barcode")
        field = field if field in ("grams", "meal") else "barcode"
        return _diary_page(request, container, user, day, values=values, errors={field: str(exc)})
    return RedirectResponse(f"/nutrition?date={day.isoformat()}#meal-{meal.value}", 303)


def _grams(text: str) -> float | None:
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise InvalidInput("grams", text, "give a number of grams, e.g. 30") from None


def _library(container: ContainerDep, user: User) -> Callable[[], ExerciseLibrary]:
    def load() -> ExerciseLibrary:
        return container.exercises.library_for(user)

    return load


@router.post("/nutrition/entries/{entry_id}/delete")
def delete_entry(
    entry_id: int, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    day = day_from(form.get("date"))
    try:
        diary.delete_entry(container.uow(), user, entry_id)
    except diary.EntryNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    return RedirectResponse(f"/nutrition?date={day.isoformat()}", 303)


@router.post("/nutrition/day")
def mark_day(container: ContainerDep, user: PageUser, form: VerifiedForm) -> Response:
    day = day_from(form.get("date"))
    choice = {"complete": True, "incomplete": False}.get(form.get("complete", ""))
    diary.mark_day(container.uow(), user, day, choice)
    return RedirectResponse(f"/nutrition?date={day.isoformat()}#day-complete", 303)


def _profile_values(container: ContainerDep, user: User) -> dict[str, str]:
    known = nutrition.profile_defaults(container.uow(), user, date.today())
    profile = nutrition.get_profile(container.uow(), user)
    values = {key: known.get(key, "") for key in PROFILE_FIELDS}
    values["training"] = "yes" if profile and profile.add_training_energy else ""
    values["activity"] = values["activity"] or ActivityLevel.LIGHT.value
    values["goal"] = values["goal"] or "maintain"
    return values


def _profile_page(
    request: Request,
    user: User,
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
    return _profile_page(request, user, _profile_values(container, user), saved=bool(saved))


@router.post("/nutrition/profile", response_class=HTMLResponse)
def save_profile(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    values = {key: form.get(key, "").strip()[:40] for key in (*PROFILE_FIELDS, "training")}
    changes: dict[str, object] = {key: values[key] for key in PROFILE_FIELDS}
    changes["body_fat"] = values["body_fat"] or "none"
    changes["protein"] = values["protein"] or "default"
    changes["add_training_energy"] = values["training"] == "yes"
    try:
        nutrition.update_profile(container.uow(), user, changes, date.today())
    except (InvalidInput, nutrition.MissingProfile) as exc:
        field = _PROFILE_ERROR_FIELD.get(exc.field, exc.field)
        return _profile_page(request, user, values, {field: str(exc)})
    return RedirectResponse("/nutrition/profile?saved=1", 303)
