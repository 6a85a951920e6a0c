"""The nutrition parts of a backup: the person's own foods (``custom_foods``), and ``nutrition``:
the calorie-target inputs, every diary entry and the days they marked complete or not.

Foods come before the diary so the diary's references can be checked against them. Recipes (a
named set of foods) would be one more section between the two, named ``recipes``."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import asdict
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, TypeAdapter

from backstrong.domain.accounts import User
from backstrong.domain.nutrition.diary import DiaryEntry, Meal
from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.domain.nutrition.profile import (
    NutritionProfile,
    profile_from_stored,
    stored_profile,
)
from backstrong.services.backup.records import Record, converted, read
from backstrong.services.backup.references import is_shared_food
from backstrong.services.backup.sections import DamagedBackup
from backstrong.services.unit_of_work import UnitOfWork

# The longest text each column keeps (adapters/db/nutrition/tables.py): longer is refused here.
Text40 = Annotated[str, StringConstraints(max_length=40)]
Text120 = Annotated[str, StringConstraints(max_length=120)]
Text200 = Annotated[str, StringConstraints(max_length=200)]
Text300 = Annotated[str, StringConstraints(max_length=300)]
HEIGHT_DECIMALS = 3  # centimetres to a hundredth of a millimetre: stable through cm → m → cm


def _nutrient_fields(nutrients: Nutrients) -> dict[str, float]:
    """A record's nutrient fields, named as in ``Nutrients``: a food's per 100 g, or an entry's
    as logged (read back with ``_nutrients``)."""
    return asdict(nutrients)


def _nutrients(record: FoodRecord | DiaryRecord) -> Nutrients:
    return Nutrients(
        record.kcal, record.protein_g, record.fat_g, record.carbohydrate_g, record.fiber_g
    )


class FoodRecord(Record):
    """A food of the person's, values per 100 g; portions as ``[name, grams]``."""

    id: Text120
    name: Text300
    kcal: float
    protein_g: float
    fat_g: float
    carbohydrate_g: float
    fiber_g: float = 0.0
    portions: list[tuple[str, float]] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    category: Text200 = ""
    everyday: bool = False
    source: Annotated[str, StringConstraints(max_length=40)]
    licence: Annotated[str, StringConstraints(max_length=80)] | None = None
    density_g_per_ml: float | None = None
    brand: Text200 | None = None

    @classmethod
    def of(cls, food: Food) -> FoodRecord:
        return cls(
            id=food.id,
            name=food.name,
            **_nutrient_fields(food.per_100g),
            portions=[(p.name, p.grams) for p in food.portions],
            aliases=list(food.aliases),
            category=food.category,
            everyday=food.everyday,
            source=food.source,
            licence=food.licence,
            density_g_per_ml=food.density_g_per_ml,
            brand=food.brand,
        )

    def food(self) -> Food:
        return Food(
            id=self.id,
            name=self.name,
            per_100g=_nutrients(self),
            portions=tuple(Portion(name, grams) for name, grams in self.portions),
            aliases=tuple(self.aliases),
            category=self.category,
            everyday=self.everyday,
            source=self.source,
            licence=self.licence,
            density_g_per_ml=self.density_g_per_ml,
            brand=self.brand,
        )


class ProfileRecord(Record):
    """The calorie-target inputs; ``goal`` as the person types it ("maintain", "lose-0.5kg")."""

    sex: Literal["male", "female"]
    birth_year: int
    height_cm: float
    activity: Text40
    goal: Text40
    equation: Text40
    body_fat_percent: float | None = None
    protein_g_per_kg: float | None = None
    add_training_energy: bool = False
    allow_below_floor: bool = False
    due_date: date | None = None
    breastfeeding: bool = False

    @classmethod
    def of(cls, profile: NutritionProfile) -> ProfileRecord:
        stored = stored_profile(profile)
        return cls(**{**stored, "height_cm": round(stored["height_cm"], HEIGHT_DECIMALS)})

    def profile(self) -> NutritionProfile:
        return profile_from_stored(self.model_dump())


