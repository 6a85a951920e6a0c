"""Weight projections through the Hall model, read from what people type: the person (blanks
filled from their profile by the service), a constant intake change or a schedule, a goal."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from backstrong.domain.body.hall_model import PAL_MAX, PAL_MIN, Person
from backstrong.domain.body.projection import (
    GoalIntake,
    Projection,
    ScheduleStep,
    intake_for_goal,
    parse_schedule,
)
from backstrong.domain.nutrition.activity import parse_activity
from backstrong.domain.nutrition.bmr import parse_sex
from backstrong.domain.nutrition.measurements import (
    InvalidInput,
    parse_age_years,
    parse_body_weight,
    parse_height,
)
from backstrong.services.nutrition.profile import number_or_text


@dataclass(frozen=True, slots=True)
class PersonText:
    """The person as typed; empty fields are filled from the profile when there is one."""

    sex: str = ""
    age: str = ""
    height: str = ""
    weight: str = ""
    pal: str = ""
    activity: str = ""

    def has_gaps(self) -> bool:
        person = (self.sex, self.age, self.height, self.weight)
        return not all(person) or not (self.pal or self.activity)


@dataclass(frozen=True, slots=True)
class ProjectionRequest:
    """A projection as asked: the person, exactly one of a constant daily intake change (kcal)
    or a schedule "0:-500,90:0", and how many days. Bare weights are in ``weight_unit``."""

    person: PersonText
    intake_change: str | float | None = None
    schedule: str | None = None
    days: int = 365
    weight_unit: str = "kg"


@dataclass(frozen=True, slots=True)
class GoalRequest:
    """A goal weight (bare numbers in ``weight_unit``) to reach by a day."""

    person: PersonText
    goal_weight: str
    by: date
    weight_unit: str = "kg"


@dataclass(frozen=True, slots=True)
class Outlook:
    """A projection, and the plan for a goal when one was given."""

    projection: Projection
    plan: GoalIntake | None = None


def person_defaults(known: Mapping[str, str]) -> PersonText:
    """The person fields of a profile's text (see NutritionService.profile_defaults)."""
    return PersonText(
        sex=known["sex"],
        age=known["age"],
        height=known["height"],
        weight=known["weight"],
        activity=known["activity"],
    )


def filled(given: PersonText, defaults: PersonText) -> PersonText:
    """``given`` with its empty fields taken from ``defaults`` (pal and activity as a pair)."""
    activity_given = bool(given.pal or given.activity)
    return PersonText(
        sex=given.sex or defaults.sex,
        age=given.age or defaults.age,
        height=given.height or defaults.height,
        weight=given.weight or defaults.weight,
        pal=given.pal if activity_given else defaults.pal,
        activity=given.activity if activity_given else defaults.activity,
    )


def person_from_text(text: PersonText, weight_unit: str = "kg") -> Person:
    """Bare numbers mean years, cm and ``weight_unit``; give a PAL or an activity level."""
    for field in ("sex", "age", "height", "weight"):
        if not getattr(text, field).strip():
            raise InvalidInput(field, "", "is needed for a projection")
    height = parse_height(number_or_text(text.height) or "", default_unit="cm")
    weight = parse_body_weight(text.weight, default_unit=weight_unit)
    return Person(
        sex=parse_sex(text.sex),
        age_years=parse_age_years(text.age),
        height_m=height.metres,
        weight_kg=weight.kilograms,
        physical_activity_level=_pal(text.pal, text.activity),
    )


def _pal(pal: str, activity: str) -> float:
    if pal.strip() and activity.strip():
        raise InvalidInput("pal", pal, "give a PAL or an activity level, not both")
    if activity.strip():
        return parse_activity(activity).multiplier
    if not pal.strip():
        raise InvalidInput("activity", "", "give an activity level (or a PAL number)")
    try:
        value = float(pal.replace(",", "."))
    except ValueError:
        value = float("nan")
    if not PAL_MIN <= value <= PAL_MAX:
        raise InvalidInput("pal", pal, f"give a number from {PAL_MIN:g} to {PAL_MAX:g}")
    return value


def intake_steps(
    intake_change: str | float | None, schedule: str | None
) -> tuple[ScheduleStep, ...]:
    """Exactly one of a constant intake change (kcal/day) or a schedule "0:-500,90:0"."""
    has_change = intake_change is not None and str(intake_change).strip() != ""
    has_schedule = schedule is not None and schedule.strip() != ""
    if has_change == has_schedule:
        problem = "give either a daily intake change (kcal) or a schedule such as '0:-500,90:0'"
        raise InvalidInput("intake change", intake_change or schedule or "", problem)
    if has_schedule:
        return parse_schedule(schedule or "")
    try:
        change = float(str(intake_change).replace(",", ".").replace("kcal", "").strip())
    except ValueError:
        raise InvalidInput(
            "intake change", intake_change, "give kcal a day, e.g. -500 to eat 500 less"
        ) from None
    return (ScheduleStep(0, change),)


def goal_plan(
    person: Person, goal_weight: str, by: date, today: date, weight_unit: str = "kg"
) -> GoalIntake:
    """The constant intake that reaches ``goal_weight`` by ``by``."""
    goal_kg = parse_body_weight(goal_weight, default_unit=weight_unit).kilograms
    days = (by - today).days
    if days < 1:
        raise InvalidInput("by", by.isoformat(), "give a date after today")
    return intake_for_goal(person, goal_kg, days)
