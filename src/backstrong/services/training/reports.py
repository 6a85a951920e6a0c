"""Analytics as JSON, the same for `--json` and the API: pydantic models read from the domain's
records, weekly volume and e1RM trend.

Loads are ``{"value", "unit"}`` rounded to 0.1; days are ISO dates.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, AliasChoices, BaseModel, ConfigDict, Field, TypeAdapter

from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.records import ExerciseRecords
from backstrong.domain.training.volume import WeeklyVolume

DECIMALS = 1  # loads and tonnage to 0.1 kg or lb
HARD_SET_DECIMALS = 2


class _Read(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class LoadReport(_Read):
    value: Annotated[float, AfterValidator(lambda v: round(v, DECIMALS))]
    unit: str


class HeaviestReport(_Read):
    load: LoadReport
    reps: int | None
    on: date


class BestE1rmReport(_Read):
    e1rm: LoadReport = Field(validation_alias=AliasChoices("e1rm", "one_rep_max"))
    load: LoadReport
    reps: int
    method: str
    on: date


class SessionVolumeReport(_Read):
    volume: LoadReport
    on: date


class HoldReport(_Read):
    seconds: float
    load: LoadReport | None
    on: date


class MostRepsReport(_Read):
    load: LoadReport | None
    reps: int
    on: date


class RecordReport(_Read):
    exercise_id: str
    heaviest: HeaviestReport | None
    best_e1rm: BestE1rmReport | None = Field(
        validation_alias=AliasChoices("best_e1rm", "best_one_rep_max")
    )
    best_session_volume: SessionVolumeReport | None
    longest_hold: HoldReport | None
    most_reps: list[MostRepsReport]


class RegionWeekReport(_Read):
    week_start: date
    region: str
    hard_sets: Annotated[float, AfterValidator(lambda v: round(v, HARD_SET_DECIMALS))]
    tonnage: LoadReport


class VolumeReport(_Read):
    weeks: list[RegionWeekReport]
    unmapped_exercises: Annotated[list[str], AfterValidator(sorted)]


class TrendPointReport(_Read):
    day: date
    e1rm: LoadReport = Field(validation_alias=AliasChoices("e1rm", "one_rep_max"))
    load: LoadReport
    reps: int
    method: str


class TrendReport(BaseModel):
    exercise_id: str
    points: list[TrendPointReport]


_RECORDS = TypeAdapter(list[RecordReport])


def records_json(found: Mapping[str, ExerciseRecords]) -> list[dict[str, Any]]:
    ordered = [found[exercise_id] for exercise_id in sorted(found)]
    reports = _RECORDS.validate_python(ordered, from_attributes=True)
    dumped: list[dict[str, Any]] = _RECORDS.dump_python(reports, mode="json")
    return dumped


def volume_json(volume: WeeklyVolume) -> dict[str, Any]:
    return VolumeReport.model_validate(volume).model_dump(mode="json")


def trend_json(exercise_id: str, points: tuple[TrendPoint, ...]) -> dict[str, Any]:
    report = TrendReport.model_validate(
        {"exercise_id": exercise_id, "points": points}, from_attributes=True
    )
    return report.model_dump(mode="json")
