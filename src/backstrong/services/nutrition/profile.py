"""A person's nutrition profile as people type it, and the calorie calculator's input: the rules
that read text into a profile or a target, with no storage (the service loads and saves)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from backstrong.domain.answers import yes_or_no
from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.activity import parse_activity
from backstrong.domain.nutrition.bmr import parse_equation, parse_sex
from backstrong.domain.nutrition.energy import (
    CalorieTarget,
    calorie_target,
    energy_profile_from_text,
)
from backstrong.domain.nutrition.goals import parse_goal
from backstrong.domain.nutrition.life_stage import parse_due_date
from backstrong.domain.nutrition.macros import check_protein_g_per_kg
from backstrong.domain.nutrition.measurements import (
    InvalidInput,
    parse_body_fat_percent,
    parse_height,
)
from backstrong.domain.nutrition.profile import (
    NutritionProfile,
    birth_year_from_age,
    parse_birth_year,
)
from backstrong.services.errors import Conflict
from backstrong.services.ports.body import LoggedWeight

_BARE_NUMBER = re.compile(r"\s*\d+(?:[.,]\d+)?\s*")
PROFILE_FIELDS = (
    "sex", "age", "birth_year", "height", "activity", "goal", "equation", "body_fat", "protein",
    "add_training_energy", "allow_below_floor", "due_date", "breastfeeding",
)  # fmt: skip
_REQUIRED_FIRST = ("sex", "age", "height", "activity")
PERSON_FIELDS = ("sex", "age", "height", "weight", "activity")  # what the calculator must know
DEFAULT_KEYS = ("sex", "age", "height", "weight", "activity", "goal", "equation", "body_fat",
                "protein")  # fmt: skip


class MissingProfile(Conflict):
    """The person has not said enough about themselves yet (no profile, no weigh-in) for what
    they asked: a calorie target, an expenditure estimate."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}", field)
        self.problem = problem


class IncompleteProfile(FieldError):
    """A first profile without sex, age (or birth year), height or activity."""

    def __init__(self, missing: list[str]) -> None:
        field = missing[0].split(" ")[0]
        needed = ", ".join(missing)
        super().__init__(field, "", f"missing; give {needed} the first time, the rest can wait")
        self.args = (f"{field}: {self.accepted}",)


class MissingFields(FieldError):
    """The calculator lacks fields that neither the request nor the profile gave."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(missing[0], "", f"missing; give {', '.join(missing)}")
        self.missing = tuple(missing)


@dataclass(frozen=True, slots=True)
class DatedProfile:
    """A profile with the person's today, on which its age is counted."""

    profile: NutritionProfile
    today: date

    @property
    def age(self) -> int:
        return int(self.profile.age_years(self.today))


@dataclass(frozen=True, slots=True)
class TargetRequest:
    """The calculator's fields as typed ("" or None where left out). Bare numbers mean cm for
    height and kg for weight."""

    sex: str | None = None
    age: str | float | None = None
    height: str | float | None = None
    weight: str | float | None = None
    activity: str | None = None
    goal: str | None = None
    equation: str | None = None
    body_fat: str | float | None = None
    protein_g_per_kg: float | None = None
    allow_below_floor: bool = False

    def gaps(self) -> list[str]:
        """The person fields left out, in the calculator's order."""
        return [key for key in PERSON_FIELDS if getattr(self, key) in (None, "")]

    def filled_from(self, known: Mapping[str, str]) -> TargetRequest:
        """This request with its blanks taken from ``known`` (the profile's text)."""
        keys = (*PERSON_FIELDS, "goal", "equation", "body_fat")
        blanks = {key: known.get(key) or None for key in keys if getattr(self, key) in (None, "")}
        return replace(self, **blanks)  # type: ignore[arg-type]


def number_or_text(value: str | float | None) -> str | float | None:
    """A bare number stays a number (cm for height, kg for weight); text keeps its units."""
    if isinstance(value, str) and _BARE_NUMBER.fullmatch(value):
        return float(value.replace(",", "."))
    return value


def calculate_target(request: TargetRequest) -> CalorieTarget:
    """The calculator without an account (a blank field is refused by its own parser)."""
    profile = energy_profile_from_text(
        sex=request.sex or "",
        age=request.age or "",
        height=number_or_text(request.height) or "",
        weight=number_or_text(request.weight) or "",
        activity=request.activity or "",
        goal=request.goal or "maintain",
        equation=request.equation or "mifflin-st-jeor",
        body_fat=number_or_text(request.body_fat) or None,
        protein_g_per_kg=request.protein_g_per_kg,
        allow_below_floor=request.allow_below_floor,
    )
    return calorie_target(profile)


def changed_profile(
    current: NutritionProfile | None, changes: Mapping[str, object], today: date
) -> NutritionProfile:
    """``current`` with the typed ``changes``; the first time, sex, age or birth year, height
    and activity are required. Raises a FieldError naming the first wrong field."""
    unknown = sorted(set(changes) - set(PROFILE_FIELDS))
    if unknown:
        raise InvalidInput(unknown[0], changes[unknown[0]], f"use {', '.join(PROFILE_FIELDS)}")
    given = {key: value for key, value in changes.items() if value is not None and value != ""}
    profile = current or _first_profile(given, today)
    fields = dict(_parsed_field(key, value, given, today) for key, value in given.items())
    return replace(profile, **fields)  # type: ignore[arg-type]


def _first_profile(given: Mapping[str, object], today: date) -> NutritionProfile:
    has_age = "age" in given or "birth_year" in given
    missing = [
        "age (or birth year)" if field == "age" else field
        for field in _REQUIRED_FIRST
        if field not in given and not (field == "age" and has_age)
    ]
    if missing:
        raise IncompleteProfile(missing)
    return NutritionProfile(
        sex=parse_sex(str(given["sex"])),
        birth_year=_birth_year(given, today),
        height=parse_height(_text_or_number(given["height"]), default_unit="cm"),
    )


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
    if key in ("add_training_energy", "allow_below_floor", "breastfeeding"):
        return key, _flag(key.replace("_", " "), value)
    if key == "due_date":
        return key, parse_due_date(value, today)
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
    answer = yes_or_no(value)
    if answer is None:
        raise InvalidInput(field, value, "use yes or no")
    return answer


def defaults_text(
    profile: NutritionProfile | None, latest: LoggedWeight | None, today: date
) -> dict[str, str]:
    """The profile and latest weigh-in as text, to fill what a form or command leaves out
    ("" where nothing is known)."""
    values = dict.fromkeys(DEFAULT_KEYS, "")
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
