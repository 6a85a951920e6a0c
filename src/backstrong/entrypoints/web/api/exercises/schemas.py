"""The exercise API's request and response shapes. Vocabulary fields take the library's names."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern, Region
from backstrong.domain.pose.model import Anchor, Implement, PropKind
from backstrong.entrypoints.web.api.inputs import ApiInput
from backstrong.services.exercises.service import ImportReport

Range = tuple[int, int]


class DosageCreate(ApiInput):
    sets: int = Field(3, ge=1, le=10)
    reps: Range | None = None
    hold_seconds: Range | None = None
    rest_seconds: int = Field(60, ge=0, le=600)
    times_per_day: int | None = Field(None, ge=1, le=10)


class FaultCreate(ApiInput):
    fault: str = Field(max_length=500)
    fix: str = Field(max_length=500)


class ExerciseCreate(ApiInput):
    """A custom exercise; vocabulary fields take the same names as the library."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(None, max_length=100, examples=["wall-angel"])
    name: str = Field(min_length=2, max_length=120)
    aliases: list[str] = Field(default_factory=list, max_length=20)
    kind: str = Field(examples=["strength"])
    pattern: str = Field(examples=["bridge"])
    unilateral: bool = False
    level: str = Field("beginner")
    primary_muscles: list[str] = Field(min_length=1, max_length=10)
    secondary_muscles: list[str] = Field(default_factory=list, max_length=10)
    equipment: list[str] = Field(default_factory=list, max_length=10)
    dosage: DosageCreate
    instructions: list[str] = Field(default_factory=list, max_length=20)
    cues: list[str] = Field(default_factory=list, max_length=20)
    faults: list[FaultCreate] = Field(default_factory=list, max_length=20)
    safety_tags: list[str] = Field(default_factory=list, max_length=10)
    easier: list[str] = Field(default_factory=list, max_length=10)
    harder: list[str] = Field(default_factory=list, max_length=10)

    def fields(self) -> dict[str, Any]:
        """What was sent, without the parts left out (the library reader fills in defaults)."""
        data = self.model_dump(exclude_none=True)
        data["dosage"] = self.dosage.model_dump(exclude_none=True)
        return data


class _FromDomain(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class DosagePublic(_FromDomain):
    sets: int
    reps: Range | None
    hold_seconds: Range | None
    rest_seconds: int
    times_per_day: int | None


class FaultPublic(_FromDomain):
    fault: str
    fix: str


class MetPublic(_FromDomain):
    code: str
    value: float


class PosePublic(_FromDomain):
    trunk: float
    neck: float
    hip: tuple[float, float]
    knee: tuple[float, float]
    ankle: tuple[float, float]
    shoulder: tuple[float, float]
    elbow: tuple[float, float]


class HeldPublic(_FromDomain):
    implement: Implement
    at: Anchor


class PropPublic(_FromDomain):
    kind: PropKind
    under: Anchor


class KeyframesPublic(_FromDomain):
    start: PosePublic
    end: PosePublic
    held: HeldPublic | None
    prop: PropPublic | None


class SourcePublic(_FromDomain):
    name: str
    licence: str | None
    url: str | None


class ExercisePublic(_FromDomain):
    """One exercise in the library's shape, with the body regions its muscles belong to."""

    id: str
    name: str
    aliases: list[str]
    kind: Kind
    pattern: Pattern
    unilateral: bool
    primary_muscles: list[str]
    secondary_muscles: list[str]
    regions: list[Region]
    equipment: list[str]
    level: Level
    dosage: DosagePublic
    instructions: list[str]
    cues: list[str]
    faults: list[FaultPublic]
    safety_tags: list[str]
    easier: list[str]
    harder: list[str]
    met: MetPublic | None
    keyframes: KeyframesPublic | None
    source: SourcePublic

    @field_validator("regions", mode="before")
    @classmethod
    def _in_vocabulary_order(cls, regions: object) -> object:
        if isinstance(regions, frozenset | set):
            return [region for region in Region if region in regions]
        return regions


class ExerciseImportPublic(BaseModel):
    """What importing a free-exercise-db file did."""

    added: list[str]
    already_there: list[str]
    left_out: list[str] = Field(description="Entries not imported, each with why.")
    unmapped: dict[str, list[str]] = Field(description="Values of the file not understood.")

    @classmethod
    def of(cls, report: ImportReport) -> ExerciseImportPublic:
        return cls(
            added=list(report.added),
            already_there=list(report.already_there),
            left_out=report.left_out,
            unmapped={field: sorted(values) for field, values in report.unmapped.items()},
        )
