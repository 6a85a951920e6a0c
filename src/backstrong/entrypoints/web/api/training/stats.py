"""Training analytics over the API: records, weekly volume, e1RM over time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response

from backstrong.domain.training.one_rep_max import Formula, parse_formula
from backstrong.entrypoints.web.api.training.stamped import stamped_json
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.training.progress import progress_json
from backstrong.services.training.reports import trend_json, volume_json

router = APIRouter(tags=["training"])
UnitParam = Literal["kg", "lb"] | None
FORMULA_HELP = "epley (default), brzycki, lander, lombardi, mayhew, oconner or wathan."
UNIT_HELP = "Default: your display unit."


@dataclass(frozen=True, slots=True)
class Reading:
    """How figures are worked out and shown: the e1RM formula and the unit."""

    formula: Formula
    unit: UnitParam


async def reading(
    formula: str = Query("epley", description=FORMULA_HELP),
    unit: UnitParam = Query(None, description=UNIT_HELP),
) -> Reading:
    return Reading(parse_formula(formula), unit)


ReadingDep = Annotated[Reading, Depends(reading)]


@router.get(
    "/records", response_model=list[dict[str, Any]], summary="Personal records per exercise"
)
async def records(
    request: Request, container: ContainerDep, user: ApiUser, shown: ReadingDep
) -> Response:
    training = container.training

    def report() -> list[dict[str, Any]]:
        return training.records_report(user, unit=shown.unit, formula=shown.formula)

    return await stamped_json(request, training, user, report, shown_in=user.unit or "")


@router.get("/stats/volume", summary="Weekly hard sets and tonnage per body region")
def volume(
    container: ContainerDep,
    user: ApiUser,
    weeks: int = Query(8, ge=1, le=520),
    unit: UnitParam = Query(None, description=UNIT_HELP),
) -> dict[str, Any]:
    return volume_json(container.training.volume(user, unit=unit, weeks=weeks))


@router.get("/stats/e1rm", summary="Best estimated 1RM per training day of one exercise")
def e1rm_trend(
    container: ContainerDep, user: ApiUser, exercise_id: str, shown: ReadingDep
) -> dict[str, Any]:
    points = container.training.progress(user, exercise_id, unit=shown.unit, formula=shown.formula)
    return trend_json(exercise_id, points)


@router.get(
    "/stats/progress",
    summary="Progress of one exercise for every kind of set",
    description="e1RM lines (the formula's, and the RPE chart's apart; `reliable` is false for "
    "days from sets over 10 reps), best set and volume per day, and reps and hold-time trends "
    "for body-weight work.",
)
def exercise_progress(
    container: ContainerDep, user: ApiUser, exercise_id: str, shown: ReadingDep
) -> dict[str, Any]:
    found = container.training.exercise_progress(
        user, exercise_id, unit=shown.unit, formula=shown.formula
    )
    return progress_json(found)
