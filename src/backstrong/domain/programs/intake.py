"""What a person tells us before we build a program: the intake, validated on construction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from backstrong.domain.programs.equipment import resolve_equipment
from backstrong.domain.programs.errors import IntakeError
from backstrong.domain.programs.inflammatory import INFLAMMATORY_SLUGS
from backstrong.domain.programs.red_flags import DERIVABLE_SLUGS, RED_FLAG_SLUGS
from backstrong.domain.training.model import Load
from backstrong.domain.units import MassUnit

# Any age is accepted so that the screen, not a validation error, answers people under
# ADULT_AGE (red_flags: the young-person outcome).
AGE_RANGE = (1, 100)
ADULT_AGE = 16  # convention: programs for adults and older teenagers
PAIN_WEEKS_RANGE = (0, 52 * 80)
CALIBRATION_REPS_RANGE = (1, 30)
CALIBRATION_REPS = 10  # "what can you lift 10 times?" (convention: inside the e1RM formulas' range)
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
ACUTE_WEEKS = 4  # acute < 4 weeks, subacute 4–12, chronic > 12 (DOMAIN.md §2)
CHRONIC_AFTER_WEEKS = 12


def duration_band(weeks: int) -> PainDuration:
    if weeks < ACUTE_WEEKS:
        return PainDuration.ACUTE
    return PainDuration.SUBACUTE if weeks <= CHRONIC_AFTER_WEEKS else PainDuration.CHRONIC


@dataclass(frozen=True, slots=True)
class Calibration:
    """A short optional test: the load the person can lift ``reps`` times on ``exercise_id``."""

    exercise_id: str
    load: Load
    reps: int = CALIBRATION_REPS

    def __post_init__(self) -> None:
        _check_range("calibration.reps", self.reps, CALIBRATION_REPS_RANGE, "reps")
        if not self.load.value > 0:
            raise IntakeError(
                f"calibration.load '{self.load.value}': a weight above 0 is needed "
                f"for {self.exercise_id}"
            )

    def to_dict(self) -> dict[str, Any]:
        return {
            "exercise_id": self.exercise_id,
            "value": self.load.value,
            "unit": self.load.unit.value,
            "reps": self.reps,
        }


@dataclass(frozen=True, slots=True)
class Intake:
    """``equipment`` holds preset names and/or item ids; ``red_flags`` the slugs answered yes.

    Added for the screen and the fit of the plan (all optional, with defaults):
    ``pain_weeks`` how long this episode has lasted (when given, it sets ``pain_duration``);
    ``not_applicable`` flags derived from the intake that the person, asked, said do not apply;
    ``inflammatory_signs`` the NG65 signs answered yes; ``floor`` whether getting down to and
    up from the floor is fine; ``walking`` whether a walking programme fits;
    ``calibration`` loads the person can lift a number of times, to set first loads."""

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
    pain_weeks: int | None = None
    not_applicable: frozenset[str] = field(default_factory=frozenset)
    inflammatory_signs: frozenset[str] = field(default_factory=frozenset)
    floor: bool = True
    walking: bool = True
    calibration: tuple[Calibration, ...] = ()

    def __post_init__(self) -> None:
        if self.pain_weeks is not None:
            _check_range("pain_weeks", self.pain_weeks, PAIN_WEEKS_RANGE, "weeks")
            if self.pain > 0:  # the weeks, when given, set the band
                object.__setattr__(self, "pain_duration", duration_band(self.pain_weeks))
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
        _check_slugs("red_flags", self.red_flags, RED_FLAG_SLUGS)
        _check_slugs("not_applicable", self.not_applicable, DERIVABLE_SLUGS)
        _check_slugs("inflammatory_signs", self.inflammatory_signs, INFLAMMATORY_SLUGS)

    @property
    def available_equipment(self) -> frozenset[str]:
        return resolve_equipment(self.equipment)

    @property
    def starts_gently(self) -> bool:
        """Acute pain (or pain of 7/10 and above) opens the program with a gentle phase."""
        acute = self.pain_duration is PainDuration.ACUTE and self.pain > 0
        return acute or self.pain >= GENTLE_START_PAIN

    @property
    def acute_weeks_left(self) -> int | None:
        """Weeks until the episode leaves the acute band, when its length is known."""
        if self.pain_weeks is None or self.pain_duration is not PainDuration.ACUTE:
            return None
        return ACUTE_WEEKS - self.pain_weeks

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
            "pain_weeks": self.pain_weeks,
            "not_applicable": sorted(self.not_applicable),
            "inflammatory_signs": sorted(self.inflammatory_signs),
            "floor": self.floor,
            "walking": self.walking,
            "calibration": [c.to_dict() for c in self.calibration],
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
        pain_weeks=None if data.get("pain_weeks") is None else _integer(data, "pain_weeks"),
        not_applicable=frozenset(_strings(data, "not_applicable")),
        inflammatory_signs=frozenset(_strings(data, "inflammatory_signs")),
        floor=_boolean(data, "floor", True),
        walking=_boolean(data, "walking", True),
        calibration=tuple(_calibration(c) for c in data.get("calibration") or ()),
    )


def _calibration(data: Any) -> Calibration:
    if not isinstance(data, Mapping):
        raise IntakeError(f"calibration '{data}': an object with exercise_id, value, unit, reps")
    try:
        unit = MassUnit(str(data.get("unit", "kg")))
        value = float(data["value"])
        exercise_id = str(data["exercise_id"])
    except (KeyError, ValueError, TypeError):
        raise IntakeError(
            f"calibration '{dict(data)}': exercise_id, value and unit (kg or lb) are needed"
        ) from None
    return Calibration(exercise_id, Load(value, unit), _integer(data, "reps", CALIBRATION_REPS))


def _boolean(data: Mapping[str, Any], name: str, default: bool) -> bool:
    value = data.get(name, default)
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("yes", "true", "1", "y"):
        return True
    if text in ("no", "false", "0", "n"):
        return False
    raise IntakeError(f"{name} '{value}': accepted: yes or no")


def _check_slugs(name: str, given: frozenset[str], known: frozenset[str]) -> None:
    unknown = sorted(given - known)
    if unknown:
        raise IntakeError(
            f"{name} '{unknown[0]}': not a known question; accepted: {', '.join(sorted(known))}"
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
