"""The food diary page (/nutrition): food by words or barcode, the day against its target, the
day's training energy, and whether its log is complete. A refused value is shown beside its
field."""

from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.domain.logged_dates import is_readable_day
from backstrong.domain.nutrition.barcodes import OPEN_FOOD_FACTS_ATTRIBUTION, source_url
from backstrong.domain.nutrition.diary import Meal
from backstrong.domain.nutrition.diary_lines import LineReading, UnmatchedFoods
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.units import weight_text
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.templating import render
from backstrong.services.errors import NotFound
from backstrong.services.nutrition.open_food_facts import ProductUnavailable

router = APIRouter()


def day_from(text: str | None) -> date | None:
    """A day from the query or form; an unreadable one falls back to the person's today."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


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
    day: date | None,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    reading: LineReading | None = None,
) -> Response:
    if day is not None and not is_readable_day(day):
        day = None  # a refused year-9999 entry shows today's page, with the error
    summary = container.nutrition.day(user, day)
    meal = summary.suggested_meal.value
    context = {
        "active": "nutrition",
        "day": summary.day,
        "title": day_title(summary.day, summary.today or summary.day),
        "previous": summary.day - timedelta(days=1),
        "next": summary.day + timedelta(days=1),
        "summary": summary,
        "meals": list(Meal),
        "values": {
            "text": "",
            "meal": meal,
            "barcode": "",
            "grams": "",
            "quick_meal": meal,
            "from_date": (summary.day - timedelta(days=1)).isoformat(),
            "copy_meal": "",
            **(values or {}),
        },
        "errors": errors or {},
        "reading": reading,
        "unit": user.unit,
        "shown": weight_text,
        "attribution": OPEN_FOOD_FACTS_ATTRIBUTION,
        "source_url": source_url,
    }
    return render(request, "nutrition/diary.html", context, status_code=422 if errors else 200)


@router.get("/nutrition", response_class=HTMLResponse)
def diary_page(
    request: Request,
    container: ContainerDep,
    user: PageUser,
    date: str | None = None,
    text: str = "",
) -> Response:
    """The day's diary; ``text`` fills the food box (coming back from adding a food)."""
    values = {"text": text[:500]} if text else None
    return _diary_page(request, container, user, day_from(date), values=values)


@router.post("/nutrition/entries", response_class=HTMLResponse)
def add_entry(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    day = day_from(form.get("date"))
    text, meal = form.get("choice") or form.get("text", ""), form.get("meal", "")
    try:
        logged = container.nutrition.eat_line(user, text, meal=meal, day=day)
    except UnmatchedFoods as exc:
        values = {"text": text, "meal": meal}
        return _diary_page(request, container, user, day, values=values,
                           errors={"text": str(exc)}, reading=exc.reading)  # fmt: skip
    except FieldError as exc:
        field = "meal" if exc.field == "meal" else "text"
        values = {"text": text, "meal": meal}
        return _diary_page(request, container, user, day, values=values, errors={field: str(exc)})
    return _to_meal(logged[0].entry.day, logged[0].entry.meal)


@router.post("/nutrition/barcode", response_class=HTMLResponse)
def add_barcode(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    """Log a packaged food by its barcode (looked up at Open Food Facts, or in the cache)."""
    day = day_from(form.get("date"))
    values = {key: form.get(key, "").strip()[:40] for key in ("barcode", "grams", "meal")}
    try:
        eaten = container.nutrition.eat(
            user, barcode=values["barcode"], grams=_grams(values["grams"]), meal=values["meal"],
            day=day,
        )  # fmt: skip
    except (FieldError, NotFound, ProductUnavailable) as exc:
        field = getattr(exc, "field", "barcode")
        field = field if field in ("grams", "meal") else "barcode"
        return _diary_page(request, container, user, day, values=values, errors={field: str(exc)})
    return _to_meal(eaten.logged.entry.day, eaten.logged.entry.meal)


def _to_meal(day: date, meal: Meal) -> Response:
    return RedirectResponse(f"/nutrition?date={day.isoformat()}#meal-{meal.value}", 303)


def _grams(text: str) -> float | None:
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise InvalidInput("grams", text, "give a number of grams, e.g. 30") from None


QUICK_FIELDS = ("kcal", "protein_g", "fat_g", "carbohydrate_g")


def _number(field: str, text: str) -> float | None:
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise InvalidInput(field, text, "give a number, e.g. 350") from None


@router.post("/nutrition/quick", response_class=HTMLResponse)
def quick_add(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    """Calories without a food, with macros and a label if the person has them."""
    day = day_from(form.get("date"))
    values = {key: form.get(key, "").strip()[:100] for key in (*QUICK_FIELDS, "label", "meal")}
    try:
        amounts = {key: _number(key, values[key]) for key in QUICK_FIELDS}
        logged = container.nutrition.quick_add(
            user, amounts.pop("kcal"), **amounts, label=values["label"], meal=values["meal"],
            day=day,
        )  # fmt: skip
    except FieldError as exc:
        errors = {f"quick_{exc.field}": str(exc)}
        quick = {f"quick_{key}": value for key, value in values.items()}
        return _diary_page(request, container, user, day, values=quick, errors=errors)
    return _to_meal(logged.entry.day, logged.entry.meal)


@router.post("/nutrition/copy", response_class=HTMLResponse)
def copy_entries(
    request: Request, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    """An earlier day's food (or one meal of it) logged again on the page's day."""
    day = day_from(form.get("date"))
    source = form.get("from_date", "")
    meal = form.get("copy_meal", "")
    try:
        start = day_from(source)
        if start is None:
            raise InvalidInput("from_date", source, "pick a day, e.g. 2026-11-30")
        copied = container.nutrition.copy_entries(user, start, day=day, meal=meal or None)
    except FieldError as exc:
        values = {"from_date": source, "copy_meal": meal}
        return _diary_page(request, container, user, day, values=values,
                           errors={"copy": str(exc)})  # fmt: skip
    return _to_meal(copied[0].entry.day, copied[0].entry.meal)


@router.post("/nutrition/entries/{entry_id}/delete")
def delete_entry(
    entry_id: int, container: ContainerDep, user: PageUser, form: VerifiedForm
) -> Response:
    container.nutrition.delete_entry(user, entry_id)
    day = day_from(form.get("date"))
    return RedirectResponse(f"/nutrition?date={day.isoformat()}" if day else "/nutrition", 303)


@router.post("/nutrition/day")
def mark_day(container: ContainerDep, user: PageUser, form: VerifiedForm) -> Response:
    choice = {"complete": True, "incomplete": False}.get(form.get("complete", ""))
    summary = container.nutrition.mark_day(user, day_from(form.get("date")), choice)
    return RedirectResponse(f"/nutrition?date={summary.day.isoformat()}#day-complete", 303)
