"""Request and response shapes of the nutrition and body API, and domain errors as 422s."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field

# The domain names fields as people read them; the API uses parameter names.
_FIELD_NAMES = {
    "body fat": "body_fat",
    "intake change": "intake_change",
    "physical activity level": "pal",
    "activity change": "activity",
    "birth year": "birth_year",
    "diary entry": "text",
    "below floor": "allow_below_floor",
    "add training energy": "add_training_energy",
}


def invalid(
    exc: Exception, location: str = "body", field: str | None = None
) -> RequestValidationError:
    """A field-level 422 from a domain error (its message names the field, value and fix)."""
    name = field or str(getattr(exc, "field", "") or "value")
    name = _FIELD_NAMES.get(name, name.replace(" ", "_"))
    value = getattr(exc, "value", getattr(exc, "text", None))
    return RequestValidationError(
        [{"loc": (location, name), "msg": str(exc), "type": "value_error", "input": value}]
    )


class MacrosPublic(BaseModel):
    protein_g: float
    fat_g: float
    carbohydrate_g: float


class CalorieTargetPublic(BaseModel):
    bmr_kcal: float
    tdee_kcal: float
    target_kcal: float
    floor_applied: bool
    warnings: list[str]
    macros: MacrosPublic
    equation: str
    goal_kcal_change: float
    floor_kcal: float
    explanations: list[str]


class PersonIn(BaseModel):
    """A person for the model. Bare numbers: years, cm and kg; or text such as '5 ft 10 in'."""

    model_config = ConfigDict(extra="forbid")
    sex: str = Field(examples=["female"], max_length=20)
    age: str | float = Field(examples=[35])
    height: str | float = Field(examples=["5 ft 6 in", 168])
    weight: str | float = Field(examples=["170 lb", 77])
    pal: float | None = Field(None, description="Physical activity level 1.2–2.5, or give activity")
    activity: str | None = Field(None, examples=["light"], max_length=30)


class ProjectionCreate(PersonIn):
    intake_change: float | None = Field(None, description="kcal a day, e.g. -500")
    schedule: str | None = Field(None, examples=["0:-600,180:0"], max_length=500)
    days: int = Field(365, ge=1, le=3650)


class GoalPlanCreate(PersonIn):
    goal_weight: str | float = Field(examples=["70 kg", 70])
    by: dt.date


class BodyStatePublic(BaseModel):
    day: int
    weight_kg: float
    fat_kg: float
    lean_kg: float


class RulePointPublic(BaseModel):
    day: int
    weight_kg: float


class ProjectionPublic(BaseModel):
    baseline_intake_kcal: float
    trajectory: list[BodyStatePublic]
    rule_3500: list[RulePointPublic]
    warnings: list[str]


class GoalPlanPublic(BaseModel):
    goal_weight_kg: float
    by_day: int
    reachable: bool
    intake_kcal: float
    intake_change_kcal: float
    baseline_intake_kcal: float
    weight_on_day_kg: float
    message: str
    warnings: list[str]


class FoodPublic(BaseModel):
    id: str
    name: str
    kcal_per_100g: float
    protein_g: float
    fat_g: float
    carbohydrate_g: float
    source: str


class ServingPublic(BaseModel):
    grams: float


class BarcodeProductPublic(BaseModel):
    """A packaged food from Open Food Facts (ODbL): show ``attribution`` wherever it is shown."""

    barcode: str
    food_id: str
    name: str
    brand: str | None
    kcal_per_100g: float
    protein_g: float
    fat_g: float
    carbohydrate_g: float
    fiber_g: float
    serving: ServingPublic | None
    source: str
    licence: str
    attribution: str
    url: str
    fetched_at: dt.datetime
    from_cache: bool
    stale: bool


class DiaryEntryCreate(BaseModel):
    """Plain words ("2 eggs"), or a barcode with grams or, in ``text``, an amount such as
    "2 servings" (default: one serving)."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, min_length=1, max_length=500, examples=["2 eggs"])
    barcode: str | None = Field(None, max_length=40, examples=["3017620422003"])
    grams: float | None = Field(None, gt=0, le=5000, description="With barcode: grams eaten")
    meal: str | None = Field(None, examples=["breakfast"], max_length=20)
    date: dt.date | None = None


class DiaryEntryUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    meal: str | None = Field(None, max_length=20)
    grams: float | None = Field(None, gt=0, le=5000)
    date: dt.date | None = None


class DiaryEntryPublic(BaseModel):
    id: int
    date: dt.date
    meal: str
    food_id: str
    food_name: str
    grams: float
    portion: str
    text: str
    kcal: float
    protein_g: float
    fat_g: float
    carbohydrate_g: float
    fiber_g: float
    attribution: str | None = None  # set for Open Food Facts products


class DayMarkUpdate(BaseModel):
    complete: bool | None = Field(description="true, false, or null to let Backstrong decide")


class WeightCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    weight: str | float = Field(examples=["81.2 kg", "179 lb", 81.2])
    measured_at: dt.datetime | None = Field(None, description="When; default now")
    date: dt.date | None = Field(None, description="Or just the day (counts as that morning)")
    body_fat_percent: float | None = Field(None, ge=2, le=70)
    girths: dict[str, str | float] = Field(default_factory=dict, examples=[{"waist": 84}])


class WeightPublic(BaseModel):
    id: int
    measured_at: dt.datetime
    weight_kg: float
    body_fat_percent: float | None
    girths: dict[str, float]


class ProfileUpdate(BaseModel):
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


def without_none(model: BaseModel) -> dict[str, Any]:
    return {k: v for k, v in model.model_dump().items() if v is not None}
