"""Nutrition use cases: the calorie calculator, each person's profile and target, and the foods
they can search (the bundled table plus the foods they imported or made)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from backstrong.domain.accounts import User
from backstrong.domain.nutrition.activity import parse_activity
from backstrong.domain.nutrition.bmr import parse_equation, parse_sex
from backstrong.domain.nutrition.energy import (
    CalorieTarget,
    calorie_target,
    energy_profile_from_text,
)
from backstrong.domain.nutrition.food_search import FoodIndex
from backstrong.domain.nutrition.foods import Food, FoodCatalogue
from backstrong.domain.nutrition.goals import parse_goal
from backstrong.domain.nutrition.macros import check_protein_g_per_kg
from backstrong.domain.nutrition.measurements import (
    BodyWeight,
    InvalidInput,
    parse_body_fat_percent,
    parse_height,
)
from backstrong.domain.nutrition.profile import (
    NutritionProfile,
    birth_year_from_age,
    parse_birth_year,
)
from backstrong.services.unit_of_work import UnitOfWork

FoodIndexCache = MutableMapping[int, tuple[tuple[int, int], FoodIndex]]
SEARCH_LIMIT = 20
_BARE_NUMBER = re.compile(r"\s*\d+(?:[.,]\d+)?\s*")
PROFILE_FIELDS = (
    "sex", "age", "birth_year", "height", "activity", "goal", "equation", "body_fat", "protein",
    "add_training_energy", "allow_below_floor",
)  # fmt: skip
_REQUIRED_FIRST = ("sex", "age", "height", "activity")


class MissingProfile(ValueError):
    """The person has not said enough about themselves for a calorie target."""

    def __init__(self, problem: str, field: str = "profile") -> None:
        super().__init__(problem)
        self.field = field


@dataclass(frozen=True, slots=True)
class FoodShelf:
    """Foods that are the same for everyone (the bundled table), with their search index."""

    foods: tuple[Food, ...]
    index: FoodIndex

    @classmethod
    def of(cls, foods: Iterable[Food]) -> FoodShelf:
        kept = tuple(foods)
        return cls(kept, FoodIndex.build(kept))


@dataclass(frozen=True, slots=True)
class FoodImportReport:
    added: int
    already_there: int
    total_foods: int  # the person's own foods after the import


def number_or_text(value: str | float | None) -> str | float | None:
    """A bare number stays a number (cm for height, kg for weight); text keeps its units."""
    if isinstance(value, str) and _BARE_NUMBER.fullmatch(value):
        return float(value.replace(",", "."))
    return value


def calculate_target(
    *,
    sex: str,
    age: str | float,
    height: str | float,
    weight: str | float,
    activity: str,
    goal: str = "maintain",
    equation: str = "mifflin-st-jeor",
    body_fat: str | float | None = None,
    protein_g_per_kg: float | None = None,
    allow_below_floor: bool = False,
) -> CalorieTarget:
    """The calculator without an account: bare numbers mean cm for height and kg for weight."""
    profile = energy_profile_from_text(
        sex=sex,
        age=age,
        height=number_or_text(height) or "",
        weight=number_or_text(weight) or "",
        activity=activity,
        goal=goal,
        equation=equation,
        body_fat=number_or_text(body_fat),
        protein_g_per_kg=protein_g_per_kg,
        allow_below_floor=allow_below_floor,
    )
    return calorie_target(profile)


def get_profile(uow: UnitOfWork, user: User) -> NutritionProfile | None:
    with uow:
        return uow.nutrition_profiles.get(user.id)


def update_profile(
    uow: UnitOfWork, user: User, changes: Mapping[str, object], today: date
) -> NutritionProfile:
    """Set the given fields (text as people type it); the first time, sex, age or birth year,
    height and activity are required. Nothing is stored when any field is wrong."""
    unknown = sorted(set(changes) - set(PROFILE_FIELDS))
    if unknown:
        raise InvalidInput(unknown[0], changes[unknown[0]], f"use {', '.join(PROFILE_FIELDS)}")
    given = {key: value for key, value in changes.items() if value is not None and value != ""}
    with uow:
        current = uow.nutrition_profiles.get(user.id)
        profile = current or _first_profile(given, today)
        profile = _apply(profile, given, today)
        uow.nutrition_profiles.save(user.id, profile)
        uow.commit()
    return profile


def _first_profile(given: Mapping[str, object], today: date) -> NutritionProfile:
    has_age = "age" in given or "birth_year" in given
    missing = [
        "age (or birth year)" if field == "age" else field
        for field in _REQUIRED_FIRST
        if field not in given and not (field == "age" and has_age)
    ]
    if missing:
        field = missing[0].split(" ")[0]
        problem = f"{field}: missing; give {', '.join(missing)} the first time, the rest can wait"
        raise MissingProfile(problem, field)
    return NutritionProfile(
        sex=parse_sex(str(given["sex"])),
        birth_year=_birth_year(given, today),
        height=parse_height(_text_or_number(given["height"]), default_unit="cm"),
    )


def _apply(profile: NutritionProfile, given: Mapping[str, object], today: date) -> NutritionProfile:
    fields = dict(_parsed_field(key, value, given, today) for key, value in given.items())
    return replace(profile, **fields)  # type: ignore[arg-type]


def _parsed_field(
    key: str, value: object, given: Mapping[str, object], today: date
) -> tuple[str, object]:
    """(NutritionProfile attribute, parsed value) for one typed field."""
    if key in ("age", "birth_year"):
        return "birth_year", _birth_year(given, today)
    if key == "height":
        return "height", parse_height(_text_or_number(value), default_unit="cm")
    if key == "body_fat":
        return "body_fat_percent", _optional_body_fat(value)
    if key == "protein":
        return "protein_g_per_kg", _optional_protein(value)
    if key in ("add_training_energy", "allow_below_floor"):
        return key, _flag(key.replace("_", " "), value)
    readers = {"sex": parse_sex, "activity": parse_activity, "goal": parse_goal,
               "equation": parse_equation}  # fmt: skip
    return key, readers[key](str(value))


def _birth_year(given: Mapping[str, object], today: date) -> int:
    if given.get("birth_year") not in (None, ""):
        return parse_birth_year(str(given["birth_year"]), today)
    return birth_year_from_age(_text_or_number(given["age"]), today)


def _text_or_number(value: object) -> str | float:
    return value if isinstance(value, float | int) and not isinstance(value, bool) else str(value)


def _optional_body_fat(value: object) -> float | None:
    return (
        None if str(value).strip().lower() in ("none", "-") else parse_body_fat_percent(str(value))
    )


def _optional_protein(value: object) -> float | None:
    if str(value).strip().lower() in ("none", "-", "default"):
        return None
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        raise InvalidInput("protein", value, "give grams per kg of body weight, e.g. 1.8") from None
    return check_protein_g_per_kg(number)


def _flag(field: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise InvalidInput(field, value, "use yes or no")


def profile_defaults(uow: UnitOfWork, user: User | None, today: date) -> dict[str, str]:
    """The profile and latest weigh-in as text, to fill what a form or command leaves out
    ("" where nothing is known)."""
    keys = ("sex", "age", "height", "weight", "activity", "goal", "equation", "body_fat",
            "protein")  # fmt: skip
    values = dict.fromkeys(keys, "")
    if user is None:
        return values
    with uow:
        profile = uow.nutrition_profiles.get(user.id)
        latest = uow.weight_entries.latest(user.id)
    if latest is not None:
        values["weight"] = f"{latest.entry.weight_kg:.1f} kg"
    if profile is not None:
        values |= {
            "sex": profile.sex.value,
            "age": f"{profile.age_years(today):.0f}",
            "height": f"{profile.height.centimetres:.1f} cm",
            "activity": profile.activity.value,
            "goal": profile.goal.label,
            "equation": profile.equation.value,
            "body_fat": "" if profile.body_fat_percent is None else f"{profile.body_fat_percent:g}",
            "protein": "" if profile.protein_g_per_kg is None else f"{profile.protein_g_per_kg:g}",
        }
    return values


def target_for(
    uow: UnitOfWork, user: User, on: date, weight: BodyWeight | None = None
) -> CalorieTarget:
    """The person's calorie target on ``on``: their profile with ``weight`` or, when not given,
    their latest weigh-in. Raises MissingProfile saying what is still needed."""
    with uow:
        profile = uow.nutrition_profiles.get(user.id)
        latest = uow.weight_entries.latest(user.id) if weight is None else None
    if profile is None:
        raise MissingProfile(
            "profile: set your sex, age, height and activity first to get a calorie target"
        )
    if weight is None:
        if latest is None:
            raise MissingProfile("weight: log your weight first to get a calorie target")
        weight = BodyWeight(latest.entry.weight_kg)
    return calorie_target(profile.energy_profile(weight, on))


def food_index_for(
    uow: UnitOfWork, user: User | None, shelf: FoodShelf, cache: FoodIndexCache | None = None
) -> FoodIndex:
    """The bundled foods plus the person's own (theirs only), indexed for search."""
    if user is None:
        return shelf.index
    with uow:
        revision = uow.custom_foods.revision(user.id)
        if revision[0] == 0:
            return shelf.index
        cached = cache.get(user.id) if cache is not None else None
        if cached is not None and cached[0] == revision:
            return cached[1]
        own = uow.custom_foods.list_for(user.id)
    index = FoodIndex.build(FoodCatalogue.layered(shelf.foods, own))
    if cache is not None:
        cache[user.id] = (revision, index)
    return index