class DiaryRecord(Record):
    """One logged food with the nutrients it was logged with. ``food_gone``: the food was
    deleted (or left the library) after it was logged, so its id is not checked on restore."""

    day: date
    meal: Literal["breakfast", "lunch", "dinner", "snacks"]
    food_id: Text120
    food_name: Text300
    grams: float
    kcal: float
    protein_g: float
    fat_g: float
    carbohydrate_g: float
    fiber_g: float = 0.0
    portion_label: Text200 = ""
    text: Annotated[str, StringConstraints(max_length=500)] = ""
    food_gone: bool = False

    @classmethod
    def of(cls, entry: DiaryEntry, gone: bool) -> DiaryRecord:
        return cls(
            day=entry.day,
            meal=entry.meal.value,
            food_id=entry.food_id,
            food_name=entry.food_name,
            grams=entry.grams,
            **_nutrient_fields(entry.nutrients),
            portion_label=entry.portion_label,
            text=entry.text,
            food_gone=gone,
        )

    def entry(self) -> DiaryEntry:
        return DiaryEntry(
            self.day,
            Meal(self.meal),
            self.food_id,
            self.food_name,
            self.grams,
            _nutrients(self),
            self.portion_label,
            self.text,
        )


class DayRecord(Record):
    day: date
    complete: bool


FOODS = TypeAdapter(list[FoodRecord])
DIARY = TypeAdapter(list[DiaryRecord])
DAYS = TypeAdapter(list[DayRecord])
PROFILE = TypeAdapter(ProfileRecord)


class CustomFoodsSection:
    name = "custom_foods"

    def dump(self, uow: UnitOfWork, user: User) -> Any:
        foods = [FoodRecord.of(food) for food in uow.custom_foods.list_for(user.id)]
        return FOODS.dump_python(foods, mode="json")

    def has_data(self, uow: UnitOfWork, user: User) -> bool:
        return bool(uow.custom_foods.ids_for(user.id))

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        records: list[FoodRecord] = read(FOODS, data, "custom_foods")
        foods = converted(records, FoodRecord.food, "custom_foods", lambda record: record.id)
        return uow.custom_foods.add_many(user.id, foods)


class NutritionSection:
    """``{"profile": {...} or null, "diary": [...], "days": [...]}``."""

    name = "nutrition"

    def __init__(self, bundled_foods: Callable[[], Collection[str]] | None = None) -> None:
        self._bundled = bundled_foods

    def dump(self, uow: UnitOfWork, user: User) -> Any:
        profile = uow.nutrition_profiles.get(user.id)
        known = self._known(uow, user)
        diary = [
            DiaryRecord.of(logged.entry, gone=not known(logged.entry.food_id))
            for logged in uow.diary_entries.all_for(user.id)
        ]
        marks = uow.diary_days.marks(user.id, date.min, date.max)
        days = [DayRecord(day=day, complete=marks[day]) for day in sorted(marks)]
        return {
            "profile": None
            if profile is None
            else ProfileRecord.of(profile).model_dump(mode="json"),
            "diary": DIARY.dump_python(diary, mode="json"),
            "days": DAYS.dump_python(days, mode="json"),
        }

    def _known(self, uow: UnitOfWork, user: User) -> Callable[[str], bool]:
        own = uow.custom_foods.ids_for(user.id)
        bundled = set(self._bundled()) if self._bundled else None

        def known(food_id: str) -> bool:
            if food_id in own or is_shared_food(food_id):
                return True
            return bundled is None or food_id in bundled

        return known

    def has_data(self, uow: UnitOfWork, user: User) -> bool:
        if uow.nutrition_profiles.get(user.id) is not None:
            return True
        marks = uow.diary_days.marks(user.id, date.min, date.max)
        return bool(marks) or bool(uow.diary_entries.all_for(user.id))

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        if data.get("profile") is not None:
            record: ProfileRecord = read(PROFILE, data["profile"], "nutrition.profile")
            try:
                uow.nutrition_profiles.save(user.id, record.profile())
            except ValueError as exc:
                raise DamagedBackup(f"nutrition.profile: {exc}", "nutrition.profile") from exc
        entries: list[DiaryRecord] = read(DIARY, data.get("diary", []), "nutrition.diary")
        diary = converted(entries, DiaryRecord.entry, "nutrition.diary")
        uow.diary_entries.add_many(user.id, diary)
        for day in read(DAYS, data.get("days", []), "nutrition.days"):
            uow.diary_days.mark(user.id, day.day, day.complete)
        return len(entries)
