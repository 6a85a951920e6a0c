"""Request and response shapes of the nutrition API. Responses are the public JSON of
``entrypoints.public.nutrition``; a few whole-kcal fields are written with a decimal point here
(1500.0) and moments the way pydantic writes them ("…Z"), as the API has always given them."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer

from backstrong.entrypoints.public import nutrition as public
from backstrong.entrypoints.public.nutrition import DayPublic, FoodPublic, ProfilePublic
from backstrong.entrypoints.web.api.inputs import ApiInput, LoggedDate

__all__ = [
    "BarcodeProductPublic",
    "CalorieTargetPublic",
    "DayMarkUpdate",
    "DayPublic",
    "DiaryCopyCreate",
    "DiaryEntryCreate",
    "DiaryEntryPublic",
    "DiaryEntryUpdate",
    "DiaryLineCreate",
    "FoodCreate",
    "FoodPublic",
    "FoodUpdate",
    "ProfilePublic",
    "ProfileUpdate",
    "QuickAddCreate",
    "RecipeCreate",
    "RecipePublic",
    "RecipeUpdate",
]


class MacrosPublic(public.MacrosPublic):
    @field_serializer("protein_g", "fat_g", "carbohydrate_g")
    def _number(self, grams: int) -> float:
        return float(grams)  # 109.0, as the API has always given it


class CalorieTargetPublic(public.CalorieTargetPublic):
    macros: MacrosPublic

    @field_serializer("bmr_kcal", "tdee_kcal", "target_kcal", "goal_kcal_change", "floor_kcal")
    def _number(self, kcal: int) -> float:
        return float(kcal)


class DiaryEntryPublic(public.DiaryEntryPublic):
    @field_serializer("kcal")
    def _number(self, kcal: int) -> float:
        return float(kcal)


class BarcodeProductPublic(public.BarcodeProductPublic):
    """A packaged food from Open Food Facts (ODbL): show ``attribution`` wherever it is shown."""

    @field_serializer("fetched_at")
    def _moment(self, fetched_at: str) -> dt.datetime:
        return dt.datetime.fromisoformat(fetched_at)


class DiaryEntryCreate(ApiInput):
    """Plain words ("2 eggs"); a barcode with grams or, in ``text``, an amount such as
    "2 servings" (default: one serving); or a food picked from search (``food_id``) with
    ``grams`` or ``quantity`` of one of its ``portion``s."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, min_length=1, max_length=500, examples=["2 eggs"])
    barcode: str | None = Field(None, max_length=40, examples=["3017620422003"])
    food_id: str | None = Field(None, max_length=200, examples=["egg-whole"])
    portion: str | None = Field(None, max_length=60, examples=["large"])
    quantity: float = Field(1.0, gt=0, le=100, description="With food_id and portion")
    grams: float | None = Field(
        None, gt=0, le=5000, description="With barcode or food_id: grams eaten"
    )
    meal: str | None = Field(None, examples=["breakfast"], max_length=20)
    date: LoggedDate | None = None


class FoodCreate(ApiInput):
    """A food of your own, values per 100 g; optionally one household portion."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200, examples=["Rye toast with seeds"])
    kcal: float = Field(ge=0, le=902, description="kcal per 100 g")
    protein_g: float = Field(0, ge=0, le=100)
    fat_g: float = Field(0, ge=0, le=100)
    carbohydrate_g: float = Field(
        0, ge=0, le=100, description="As on an EU label (without fibre); kept with fibre added"
    )
    fiber_g: float = Field(0, ge=0, le=100)
    carbohydrate_basis: Literal["label", "total"] = Field(
        "label",
        description="`label`: carbohydrate_g excludes fibre (EU labels); `total`: it includes "
        "fibre, as this API returns it (USDA), so a food read back can be sent again unchanged",
    )
    portion: str | None = Field(None, max_length=60, examples=["slice"])
    portion_g: float | None = Field(None, gt=0, le=5000, examples=[36])

    def as_fields(self) -> dict[str, str]:
        values = self.model_dump(exclude={"carbohydrate_basis"})
        if self.carbohydrate_basis == "total":  # the form reads label carbohydrate, fibre apart
            values["carbohydrate_g"] = max(0.0, self.carbohydrate_g - self.fiber_g)
        return {key: "" if value is None else str(value) for key, value in values.items()}


class FoodUpdate(FoodCreate):
    """The whole food again (it replaces the one stored)."""


class DiaryLineCreate(ApiInput):
    """One line naming one or more foods: "2 eggs, 1 coffee with milk". When a part names no
    food, nothing is stored and the 422 lists, per such part, the closest foods."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(
        min_length=1, max_length=500, examples=["a slice of wholemeal toast with butter"]
    )
    meal: str | None = Field(None, examples=["breakfast"], max_length=20)
    date: LoggedDate | None = None


