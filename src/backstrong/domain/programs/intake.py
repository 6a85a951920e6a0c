"""What a person tells us before we build a program: the intake, validated on construction."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from backstrong.domain.programs.equipment import resolve_equipment
from backstrong.domain.programs.errors import IntakeError
from backstrong.domain.programs.inflammatory import INFLAMMATORY_SLUGS
from backstrong.domain.programs.red_flags import DERIVABLE_SLUGS, RED_FLAG_SLUGS
from backstrong.domain.training.model import Load

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
PREGNANCY_WEEKS_RANGE = (1, 42)
WEEKS_SINCE_BIRTH_RANGE = (0, 52)  # the first year after a birth
# A gentle start without added weight until the postnatal check (convention after NHS advice;
# docs/sources.md#circumstances).
POSTNATAL_CHECK_WEEKS = 6
CAESAREAN_CHECK_WEEKS = 8


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
ACUTE_WEEKS = 4  # acute < 4 weeks, subacute 4–12, chronic > 12 (docs/sources.md#low-back-pain)
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


@dataclass(frozen=True, slots=True)
class Intake:
    """``equipment`` holds preset names and/or item ids; ``red_flags`` the slugs answered yes.

    Added for the screen and the fit of the plan (all optional, with defaults):
    ``pain_weeks`` how long this episode has lasted (when given, it sets ``pain_duration``);
    ``not_applicable`` flags derived from the intake that the person, asked, said do not apply;
    ``inflammatory_signs`` the NG65 signs answered yes; ``floor`` whether getting down to and
    up from the floor is fine; ``walking`` whether a walking programme fits;
    ``calibration`` loads the person can lift a number of times, to set first loads;
    ``pregnancy_weeks`` how far along a pregnancy is, ``weeks_since_birth`` (and ``caesarean``)
    a birth in the past year, ``osteoporosis`` low bone density diagnosed (``circumstances``)."""

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
    pregnancy_weeks: int | None = None
    weeks_since_birth: int | None = None
    caesarean: bool = False
    osteoporosis: bool = False

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
        if self.pregnancy_weeks is not None:
            _check_range("pregnancy_weeks", self.pregnancy_weeks, PREGNANCY_WEEKS_RANGE, "weeks")
        if self.weeks_since_birth is not None:
            _check_range(
                "weeks_since_birth", self.weeks_since_birth, WEEKS_SINCE_BIRTH_RANGE, "weeks"
            )
        elif self.caesarean:
            raise IntakeError(
                "caesarean 'true': needs weeks_since_birth, the weeks since the birth (0–52)"
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
        """Acute pain (or pain of 7/10 and above), or a birth not yet past its postnatal check,
        opens the program with a gentle phase."""
        return self.starts_gently_for_pain or self.postnatal_weeks_left is not None

    @property
    def starts_gently_for_pain(self) -> bool:
        acute = self.pain_duration is PainDuration.ACUTE and self.pain > 0
        return acute or self.pain >= GENTLE_START_PAIN

    @property
    def postnatal_weeks_left(self) -> int | None:
        """Weeks until the postnatal check after a recent birth; None when none is due."""
        if self.weeks_since_birth is None:
            return None
        check = CAESAREAN_CHECK_WEEKS if self.caesarean else POSTNATAL_CHECK_WEEKS
        left = check - self.weeks_since_birth
        return left if left > 0 else None

    @property
    def acute_weeks_left(self) -> int | None:
        """Weeks until the episode leaves the acute band, when its length is known."""
        if self.pain_weeks is None or self.pain_duration is not PainDuration.ACUTE:
            return None
        return ACUTE_WEEKS - self.pain_weeks


def _check_slugs(name: str, given: frozenset[str], known: frozenset[str]) -> None:
    unknown = sorted(given - known)
    if unknown:
        raise IntakeError(
            f"{name} '{unknown[0]}': not a known question; accepted: {', '.join(sorted(known))}"
        )


def _check_range(name: str, value: int, bounds: tuple[int, int], unit: str) -> None:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise IntakeError(f"{name} '{value}': accepted {low}–{high} {unit}")
