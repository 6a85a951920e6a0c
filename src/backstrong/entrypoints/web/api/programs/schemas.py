"""Request and response shapes of the programs API, built from the domain's objects by pydantic.

The plan's public JSON has the stored plan's fields (``services.programs.mapping``; here a
calibration keeps its load nested), plus how it is kept (``program_id``, ``active``,
``created_at``, ``started_at``) and the disclaimer."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer

from backstrong.domain.programs.describe import SEVERITY_HEADINGS, screen_json
from backstrong.domain.programs.red_flags import DERIVABLE_SLUGS, RedFlag, ScreenResult
from backstrong.domain.programs.safety import DISCLAIMER
from backstrong.entrypoints.web.api.inputs import ApiInput
from backstrong.services.ports.programs import StoredProgram


def _sorted(value: Any) -> Any:
    return sorted(value) if isinstance(value, set | frozenset) else value


IsoDateTime = Annotated[datetime, PlainSerializer(datetime.isoformat, return_type=str)]
Sorted = Annotated[list[str], BeforeValidator(_sorted)]
Range = list[int] | None


class _FromDomain(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class CalibrationCreate(ApiInput):
    """What the person can lift ``reps`` times (default 10) on one exercise: sets its first load."""

    model_config = ConfigDict(extra="forbid")
    exercise_id: str = Field(examples=["goblet-squat"])
    value: float = Field(examples=[16])
    unit: str = Field("kg", examples=["kg"])
    reps: int = 10


class ProgramCreate(ApiInput):
    """The intake. ``red_flags`` lists the warning signs answered yes (names from
    ``GET /api/v1/programs/red-flags``); any of them stops here with advice (422).

    Some warning signs follow from the intake itself (``derivable`` in the red-flag list: new
    back pain before 20 or after 50, from ``age`` and ``pain_weeks``/``pain_duration``): they
    count as yes unless named in ``not_applicable`` (the person, asked, says they do not
    apply). ``inflammatory_signs`` (names from ``GET /api/v1/programs/inflammatory-signs``) may
    add a suggested review to the plan without stopping it. ``pregnancy_weeks``,
    ``weeks_since_birth`` (with ``caesarean``) and ``osteoporosis`` change which exercises fit
    and how the plan starts, and may add a review; they never stop it. Under 16 gets advice,
    not a plan."""

    model_config = ConfigDict(extra="forbid")
    age: int = Field(examples=[42])
    experience: str = Field("novice", examples=["novice"])
    goal: str = Field("pain-relief", examples=["strength"])
    equipment: list[str] = Field(default_factory=lambda: ["none"], max_length=20)
    days_per_week: int = 3
    minutes_per_session: int = 30
    pain: int = 0
    pain_duration: str | None = Field(None, examples=["chronic"])
    sensitivities: list[str] = Field(default_factory=list, max_length=3)
    red_flags: list[str] = Field(default_factory=list, max_length=20)
    favourites: list[str] = Field(default_factory=list, max_length=20)
    weeks: int = 12
    pain_weeks: int | None = Field(None, description="How many weeks this episode has lasted")
    not_applicable: list[str] = Field(default_factory=list, max_length=5)
    inflammatory_signs: list[str] = Field(default_factory=list, max_length=10)
    floor: bool = Field(True, description="Getting down to the floor and up again is fine")
    walking: bool = Field(True, description="A walking programme fits")
    calibration: list[CalibrationCreate] = Field(default_factory=list, max_length=20)
    pregnancy_weeks: int | None = Field(
        None, description="Pregnant now: how many weeks along (1–42)", examples=[24]
    )
    weeks_since_birth: int | None = Field(
        None, description="Gave birth in the past year: how many weeks ago (0–52)"
    )
    caesarean: bool = Field(False, description="That birth was by caesarean section")
    osteoporosis: bool = Field(False, description="Osteoporosis or low bone density diagnosed")


class LoadPublic(_FromDomain):
    value: float
    unit: str


class CalibrationPublic(_FromDomain):
    exercise_id: str
    load: LoadPublic
    reps: int


class WalkingPublic(_FromDomain):
    """One week's walking: ``minutes`` a day on ``days`` days."""

    exercise_id: str
    minutes: int
    days: int
    reason: str


class ReviewPublic(_FromDomain):
    """A suggested check-up that did not stop the plan."""

    slug: str
    advice: str


class EducationItemPublic(_FromDomain):
    """A short note (text from ``GET /api/v1/programs/notes``) and when it comes up."""

    note_id: str
    moment: str
    week: int | None


