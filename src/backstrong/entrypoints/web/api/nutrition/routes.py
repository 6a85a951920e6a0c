"""Nutrition over the API: the calorie calculator and food search are open; barcode look-ups
(Open Food Facts) need an account; the diary and the profile belong to the caller (another
person's entry is a 404)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from backstrong.bootstrap import Container
from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.nutrition.diary import Meal, UnreadableEntry
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.entrypoints.web.api.nutrition.schemas import (
    BarcodeProductPublic,
    CalorieTargetPublic,
    DayMarkUpdate,
    DiaryEntryCreate,
    DiaryEntryPublic,
    DiaryEntryUpdate,
    FoodPublic,
    ProfileUpdate,
    invalid,
    without_none,
)
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep, optional_api_user
from backstrong.services.nutrition import diary, open_food_facts
from backstrong.services.nutrition import service as nutrition
from backstrong.services.ports.nutrition import LoggedEntry
from backstrong.services.ports.open_food_facts import UnusableProduct

router = APIRouter(tags=["nutrition"])
_LOOKUP_ERRORS = (
    open_food_facts.ProductNotFound,
    open_food_facts.ProductUnavailable,
    UnusableProduct,
)
MaybeUser = Annotated[User | None, Depends(optional_api_user)]


@router.get("/calories/target", summary="Daily calorie target (no account needed)")
def calorie_target(
    sex: Annotated[str, Query(description="male or female")],
    age: Annotated[str, Query(description="years")],
    height: Annotated[str, Query(description="'5 ft 6 in', '168 cm' or a number in cm")],
    weight: Annotated[str, Query(description="'150 lb', '68 kg' or a number in kg")],
    activity: Annotated[str, Query(description="sedentary, light, moderate, very, extra")],
    goal: Annotated[str, Query(description="maintain, lose-0.5 … lose-2, gain-0.5 … gain-2")] = (
        "maintain"
    ),
    equation: str = "mifflin-st-jeor",
    body_fat: Annotated[str | None, Query(description="% body fat (katch-mcardle)")] = None,
    protein: Annotated[float | None, Query(description="g per kg a day")] = None,
    allow_below_floor: bool = False,
) -> CalorieTargetPublic:
    try:
        target = nutrition.calculate_target(
            sex=sex,
            age=age,
            height=height,
            weight=weight,
            activity=activity,
            goal=goal,
            equation=equation,
            body_fat=body_fat,
            protein_g_per_kg=protein,
            allow_below_floor=allow_below_floor,
        )
    except InvalidInput as exc:
        raise invalid(exc, "query") from exc
    return CalorieTargetPublic.model_validate(target.to_dict())


@router.get("/foods", summary="Search foods (yours too, when you send a token)")
def search_foods(
    container: ContainerDep,
    user: MaybeUser,
    q: Annotated[str, Query(min_length=1, max_length=200, description="A name or typo of one")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[FoodPublic]:
    found = nutrition.search_foods(
        container.uow(), user, container.bundled_foods, q, limit, container.food_indexes
    )
    return [FoodPublic.model_validate(nutrition.food_to_dict(food)) for food in found]


@router.get("/diary", summary="Your diary entries of one day")
def list_entries(
    container: ContainerDep, user: ApiUser, date: dt.date | None = None
) -> list[DiaryEntryPublic]:
    day = date or dt.date.today()
    entries = diary.entries_on(container.uow(), user, day)
    return [DiaryEntryPublic.model_validate(diary.entry_to_dict(e)) for e in entries]


@router.get("/foods/barcode/{code}", summary="A packaged food by its barcode (Open Food Facts)")
def barcode_product(code: str, container: ContainerDep, user: ApiUser) -> BarcodeProductPublic:
    try:
        product = open_food_facts.look_up(
            container.uow(), container.open_food_facts, code, dt.datetime.now(dt.UTC)
        )
    except InvalidInput as exc:
        raise invalid(exc, "path", field="code") from exc
    except _LOOKUP_ERRORS as exc:
        raise _lookup_failed(exc) from exc
    return BarcodeProductPublic.model_validate(product.to_dict())


def _lookup_failed(exc: Exception) -> HTTPException:
    """Not found or unusable: 404; Open Food Facts out of reach and not cached: 503."""
    if isinstance(exc, open_food_facts.ProductUnavailable):
        return HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(exc))
    return HTTPException(status.HTTP_404_NOT_FOUND, str(exc))


@router.post(
    "/diary", status_code=status.HTTP_201_CREATED, summary="Log food in plain words or by barcode"
)
def create_entry(
    body: DiaryEntryCreate, container: ContainerDep, user: ApiUser
) -> DiaryEntryPublic:
    day = body.date or dt.date.today()
    try:
        meal = diary.meal_for(body.meal, dt.datetime.now().time())
        if body.barcode is not None:
            logged, _ = open_food_facts.log_product(
                container.uow(), user, container.open_food_facts, body.barcode, day, meal,
                dt.datetime.now(dt.UTC), amount=body.text, grams=body.grams,
            )  # fmt: skip
        else:
            logged = _log_text(container, user, body, day, meal)
    except InvalidInput as exc:
        raise invalid(exc, field="text" if exc.field == "amount" else None) from exc
    except UnreadableEntry as exc:
        raise invalid(exc, field="text") from exc
    except _LOOKUP_ERRORS as exc:
        raise _lookup_failed(exc) from exc
    return DiaryEntryPublic.model_validate(diary.entry_to_dict(logged))


def _log_text(
    container: Container, user: User, body: DiaryEntryCreate, day: dt.date, meal: Meal
) -> LoggedEntry:
    if body.text is None:
        raise InvalidInput("text", "", "say what you ate, e.g. '2 eggs', or give a barcode")
    if body.grams is not None:
        raise InvalidInput("grams", body.grams, "only with a barcode; write it in the text")
    index = nutrition.food_index_for(
        container.uow(), user, container.bundled_foods, container.food_indexes
    )
    return diary.log_food(container.uow(), user, index, body.text, day, meal)


def _with_training(container: Container, user: User, day: dt.date) -> dict[str, Any]:
    def library() -> ExerciseLibrary:
        return container.exercises.library_for(user)

    today = dt.date.today()
    return diary.day_with_training(container.uow(), user, day, today, library).to_dict()


@router.get("/diary/days/{day}", summary="A day's totals against your target, with training")
def day_summary(day: dt.date, container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    return _with_training(container, user, day)


@router.put("/diary/days/{day}", summary="Say whether a day's food log is complete")
def mark_day(
    day: dt.date, body: DayMarkUpdate, container: ContainerDep, user: ApiUser
) -> dict[str, Any]:
    diary.mark_day(container.uow(), user, day, body.complete)
    return _with_training(container, user, day)


def _not_found(exc: LookupError) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, str(exc))


@router.get("/diary/{entry_id}", summary="One diary entry")
def get_entry(entry_id: int, container: ContainerDep, user: ApiUser) -> DiaryEntryPublic:
    try:
        logged = diary.get_entry(container.uow(), user, entry_id)
    except diary.EntryNotFound as exc:
        raise _not_found(exc) from exc
    return DiaryEntryPublic.model_validate(diary.entry_to_dict(logged))


@router.patch("/diary/{entry_id}", summary="Move an entry or change its weight")
def update_entry(
    entry_id: int, body: DiaryEntryUpdate, container: ContainerDep, user: ApiUser
) -> DiaryEntryPublic:
    try:
        meal = diary.meal_for(body.meal, dt.time()) if body.meal else None
        logged = diary.change_entry(
            container.uow(), user, entry_id, meal=meal, grams=body.grams, day=body.date
        )
    except diary.EntryNotFound as exc:
        raise _not_found(exc) from exc
    except InvalidInput as exc:
        raise invalid(exc) from exc
    return DiaryEntryPublic.model_validate(diary.entry_to_dict(logged))


@router.delete("/diary/{entry_id}", status_code=204, summary="Delete a diary entry")
def delete_entry(entry_id: int, container: ContainerDep, user: ApiUser) -> Response:
    try:
        diary.delete_entry(container.uow(), user, entry_id)
    except diary.EntryNotFound as exc:
        raise _not_found(exc) from exc
    return Response(status_code=204)


@router.get("/nutrition/profile", summary="Your nutrition profile")
def get_profile(container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    profile = nutrition.get_profile(container.uow(), user)
    if profile is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no nutrition profile yet")
    return profile.to_dict(dt.date.today())


@router.put("/nutrition/profile", summary="Set your nutrition profile (only what changes)")
def put_profile(body: ProfileUpdate, container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    try:
        profile = nutrition.update_profile(
            container.uow(), user, without_none(body), dt.date.today()
        )
    except (InvalidInput, nutrition.MissingProfile) as exc:
        raise invalid(exc) from exc
    return profile.to_dict(dt.date.today())
