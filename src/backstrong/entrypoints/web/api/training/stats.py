"""Training analytics over the API: records, weekly volume, e1RM over time."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query

from backstrong.domain.training.one_rep_max import Formula, parse_formula
from backstrong.domain.training.validation import TrainingValueError
from backstrong.domain.units import MassUnit
from backstrong.entrypoints.web.api.errors import field_error
from backstrong.entrypoints.web.api.training.sets import library_of
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.training import stats as training_stats
from backstrong.services.training.reports import records_json, trend_json, volume_json

router = APIRouter(tags=["training"])
UnitParam = Literal["kg", "lb"] | None
FORMULA_HELP = "epley (default), brzycki, lander, lombardi, mayhew, oconner or wathan."


def _formula(text: str) -> Formula:
    try:
        return parse_formula(text)
    except TrainingValueError as exc:
        raise field_error("formula", str(exc), text) from exc


@router.get("/records", summary="Personal records per exercise")
def records(
    container: ContainerDep,
    user: ApiUser,
    formula: str = Query("epley", description=FORMULA_HELP),
    unit: UnitParam = Query(None, description="Default: your display unit."),
) -> list[dict[str, Any]]:
    found = training_stats.records(
        container.uow(),
        user,
        unit=training_stats.unit_of(user, unit),
        formula=_formula(formula),
        cache=container.training_stats,
    )
    return records_json(found)


@router.get("/stats/volume", summary="Weekly hard sets and tonnage per body region")
def volume(
    container: ContainerDep,
    user: ApiUser,
    weeks: int = Query(8, ge=1, le=520),
    unit: UnitParam = Query(None, description="Default: your display unit."),
) -> dict[str, Any]:
    found = training_stats.volume(
        container.uow(),
        user,
        library_of(container, user),
        unit=training_stats.unit_of(user, unit),
        weeks=weeks,
        cache=container.training_stats,
    )
    return volume_json(found)


@router.get("/stats/e1rm", summary="Best estimated 1RM per training day of one exercise")
def e1rm_trend(
    container: ContainerDep,
    user: ApiUser,
    exercise_id: str,
    formula: str = Query("epley", description=FORMULA_HELP),
    unit: UnitParam = Query(None, description="Default: your display unit."),
) -> dict[str, Any]:
    lines = training_stats.trend(
        container.uow(),
        user,
        unit=MassUnit(unit) if unit else training_stats.unit_of(user),
        formula=_formula(formula),
        cache=container.training_stats,
    )
    return trend_json(exercise_id, lines.get(exercise_id, ()))


@router.get(
    "/stats/progress",
    summary="Progress of one exercise for every kind of set",
    description="e1RM lines (the formula's, and the RPE chart's apart; `reliable` is false for "
    "days from sets over 10 reps), best set and volume per day, and reps and hold-time trends "
    "for body-weight work.",
)
def exercise_progress(
    container: ContainerDep,
    user: ApiUser,
    exercise_id: str,
    formula: str = Query("epley", description=FORMULA_HELP),
    unit: UnitParam = Query(None, description="Default: your display unit."),
) -> dict[str, Any]:
    from backstrong.services.training import progress as training_progress

    found = training_progress.exercise_progress(
        container.uow(),
        user,
        exercise_id,
        unit=MassUnit(unit) if unit else training_stats.unit_of(user),
        formula=_formula(formula),
        cache=container.training_stats,
    )
    return training_progress.progress_json(found)
