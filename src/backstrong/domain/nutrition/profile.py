"""A person's nutrition profile: what the calorie target needs besides today's body weight.

Kept per user and used as the defaults of the calculator, the projection and the diary's target.
Age is stored as a birth year so it stays right as the years pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypedDict

from backstrong.domain.nutrition.activity import ActivityLevel
from backstrong.domain.nutrition.bmr import BmrEquation, Sex
from backstrong.domain.nutrition.energy import EnergyProfile
from backstrong.domain.nutrition.goals import MAINTAIN, WeightGoal, parse_goal
from backstrong.domain.nutrition.life_stage import pregnancy_weeks
from backstrong.domain.nutrition.measurements import (
    AGE_MAX_YEARS,
    AGE_MIN_YEARS,
    BodyWeight,
    Height,
    InvalidInput,
    parse_age_years,
)
from backstrong.domain.units import convert


@dataclass(frozen=True, slots=True)
class NutritionProfile:
    sex: Sex
    birth_year: int
    height: Height
    activity: ActivityLevel = ActivityLevel.LIGHT
    goal: WeightGoal = MAINTAIN
    equation: BmrEquation = BmrEquation.MIFFLIN_ST_JEOR
    body_fat_percent: float | None = None
    protein_g_per_kg: float | None = None
    add_training_energy: bool = False
    allow_below_floor: bool = False
    due_date: date | None = None  # pregnant: the baby's due date (life_stage)
    breastfeeding: bool = False

    def age_years(self, on: date) -> float:
        """Age in whole years reached during ``on``'s year (the birth day itself is not kept)."""
        return float(on.year - self.birth_year)

    def energy_profile(self, weight: BodyWeight, on: date) -> EnergyProfile:
        """What the calorie target needs, with today's weight and the age reached this year."""
        return EnergyProfile(
            sex=self.sex,
            age_years=self.age_years(on),
            height=self.height,
            weight=weight,
            activity=self.activity,
            goal=self.goal,
            equation=self.equation,
            body_fat_percent=self.body_fat_percent,
            protein_g_per_kg=self.protein_g_per_kg,
            allow_below_floor=self.allow_below_floor,
            pregnancy_weeks=pregnancy_weeks(self.due_date, on),
            breastfeeding=self.breastfeeding,
        )


def birth_year_from_age(age: str | float, on: date) -> int:
    """The birth year of someone ``age`` years old in ``on``'s year (checked as an adult age)."""
    return on.year - int(parse_age_years(age))


def parse_birth_year(value: str | int, on: date) -> int:
    """A four-digit year that makes the person an adult the equations were fitted on."""
    text = str(value).strip()
    latest, earliest = on.year - int(AGE_MIN_YEARS), on.year - int(AGE_MAX_YEARS)
    if not text.isdigit() or not earliest <= int(text) <= latest:
        problem = f"give a year from {earliest} to {latest} (the equations are for adults)"
        raise InvalidInput("birth year", value, problem)
    return int(text)


class StoredProfile(TypedDict):
    """A profile as plain values, one name each, as a database row and a backup record keep it:
    the enums by value, the goal as the person types it, the height in centimetres."""

    sex: str
    birth_year: int
    height_cm: float
    activity: str
    goal: str
    equation: str
    body_fat_percent: float | None
    protein_g_per_kg: float | None
    add_training_energy: bool
    allow_below_floor: bool
    due_date: date | None
    breastfeeding: bool


STORED_FIELDS = tuple(StoredProfile.__annotations__)


def stored_profile(profile: NutritionProfile) -> StoredProfile:
    return StoredProfile(
        sex=profile.sex.value,
        birth_year=profile.birth_year,
        height_cm=profile.height.centimetres,
        activity=profile.activity.value,
        goal=profile.goal.label,
        equation=profile.equation.value,
        body_fat_percent=profile.body_fat_percent,
        protein_g_per_kg=profile.protein_g_per_kg,
        add_training_energy=profile.add_training_energy,
        allow_below_floor=profile.allow_below_floor,
        due_date=profile.due_date,
        breastfeeding=profile.breastfeeding,
    )


def profile_from_stored(stored: StoredProfile | dict[str, Any]) -> NutritionProfile:
    """:func:`stored_profile` read back (the values were checked when they were stored)."""
    return NutritionProfile(
        sex=Sex(stored["sex"]),
        birth_year=stored["birth_year"],
        height=Height(convert(stored["height_cm"], "centimeter", "meter")),
        activity=ActivityLevel(stored["activity"]),
        goal=parse_goal(stored["goal"]),
        equation=BmrEquation(stored["equation"]),
        body_fat_percent=stored["body_fat_percent"],
        protein_g_per_kg=stored["protein_g_per_kg"],
        add_training_energy=stored["add_training_energy"],
        allow_below_floor=stored["allow_below_floor"],
        due_date=stored.get("due_date"),
        breastfeeding=bool(stored.get("breastfeeding", False)),
    )