class DiaryEntryUpdate(ApiInput):
    model_config = ConfigDict(extra="forbid")
    meal: str | None = Field(None, max_length=20)
    grams: float | None = Field(None, gt=0, le=5000)
    date: LoggedDate | None = None


class QuickAddCreate(ApiInput):
    """Calories without a food: "350 kcal, cake at work"; macros if you know them."""

    model_config = ConfigDict(extra="forbid")
    kcal: float = Field(gt=0, le=10_000, examples=[350])
    protein_g: float | None = Field(None, ge=0, le=1000)
    fat_g: float | None = Field(None, ge=0, le=1000)
    carbohydrate_g: float | None = Field(None, ge=0, le=1000)
    label: str = Field("", max_length=100, examples=["cake at work"])
    meal: str | None = Field(None, examples=["snacks"], max_length=20)
    date: LoggedDate | None = None


class DiaryCopyCreate(ApiInput):
    """Log an earlier day's food again: the whole day, or one ``meal`` (into ``to_meal``)."""

    model_config = ConfigDict(extra="forbid")
    from_date: LoggedDate
    date: LoggedDate | None = Field(None, description="The day to copy to; today when not given")
    meal: str | None = Field(None, max_length=20, description="Only this meal; all when not given")
    to_meal: str | None = Field(None, max_length=20, description="Into this meal; the same one")


class DayMarkUpdate(ApiInput):
    complete: bool | None = Field(description="true, false, or null to let Backstrong decide")


class ProfileUpdate(ApiInput):
    """Give only what changes; the first time, sex, age (or birth_year), height and activity."""

    model_config = ConfigDict(extra="forbid")
    sex: str | None = None
    age: str | float | None = None
    birth_year: int | None = None
    height: str | float | None = None
    activity: str | None = None
    goal: str | None = None
    equation: str | None = None
    body_fat: str | float | None = None
    protein: str | float | None = None
    add_training_energy: bool | None = None
    allow_below_floor: bool | None = None
    due_date: str | None = Field(
        None, description="Pregnant: the due date (YYYY-MM-DD); 'none' when no longer pregnant"
    )
    breastfeeding: bool | None = None


class RecipeCreate(ApiInput):
    """A recipe or meal of your own: its foods, one per item as you would write a diary line,
    and how many servings it makes. It is then searched and logged like a food, by the serving
    ("1 serving of my porridge")."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200, examples=["My porridge"])
    servings: float = Field(1, gt=0, le=100, examples=[2])
    items: list[str] = Field(
        min_length=1, max_length=50, examples=[["80 g oats", "250 ml milk", "1 banana"]]
    )


class RecipeUpdate(RecipeCreate):
    """The whole recipe again (it replaces the one stored; entries already logged stay)."""


class RecipeItemPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    text: str
    food_id: str
    food_name: str
    grams: float


class RecipeNutrientsPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    kcal: float
    protein_g: float
    fat_g: float
    carbohydrate_g: float = Field(description="Total (by difference), fibre included")
    fiber_g: float


class RecipePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str = Field(validation_alias="food_id", description="Also its food id, for the diary")
    name: str
    servings: float
    grams: float = Field(description="The whole dish")
    serving_grams: float
    per_serving: RecipeNutrientsPublic
    items: list[RecipeItemPublic]
