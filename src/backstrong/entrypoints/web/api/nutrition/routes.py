"""Nutrition over the API: the calorie calculator and food search are open; barcode look-ups
(Open Food Facts) need an account; the diary and the profile belong to the caller (another
person's entry is a 404). Refused values are 422s, missing rows 404s (the shared handlers)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response, status
from fastapi.exceptions import RequestValidationError

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError, excerpt
from backstrong.domain.nutrition.diary_lines import LineReading, UnmatchedFoods
from backstrong.entrypoints.web.api.inputs import ReadableDate, RowId
from backstrong.entrypoints.web.api.nutrition.schemas import (
    BarcodeProductPublic,
    CalorieTargetPublic,
    DayMarkUpdate,
    DayPublic,
    DiaryCopyCreate,
    DiaryEntryCreate,
    DiaryEntryPublic,
    DiaryEntryUpdate,
    DiaryLineCreate,
    FoodCreate,
    FoodPublic,
    FoodUpdate,
    ProfilePublic,
    ProfileUpdate,
    QuickAddCreate,
)
from backstrong.entrypoints.web.api.paging import Page, PagingDep, page_of, page_of_ranked
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep, optional_api_user
from backstrong.entrypoints.web.rate_limits import LIMITED_RESPONSES, OPEN_LIMIT
from backstrong.services.nutrition.foods import FoundFood
from backstrong.services.nutrition.open_food_facts import ProductUnavailable
from backstrong.services.nutrition.profile import TargetRequest

router = APIRouter(tags=["nutrition"])
MaybeUser = Annotated[User | None, Depends(optional_api_user)]


@contextmanager
def refused_in(location: str, field: str | None = None) -> Iterator[None]:
    """A refused value typed in the query or the path: a 422 at that place (``field`` names
    the parameter when it differs from the domain's name); Open Food Facts out of reach and
    the product not cached: 503."""
    try:
        yield
    except FieldError as exc:
        loc = (location, field or exc.field)
        detail = {"loc": loc, "msg": str(exc), "type": "value_error", "input": excerpt(exc.value)}
        raise RequestValidationError([detail]) from exc
    except ProductUnavailable as exc:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, str(exc)) from exc


@router.get(
    "/calories/target",
    summary="Daily calorie target (no account needed)",
    dependencies=[OPEN_LIMIT],
    responses=LIMITED_RESPONSES,
)
def calorie_target(
    container: ContainerDep,
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
    request = TargetRequest(sex, age, height, weight, activity, goal, equation, body_fat, protein,
                            allow_below_floor)  # fmt: skip
    with refused_in("query"):
        target = container.nutrition.calculate_target(None, request)
    return CalorieTargetPublic.model_validate(target, from_attributes=True)


def _food(food: object) -> FoodPublic:
    return FoodPublic.model_validate(food, from_attributes=True)


def _entry(entry: object) -> DiaryEntryPublic:
    return DiaryEntryPublic.model_validate(entry, from_attributes=True)


@router.get("/foods", summary="Search foods as you type (yours first, when you send a token)")
def search_foods(
    request: Request,
    container: ContainerDep,
    user: MaybeUser,
    window: PagingDep,
    q: Annotated[
        str,
        Query(max_length=200, description="A name, its start or a typo; empty: your usual foods"),
    ] = "",
) -> Page[FoodPublic]:
    """Fuzzy search over every food you can log; foods you logged lately and often come first.
    Each food lists its household portions (cup, slice, piece…) with their grams. Ranked matches
    have no total: follow ``next`` while it is not null."""
    found = container.nutrition.find_foods(user, q, window.offset + window.limit + 1)
    return page_of_ranked(request, window, found, _food)


@router.post("/foods", status_code=status.HTTP_201_CREATED, summary="Add a food of your own")
def create_food(body: FoodCreate, container: ContainerDep, user: ApiUser) -> FoodPublic:
    food = container.nutrition.add_food(user, body.as_fields())
    return _food(FoundFood(food))


@router.put("/foods/{food_id}", summary="Replace a food of your own (logged entries stay)")
def update_food(
    food_id: str, body: FoodUpdate, container: ContainerDep, user: ApiUser
) -> FoodPublic:
    food = container.nutrition.change_food(user, food_id, body.as_fields())
    return _food(FoundFood(food))


@router.delete("/foods/{food_id}", status_code=204, summary="Delete a food of your own")
def delete_food(food_id: str, container: ContainerDep, user: ApiUser) -> Response:
    container.nutrition.delete_food(user, food_id)
    return Response(status_code=204)


@router.get("/diary", summary="Your diary entries of one day (today when not given)")
def list_entries(
    request: Request,
    container: ContainerDep,
    user: ApiUser,
    window: PagingDep,
    date: ReadableDate | None = None,
) -> Page[DiaryEntryPublic]:
    return page_of(request, window, container.nutrition.entries(user, date), _entry)


@router.get(
    "/foods/barcode/{code}",
    summary="A packaged food by its barcode (Open Food Facts)",
    responses={
        404: {"description": "Not in Open Food Facts, or known there without its energy"},
        503: {
            "description": "Open Food Facts out of reach, or online look-ups turned off on this"
            " server (BACKSTRONG_OPEN_FOOD_FACTS=off), and the product not saved here"
        },
    },
)
def barcode_product(code: str, container: ContainerDep, user: ApiUser) -> BarcodeProductPublic:
    """Not found, or known but unusable: 404; Open Food Facts out of reach and the product not
    cached: 503."""
    with refused_in("path", field="code"):
        product = container.nutrition.look_up_barcode(user, code)
    return BarcodeProductPublic.model_validate(product, from_attributes=True)


@router.post(
    "/diary", status_code=status.HTTP_201_CREATED, summary="Log food in plain words or by barcode"
)
def create_entry(
    body: DiaryEntryCreate, container: ContainerDep, user: ApiUser
) -> DiaryEntryPublic:
    with refused_in("body"):
        eaten = container.nutrition.eat(
            user, body.text, barcode=body.barcode, grams=body.grams, meal=body.meal,
            day=body.date, food_id=body.food_id, portion=body.portion, quantity=body.quantity,
        )  # fmt: skip
    return _entry(eaten.logged)


@router.post(
    "/diary/lines",
    status_code=status.HTTP_201_CREATED,
    summary="Log every food one line names",
    responses={422: {"description": "A part names no food: each such part with its closest foods"}},
)
def create_entries(
    body: DiaryLineCreate, container: ContainerDep, user: ApiUser
) -> list[DiaryEntryPublic]:
    """ "2 eggs, 1 coffee with milk" logs three entries; all or nothing. An unknown part gives
    a 422 whose ``detail`` has one item per such part, with ``candidates`` (foods) and, for
    each candidate in the same order, ``choices``: the line again with that food instead."""
    try:
        logged = container.nutrition.eat_line(user, body.text, meal=body.meal, day=body.date)
    except UnmatchedFoods as exc:
        raise RequestValidationError(unmatched_detail(exc.reading)) from exc
    return [_entry(one) for one in logged]


@router.post(
    "/diary/quick", status_code=status.HTTP_201_CREATED, summary="Log calories without a food"
)
def quick_add(body: QuickAddCreate, container: ContainerDep, user: ApiUser) -> DiaryEntryPublic:
    logged = container.nutrition.quick_add(
        user, body.kcal, protein_g=body.protein_g, fat_g=body.fat_g,
        carbohydrate_g=body.carbohydrate_g, label=body.label, meal=body.meal, day=body.date,
    )  # fmt: skip
    return _entry(logged)


@router.post(
    "/diary/copy",
    status_code=status.HTTP_201_CREATED,
    summary="Copy a meal or a whole day from an earlier date",
)
def copy_entries(
    body: DiaryCopyCreate, container: ContainerDep, user: ApiUser
) -> list[DiaryEntryPublic]:
    """All or nothing; a 422 names ``from_date`` when that day (or meal) has nothing logged."""
    copied = container.nutrition.copy_entries(
        user, body.from_date, day=body.date, meal=body.meal, to_meal=body.to_meal
    )
    return [_entry(one) for one in copied]


def unmatched_detail(reading: LineReading) -> list[dict[str, object]]:
    return [
        {
            "loc": ("body", "text"),
            "msg": f"'{part.text}': {part.problem}",
            "type": "unmatched_food",
            "input": part.text,
            "candidates": [
                FoodPublic.model_validate(FoundFood(food)).model_dump(mode="json")
                for food in part.candidates
            ],
            "choices": [reading.choosing(part, food) for food in part.candidates],
            "food_text": part.food_text,
        }
        for part in reading.unread
    ]


@router.get("/diary/days/{day}", summary="A day's totals against your target, with training")
def day_summary(day: ReadableDate, container: ContainerDep, user: ApiUser) -> DayPublic:
    return DayPublic.model_validate(container.nutrition.day(user, day), from_attributes=True)


@router.put("/diary/days/{day}", summary="Say whether a day's food log is complete")
def mark_day(
    day: ReadableDate, body: DayMarkUpdate, container: ContainerDep, user: ApiUser
) -> DayPublic:
    summary = container.nutrition.mark_day(user, day, body.complete)
    return DayPublic.model_validate(summary, from_attributes=True)


@router.get("/diary/{entry_id}", summary="One diary entry")
def get_entry(entry_id: RowId, container: ContainerDep, user: ApiUser) -> DiaryEntryPublic:
    logged = container.nutrition.entry(user, entry_id)
    return _entry(logged)


@router.patch("/diary/{entry_id}", summary="Move an entry or change its weight")
def update_entry(
    entry_id: RowId, body: DiaryEntryUpdate, container: ContainerDep, user: ApiUser
) -> DiaryEntryPublic:
    logged = container.nutrition.change_entry(
        user, entry_id, meal=body.meal, grams=body.grams, day=body.date
    )
    return _entry(logged)


@router.delete("/diary/{entry_id}", status_code=204, summary="Delete a diary entry")
def delete_entry(entry_id: RowId, container: ContainerDep, user: ApiUser) -> Response:
    container.nutrition.delete_entry(user, entry_id)
    return Response(status_code=204)


@router.get(
    "/nutrition/profile",
    summary="Your nutrition profile",
    responses={404: {"description": "No profile yet"}},
)
def get_profile(container: ContainerDep, user: ApiUser) -> ProfilePublic:
    profile = container.nutrition.profile(user)
    if profile is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no nutrition profile yet")
    return ProfilePublic.model_validate(profile, from_attributes=True)


@router.put("/nutrition/profile", summary="Set your nutrition profile (only what changes)")
def put_profile(body: ProfileUpdate, container: ContainerDep, user: ApiUser) -> ProfilePublic:
    profile = container.nutrition.update_profile(user, body.model_dump(exclude_none=True))
    return ProfilePublic.model_validate(profile, from_attributes=True)
