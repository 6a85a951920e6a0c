"""Nutrition results as public JSON: the calorie target, foods, diary entries, a day's summary
with its training energy, barcode products and the profile."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BeforeValidator, computed_field

from backstrong.domain.nutrition.barcodes import (
    OPEN_FOOD_FACTS_ATTRIBUTION,
    OPEN_FOOD_FACTS_LICENCE,
    OPEN_FOOD_FACTS_SOURCE,
    is_open_food_facts,
)
from backstrong.entrypoints.public import (
    IsoTime,
    Public,
    Tenth,
    TenthOrNone,
    Whole,
    WholeOrNone,
    at,
)


class MacrosPublic(Public):
    protein_g: Whole
    fat_g: Whole
    carbohydrate_g: Whole


class CalorieTargetPublic(Public):
    bmr_kcal: Whole
    tdee_kcal: Whole
    target_kcal: Whole
    floor_applied: bool
    warnings: list[str]
    macros: MacrosPublic
    equation: str
    goal_kcal_change: Whole
    floor_kcal: Whole
    explanations: list[str]


class NutrientsPublic(Public):
    kcal: Whole
    protein_g: Tenth
    fat_g: Tenth
    carbohydrate_g: Tenth
    fiber_g: Tenth


class PortionPublic(Public):
    name: str
    grams: Tenth


class FoodPublic(Public):
    """A food offered by search (``FoundFood``): values per 100 g, its household portions
    (the first is the default), and how often the person logged it in the last 90 days."""

    id: str = at("food", "id")
    name: str = at("food", "name")
    kcal_per_100g: Tenth = at("food", "per_100g", "kcal")
    protein_g: Tenth = at("food", "per_100g", "protein_g")
    fat_g: Tenth = at("food", "per_100g", "fat_g")
    carbohydrate_g: Tenth = at("food", "per_100g", "carbohydrate_g")
    fiber_g: Tenth = at("food", "per_100g", "fiber_g")
    source: str = at("food", "source")
    portions: list[PortionPublic] = at("food", "portions")
    times_logged: int


class DiaryEntryPublic(Public):
    """A logged entry (``LoggedEntry``); ``attribution`` is set for Open Food Facts products."""

    id: int
    date: dt.date = at("entry", "day")
    meal: str = at("entry", "meal")
    food_id: str = at("entry", "food_id")
    food_name: str = at("entry", "food_name")
    grams: Tenth = at("entry", "grams")
    portion: str = at("entry", "portion_label")
    text: str = at("entry", "text")
    kcal: Whole = at("entry", "nutrients", "kcal")
    protein_g: Tenth = at("entry", "nutrients", "protein_g")
    fat_g: Tenth = at("entry", "nutrients", "fat_g")
    carbohydrate_g: Tenth = at("entry", "nutrients", "carbohydrate_g")
    fiber_g: Tenth = at("entry", "nutrients", "fiber_g")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def attribution(self) -> str | None:
        return OPEN_FOOD_FACTS_ATTRIBUTION if is_open_food_facts(self.food_id) else None


class ExerciseEnergyPublic(Public):
    exercise_id: str
    name: str
    sets: int
    minutes: Tenth
    met: float
    met_code: str | None


class SessionEnergyPublic(Public):
    id: str = at("session", "id")
    title: str | None = at("session", "title")
    started_at: IsoTime = at("session", "started_at")
    minutes: Tenth = at("time", "minutes")
    duration_from: str
    sets: int = at("time", "sets")
    gross_kcal: WholeOrNone = at("energy", "gross_kcal", default=None)
    net_kcal: WholeOrNone = at("energy", "net_kcal", default=None)
    exercises: list[ExerciseEnergyPublic]


class TrainingEnergyPublic(Public):
    """The day's training energy: gross, net, per session, and whether it was added."""

    gross: WholeOrNone
    net: Whole
    sessions: list[SessionEnergyPublic]
    added_to_budget: bool
    added_kcal: Whole
    body_weight_kg: TenthOrNone
    note: str | None


