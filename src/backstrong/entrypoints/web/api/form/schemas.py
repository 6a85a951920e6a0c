"""Request and response shapes of the form-check API. ``landmarks`` is a pose-landmarks/v1
document (docs/form-landmarks.md); responses mirror the domain's analysis dataclasses."""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, Field

from backstrong.entrypoints.public.form import (
    FaultPublic,
    FormAnalysisPublic,
    FormCheckPagePublic,
    FormCheckPublic,
    FormTrendPublic,
    MeasurementPublic,
    ReferencePublic,
    RepPublic,
    TrendPointPublic,
)
from backstrong.entrypoints.web.api.inputs import ApiInput

__all__ = [
    "AttachUpdate",
    "FaultPublic",
    "FormAnalysisPublic",
    "FormCheckCreate",
    "FormCheckPagePublic",
    "FormCheckPublic",
    "FormPreviewCreate",
    "FormTrendPublic",
    "MeasurementPublic",
    "ReferencePublic",
    "ReferenceUpdate",
    "RepPublic",
    "TrendPointPublic",
]

# Landmark JSON of a 60-second recording at 30 fps is about 2–3 MB; 8 MB leaves room for
# three minutes (or pretty-printed files). Larger bodies get a 413 before anything is parsed.
MAX_LANDMARKS_BYTES = 8_000_000


class FormCheckCreate(ApiInput):
    model_config = ConfigDict(extra="forbid")
    exercise: str = Field(
        examples=["squat"],
        max_length=40,
        description="squat, hinge, good-morning, deadlift, romanian-deadlift or bridge",
    )
    landmarks: dict[str, Any] = Field(description="A pose-landmarks/v1 document")
    set_id: str | None = Field(None, max_length=64, description="A logged set to keep it with")


class FormPreviewCreate(ApiInput):
    model_config = ConfigDict(extra="forbid")
    exercise: str = Field(examples=["squat"], max_length=40)
    landmarks: dict[str, Any] = Field(description="A pose-landmarks/v1 document")


class AttachUpdate(ApiInput):
    model_config = ConfigDict(extra="forbid")
    set_id: str | None = Field(max_length=64, description="The set, or null to detach")


class ReferenceUpdate(ApiInput):
    model_config = ConfigDict(extra="forbid")
    check_id: int
    rep: int = Field(ge=1, description="The rep's number in that check, from 1")
