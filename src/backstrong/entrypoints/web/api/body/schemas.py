"""Request and response shapes of the body-weight API. Responses are the public JSON of
``entrypoints.public.body``; whole-kcal fields of projections and plans are written with a
decimal point here (2588.0) and moments the way pydantic writes them ("…Z"), as the API has
always given them."""

from __future__ import annotations

import datetime as dt

from pydantic import ConfigDict, Field, field_serializer

from backstrong.entrypoints.public import body as public
from backstrong.entrypoints.public.body import (
    ExpenditurePublic,
    TrendPublic,
    WeighInImportPublic,
)
from backstrong.entrypoints.web.api.inputs import ApiInput, LoggedDate, LoggedDateTime, ReadableDate

__all__ = [
    "ExpenditurePublic",
    "GoalPlanCreate",
    "GoalPlanPublic",
    "PersonIn",
    "ProjectionCreate",
    "ProjectionPublic",
    "TrendPublic",
    "WeighInImportPublic",
    "WeightCreate",
    "WeightPublic",
]


class PersonIn(ApiInput):
    """A person for the model. Bare numbers: years, cm and kg; or text such as '5 ft 10 in'."""

    model_config = ConfigDict(extra="forbid")
    sex: str = Field(examples=["female"], max_length=20)
    age: str | float = Field(examples=[35])
    height: str | float = Field(examples=["5 ft 6 in", 168])
    weight: str | float = Field(examples=["170 lb", 77])
    pal: float | None = Field(None, description="Physical activity level 1.2–2.5, or give activity")
    activity: str | None = Field(None, examples=["light"], max_length=30)


class ProjectionCreate(PersonIn):
    intake_change: float | None = Field(None, description="kcal a day, e.g. -500")
    schedule: str | None = Field(None, examples=["0:-600,180:0"], max_length=500)
    days: int = Field(365, ge=1, le=3650)


class GoalPlanCreate(PersonIn):
    goal_weight: str | float = Field(examples=["70 kg", 70])
    by: ReadableDate


class ProjectionPublic(public.ProjectionPublic):
    """Day by day weight, fat and fat-free mass beside the 3,500-kcal rule (a model)."""

    @field_serializer("baseline_intake_kcal")
    def _number(self, kcal: int) -> float:
        return float(kcal)


class GoalPlanPublic(public.GoalPlanPublic):
    @field_serializer("intake_kcal", "intake_change_kcal", "baseline_intake_kcal")
    def _number(self, kcal: int) -> float:
        return float(kcal)


class WeightCreate(ApiInput):
    model_config = ConfigDict(extra="forbid")
    weight: str | float = Field(examples=["81.2 kg", "179 lb", 81.2])
    measured_at: LoggedDateTime | None = Field(None, description="When; default now")
    date: LoggedDate | None = Field(None, description="Or just the day (counts as that morning)")
    body_fat_percent: float | None = Field(None, ge=2, le=70)
    girths: dict[str, str | float] = Field(default_factory=dict, examples=[{"waist": 84}])


class WeightPublic(public.WeightPublic):
    @field_serializer("measured_at")
    def _moment(self, measured_at: str) -> dt.datetime:
        return dt.datetime.fromisoformat(measured_at)