class IntakePublic(_FromDomain):
    age: int
    experience: str
    goal: str
    equipment: list[str]
    days_per_week: int
    minutes_per_session: int
    pain: int
    pain_duration: str | None
    sensitivities: Sorted
    red_flags: Sorted
    favourites: list[str]
    weeks: int
    pain_weeks: int | None
    not_applicable: Sorted
    inflammatory_signs: Sorted
    floor: bool
    walking: bool
    calibration: list[CalibrationPublic]
    pregnancy_weeks: int | None
    weeks_since_birth: int | None
    caesarean: bool
    osteoporosis: bool


class PrescribedPublic(_FromDomain):
    exercise_id: str
    sets: int
    reps: Range
    hold_seconds: Range
    load: LoadPublic | None
    rest_seconds: int
    reason: str


class SessionPublic(_FromDomain):
    index: int
    estimated_minutes: int
    exercises: list[PrescribedPublic]


class WeekPublic(_FromDomain):
    number: int
    phase: str
    deload: bool
    sessions: list[SessionPublic]
    walking: WalkingPublic | None


class DailyPublic(_FromDomain):
    exercise_id: str
    sets: int
    reps: Range
    hold_seconds: Range
    times_per_day: int
    reason: str


class PlanPublic(_FromDomain):
    id: str
    intake: IntakePublic
    weeks: list[WeekPublic]
    daily_mobility: list[DailyPublic]
    warnings: list[str]
    reviews: list[ReviewPublic]
    education: list[EducationItemPublic]
    notes: list[str]


class ProgramPublic(PlanPublic):
    """A plan (its ``id`` is the plan's content id) with how it is kept."""

    program_id: int
    active: bool
    created_at: IsoDateTime
    started_at: IsoDateTime
    disclaimer: str = DISCLAIMER

    @classmethod
    def of(cls, program: StoredProgram) -> ProgramPublic:
        plan = PlanPublic.model_validate(program.plan)
        kept = {"active": program.active, "program_id": program.id}
        times = {"created_at": program.created_at, "started_at": program.started_at}
        return cls.model_validate({**dict(plan), **kept, **times})


class ProgramListedPublic(_FromDomain):
    """One plan in the list: what was asked for, not its weeks."""

    program_id: int = Field(validation_alias="id")
    plan_id: str
    active: bool
    created_at: IsoDateTime
    started_at: IsoDateTime
    summary: str
    intake: IntakePublic


class NextExercisePublic(_FromDomain):
    exercise_id: str
    planned_exercise_id: str
    sets: int
    reps: Range
    hold_seconds: Range
    target_reps: int | None
    target_hold_seconds: int | None
    load: LoadPublic | None
    rest_seconds: int
    e1rm: LoadPublic | None
    change: str
    reason: str


class NextSessionPublic(_FromDomain):
    week: int
    index: int
    phase: str
    deload: bool
    exercises: list[NextExercisePublic]
    warnings: list[str]
    education: list[str]
    disclaimer: str = DISCLAIMER


class RedFlagPublic(BaseModel):
    name: str
    question: str
    severity: str
    if_yes: str
    derivable: bool = Field(description="Also read from the intake unless not_applicable")

    @classmethod
    def of(cls, flag: RedFlag) -> RedFlagPublic:
        heading = SEVERITY_HEADINGS[flag.severity]
        derivable = flag.slug in DERIVABLE_SLUGS
        return cls(
            name=flag.slug,
            question=flag.question,
            severity=flag.severity,
            if_yes=heading,
            derivable=derivable,
        )


class SignPublic(_FromDomain):
    """A sign of the inflammatory back-pain pattern (NICE NG65)."""

    slug: str
    question: str


class NotePublic(_FromDomain):
    """A short education note."""

    id: str
    title: str
    text: str


class DerivedPublic(_FromDomain):
    slug: str
    why: str


class ScreenReviewPublic(_FromDomain):
    slug: str
    advice: str
    signs: list[str]


class ScreenPublic(BaseModel):
    """The advice a screen with warning signs gives instead of a plan (a 422 body)."""

    outcome: str
    red_flags: list[str]
    questions: list[str]
    severity: str | None
    heading: str | None
    advice: str
    derived: list[DerivedPublic] = Field(
        description="Flags read from the intake, and why; name them in not_applicable to set "
        "them aside"
    )
    reviews: list[ScreenReviewPublic]
    disclaimer: str = DISCLAIMER

    @classmethod
    def of(cls, result: ScreenResult) -> ScreenPublic:
        return cls.model_validate(screen_json(result))
