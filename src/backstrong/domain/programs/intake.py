"""What a person tells us before we build a program: the intake, validated on construction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from backstrong.domain.programs.equipment import resolve_equipment
from backstrong.domain.programs.errors import IntakeError
from backstrong.domain.programs.red_flags import RED_FLAG_SLUGS

AGE_RANGE = (16, 100)  # convention: programs for adults and older teenagers
DAYS_RANGE = (1, 6)
MINUTES_RANGE = (15, 120)
PAIN_RANGE = (0, 10)
WEEKS_RANGE = (4, 52)  # at least one block of three phases plus a deload
DEFAULT_WEEKS = 12


class Experience(StrEnum):
    """ACSM 2009 (Ratamess): novice = untrained or years without training; intermediate = about
    six months of consistent training; advanced = years of training."""

    NOVICE = "novice"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


class Goal(StrEnum):
    PAIN_RELIEF = "pain-relief"
    STRENGTH = "strength"
    MOBILITY = "mobility"


class PainDuration(StrEnum):
    """Duration bands of low back pain: acute < 4 weeks, subacute 4–12 weeks, chronic > 12 weeks."""

    ACUTE = "acute"
    SUBACUTE = "subacute"
    CHRONIC = "chronic"


class Sensitivity(StrEnum):
    """Movements that provoke the person's back; each rules out exercises by safety tag."""

    FLEXION = "flexion"
    EXTENSION = "extension"
    ROTATION = "rotation"


GENTLE_START_PAIN = 7  # convention: pain this high starts gently whatever its duration


@dataclass(frozen=True, slots=True)
class Intake:
    """``equipment`` holds preset names and/or item ids; ``red_flags`` the slugs answered yes."""

    age: int
    experience: Experience
    goal: Goal
    equipment: tuple[str, ...]
    days_per_week: int
    minutes_per_session: int
    pain: int = 0
    pain_duration: PainDuration | None = None
    sensitivities: frozenset[Sensitivity] = field(default_factory=frozenset)
    red_flags: frozenset[str] = field(default_factory=frozenset)
    favourites: tuple[str, ...] = ()
    weeks: int = DEFAULT_WEEKS

    def __post_init__(self) -> None:
        _check_range("age", self.age, AGE_RANGE, "years")
        _check_range("days_per_week", self.days_per_week, DAYS_RANGE, "days")
        _check_range("minutes_per_session", self.minutes_per_session, MINUTES_RANGE, "minutes")
        _check_range("pain", self.pain, PAIN_RANGE, "on the 0–10 scale")
        _check_range("weeks", self.weeks, WEEKS_RANGE, "weeks")
        if self.pain > 0 and self.pain_duration is None:
            raise IntakeError(
                f"pain_duration: missing for pain {self.pain}/10; "
                "accepted: acute (< 4 weeks), subacute (4–12 weeks), chronic (> 12 weeks)"
            )
        resolve_equipment(self.equipment)
        unknown = sorted(self.red_flags - RED_FLAG_SLUGS)
        if unknown:
            raise IntakeError(
                f"red_flags '{unknown[0]}': not a known question; "
                f"accepted: {', '.join(sorted(RED_FLAG_SLUGS))}"
            )

    @property
    def available_equipment(self) -> frozenset[str]:
        return resolve_equipment(self.equipment)

    @property
    def starts_gently(self) -> bool:
        """Acute pain (or pain of 7/10 and above) opens the program with a gentle phase."""
        acute = self.pain_duration is PainDuration.ACUTE and self.pain > 0
        return acute or self.pain >= GENTLE_START_PAIN

    def to_dict(self) -> dict[str, Any]:
        return {
            "age": self.age,
            "experience": self.experience.value,
            "goal": self.goal.value,
            "equipment": list(self.equipment),
            "days_per_week": self.days_per_week,
            "minutes_per_session": self.minutes_per_session,
            "pain": self.pain,
            "pain_duration": self.pain_duration.value if self.pain_duration else None,
            "sensitivities": sorted(s.value for s in self.sensitivities),
            "red_flags": sorted(self.red_flags),
            "favourites": list(self.favourites),
            "weeks": self.weeks,
        }


def intake_from_dict(data: Mapping[str, Any]) -> Intake:
    """Build an intake from plain JSON-like data (strings for the choices)."""
    equipment = data.get("equipment", ())
    duration = data.get("pain_duration")
    return Intake(
        age=_integer(data, "age"),
        experience=_choice(Experience, "experience", data.get("experience")),
        goal=_choice(Goal, "goal", data.get("goal")),
        equipment=(equipment,) if isinstance(equipment, str) else tuple(equipment),
        days_per_week=_integer(data, "days_per_week"),
        minutes_per_session=_integer(data, "minutes_per_session"),
        pain=_integer(data, "pain", 0),
        pain_duration=None
        if duration is None
        else _choice(PainDuration, "pain_duration", duration),
        sensitivities=frozenset(
            _choice(Sensitivity, "sensitivities", s) for s in _strings(data, "sensitivities")
        ),
        red_flags=frozenset(_strings(data, "red_flags")),
        favourites=tuple(_strings(data, "favourites")),
        weeks=_integer(data, "weeks", DEFAULT_WEEKS),
    )


E = TypeVar("E", bound=StrEnum)


def _choice(enum: type[E], name: str, value: object) -> E:
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        accepted = ", ".join(m.value for m in enum)
        raise IntakeError(f"{name} '{value}': accepted: {accepted}") from None


def _integer(data: Mapping[str, Any], name: str, default: int | None = None) -> int:
    value = data.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise IntakeError(f"{name} '{value}': a whole number is needed")
    try:
        return int(value)
    except ValueError:
        raise IntakeError(f"{name} '{value}': a whole number is needed") from None


def _strings(data: Mapping[str, Any], name: str) -> Iterable[str]:
    value = data.get(name) or ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _check_range(name: str, value: int, bounds: tuple[int, int], unit: str) -> None:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise IntakeError(f"{name} '{value}': accepted {low}–{high} {unit}")
