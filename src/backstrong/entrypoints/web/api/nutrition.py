"""Nutrition over the API: the calorie calculator and food search are open; the diary and the
profile belong to the caller (another person's entry is a 404)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from backstrong.domain.accounts import User
from backstrong.domain.nutrition.diary import UnreadableEntry
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.entrypoints.web.api.nutrition_schemas import (
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
from backstrong.services import diary, nutrition

router = APIRouter(tags=["nutrition"])
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


@router.post("/diary", status_code=status.HTTP_201_CREATED, summary="Log food in plain words")
def create_entry(
    body: DiaryEntryCreate, container: ContainerDep, user: ApiUser
) -> DiaryEntryPublic:
    try:
        meal = diary.meal_for(body.meal, dt.datetime.now().time())
        index = nutrition.food_index_for(
            container.uow(), user, container.bundled_foods, container.food_indexes
        )
        logged = diary.log_food(
            container.uow(), user, index, body.text, body.date or dt.date.today(), meal
        )
    except InvalidInput as exc:
        raise invalid(exc) from exc
    except UnreadableEntry as exc:
        raise invalid(exc, field="text") from exc
    return DiaryEntryPublic.model_validate(diary.entry_to_dict(logged))


@router.get("/diary/days/{day}", summary="A day's totals against your target")
def day_summary(day: dt.date, container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    return diary.day_summary(container.uow(), user, day, dt.date.today()).to_dict()


@router.put("/diary/days/{day}", summary="Say whether a day's food log is complete")
def mark_day(
    day: dt.date, body: DayMarkUpdate, container: ContainerDep, user: ApiUser
) -> dict[str, Any]:
    diary.mark_day(container.uow(), user, day, body.complete)
    return diary.day_summary(container.uow(), user, day, dt.date.today()).to_dict()


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