class MealPublic(Public):
    meal: str
    total: NutrientsPublic
    entries: list[DiaryEntryPublic]


class DayPublic(Public):
    """A day of the diary (``DaySummary``): totals against the target, by meal."""

    date: dt.date = at("day")
    target_kcal: WholeOrNone = at("totals", "target_kcal")
    remaining_kcal: WholeOrNone = at("totals", "remaining_kcal")
    over_target: bool = at("totals", "over_target")
    training_kcal: TrainingEnergyPublic = at("training_budget")
    macros_target: MacrosPublic | None = at("target", "macros", default=None)
    total: NutrientsPublic = at("totals", "total")
    meals: list[MealPublic]
    complete: bool
    marked: bool | None
    note: str | None = at("target_problem")


def _serving(grams: Any) -> Any:
    return {"grams": grams} if isinstance(grams, int | float) else grams


class ServingPublic(Public):
    grams: Tenth


class BarcodeProductPublic(Public):
    """A packaged food from Open Food Facts (ODbL): show ``attribution`` wherever it is shown."""

    barcode: str
    food_id: str = at("food", "id")
    name: str = at("food", "name")
    brand: str | None = at("food", "brand")
    kcal_per_100g: Tenth = at("food", "per_100g", "kcal")
    protein_g: Tenth = at("food", "per_100g", "protein_g")
    fat_g: Tenth = at("food", "per_100g", "fat_g")
    carbohydrate_g: Tenth = at("food", "per_100g", "carbohydrate_g")
    fiber_g: Tenth = at("food", "per_100g", "fiber_g")
    serving: Annotated[ServingPublic | None, BeforeValidator(_serving)] = at("serving_grams")
    source: str = OPEN_FOOD_FACTS_SOURCE
    licence: str = OPEN_FOOD_FACTS_LICENCE
    attribution: str = OPEN_FOOD_FACTS_ATTRIBUTION
    url: str
    fetched_at: IsoTime
    from_cache: bool
    stale: bool


def _feet_and_inches(height: Any) -> Any:
    if isinstance(height, str):
        return height
    feet, inches = height.feet_and_inches()
    return f"{feet} ft {inches:.0f} in"


class ProfilePublic(Public):
    """A nutrition profile (``DatedProfile``: the profile and the day its age is counted on)."""

    sex: str = at("profile", "sex")
    birth_year: int = at("profile", "birth_year")
    age: int
    height_cm: Tenth = at("profile", "height", "centimetres")
    height_ft_in: Annotated[str, BeforeValidator(_feet_and_inches)] = at("profile", "height")
    activity: str = at("profile", "activity")
    goal: str = at("profile", "goal", "label")
    equation: str = at("profile", "equation")
    body_fat_percent: float | None = at("profile", "body_fat_percent")
    protein_g_per_kg: float | None = at("profile", "protein_g_per_kg")
    add_training_energy: bool = at("profile", "add_training_energy")
    allow_below_floor: bool = at("profile", "allow_below_floor")
    due_date: dt.date | None = at("profile", "due_date")
    breastfeeding: bool = at("profile", "breastfeeding")


class FoodImportPublic(Public):
    """What a food file import did (``FoodImportReport``)."""

    added: int
    already_there: int
    skipped: Annotated[int, BeforeValidator(len)] = at("skipped")
    total_own_foods: int = at("total_foods")
    warnings: list[str]
    skipped_foods: Annotated[list[dict[str, str]], BeforeValidator(
        lambda skipped: [{"where": s.ref, "why": s.reason} for s in list(skipped)[:50]]
    )] = at("skipped")  # fmt: skip


class DiaryImportPublic(Public):
    """What a food diary import adds and skips (``DiaryImportPlan``: a preview, or what was
    stored): meals (one entry per meal and day), the days they cover and their calories."""

    source: str
    added: int = at("added_count")
    duplicates: int = at("duplicate_count")
    days: int = at("day_count")
    kcal: Whole
    skipped_rows: list[str] = at("skipped_texts")
    warnings: list[str] = at("warning_texts")
    first: dt.date | None
    last: dt.date | None