def search_foods(
    uow: UnitOfWork,
    user: User | None,
    shelf: FoodShelf,
    text: str,
    limit: int = SEARCH_LIMIT,
    cache: FoodIndexCache | None = None,
) -> list[Food]:
    return food_index_for(uow, user, shelf, cache).search(text, limit)


def import_foods(uow: UnitOfWork, user: User, foods: Sequence[Food]) -> FoodImportReport:
    """Store foods read from a file in one transaction; ids the person already has are left
    alone, so importing the same file again adds nothing."""
    with uow:
        existing = uow.custom_foods.ids_for(user.id)
        fresh: dict[str, Food] = {}
        for food in foods:
            if food.id not in existing:
                fresh.setdefault(food.id, food)
        added = uow.custom_foods.add_many(user.id, fresh.values())
        uow.commit()
        total = uow.custom_foods.revision(user.id)[0]
    return FoodImportReport(added, len(foods) - added, total)


def food_to_dict(food: Food) -> dict[str, object]:
    n = food.per_100g
    return {
        "id": food.id,
        "name": food.name,
        "kcal_per_100g": round(n.kcal, 1),
        "protein_g": round(n.protein_g, 1),
        "fat_g": round(n.fat_g, 1),
        "carbohydrate_g": round(n.carbohydrate_g, 1),
        "source": food.source,
    }
