"""Request and response shapes of the form-check API. ``landmarks`` is a pose-landmarks/v1
document (shared/pose-landmarks-v1.md); responses mirror the domain's analysis dataclasses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

# Landmark JSON of a 60-second recording at 30 fps is about 2–3 MB; 8 MB leaves room for
# three minutes (or pretty-printed files). Larger bodies get a 413 before anything is parsed.
MAX_LANDMARKS_BYTES = 8_000_000


class FormCheckCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    exercise: str = Field(
        examples=["squat"],
        max_length=40,
        description="squat, hinge, good-morning, deadlift, romanian-deadlift or bridge",
    )
    landmarks: dict[str, Any] = Field(description="A pose-landmarks/v1 document")
    set_id: str | None = Field(None, max_length=64, description="A logged set to keep it with")


class FormPreviewCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    exercise: str = Field(examples=["squat"], max_length=40)
    landmarks: dict[str, Any] = Field(description="A pose-landmarks/v1 document")


class AttachUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    set_id: str | None = Field(max_length=64, description="The set, or null to detach")


class ReferenceUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    check_id: int
    rep: int = Field(ge=1, description="The rep's number in that check, from 1")


class MeasurementPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    name: str
    value: float
    unit: str


class FaultPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    code: str
    cue: str
    measured: float | None
    limit: float | None


class RepPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    index: int
    start_t: float
    bottom_t: float
    end_t: float
    verdict: str
    measurements: list[MeasurementPublic]
    faults: list[FaultPublic]
    cannot_assess: str | None


class FormAnalysisPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    exercise: str
    movement: str
    reps: int
    rep_details: list[RepPublic]
    verdict: str
    cues: list[str]
    notes: list[str]


class FormCheckPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    exercise: str
    created_at: dt.datetime
    set_id: str | None
    analysis: FormAnalysisPublic


class FormCheckPagePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    items: list[FormCheckPublic]
    total: int
    limit: int
    offset: int


class ReferencePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    movement: str
    measurements: list[MeasurementPublic]


class TrendPointPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    check_id: int
    day: dt.date
    reps: int
    assessed: int
    good: int
    value: float | None


class FormTrendPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    exercise: str
    measure: str
    meaning: str
    points: list[TrendPointPublic]
