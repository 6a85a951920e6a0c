"""Body weight over the API: projections are open (a model; no account needed); weigh-ins, the
trend and expenditure belong to the caller (another person's weigh-in is a 404)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, HTTPException, Response, status

from backstrong.domain.accounts import User
from backstrong.domain.body.hall_model import Person
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.entrypoints.web.api.nutrition.schemas import (
    GoalPlanCreate,
    GoalPlanPublic,
    PersonIn,
    ProjectionCreate,
    ProjectionPublic,
    WeightCreate,
    WeightPublic,
    invalid,
)
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.body import projection, service
from backstrong.services.nutrition.service import MissingProfile

router = APIRouter(tags=["body"])


def _person(body: PersonIn) -> Person:
    text = projection.PersonText(
        sex=body.sex,
        age=str(body.age),
        height=str(body.height),
        weight=str(body.weight),
        pal="" if body.pal is None else str(body.pal),
        activity=body.activity or "",
    )
    return projection.person_from_text(text)


@router.post("/weight/projection", summary="Project weight with the Hall model (no account)")
def project(body: ProjectionCreate) -> ProjectionPublic:
    """Day by day weight, fat and fat-free mass beside the 3,500-kcal rule. A model, not a
    promise: real bodies differ."""
    try:
        steps = projection.intake_steps(body.intake_change, body.schedule)
        result = projection.projection(_person(body), steps, body.days)
    except InvalidInput as exc:
        raise invalid(exc) from exc
    return ProjectionPublic.model_validate(result.to_dict())


@router.post("/weight/plan", summary="The daily intake that reaches a goal weight by a date")
def plan(body: GoalPlanCreate) -> GoalPlanPublic:
    try:
        goal = str(body.goal_weight)
        result = projection.goal_plan(_person(body), goal, body.by, dt.date.today())
    except InvalidInput as exc:
        raise invalid(exc) from exc
    return GoalPlanPublic.model_validate(result.to_dict())


def _entry(body: WeightCreate, user: User) -> Any:
    if body.measured_at is not None and body.measured_at.tzinfo is None:
        raise invalid(
            ValueError("measured_at: give a time zone, e.g. 2026-01-05T07:30:00+01:00"),
            field="measured_at",
        )
    now = dt.datetime.now().astimezone()
    at = body.measured_at or service.moment_for(body.date or now.date(), now)
    girths = [f"{site}={size}" for site, size in body.girths.items()]
    try:
        return service.read_weigh_in(body.weight, at, user.unit, body.body_fat_percent, girths)
    except InvalidInput as exc:
        raise invalid(exc) from exc


@router.get("/weights", summary="Your weigh-ins, oldest first")
def list_weights(container: ContainerDep, user: ApiUser) -> list[WeightPublic]:
    return [
        WeightPublic.model_validate(service.weight_to_dict(w))
        for w in service.weights(container.uow(), user)
    ]


@router.post("/weights", status_code=status.HTTP_201_CREATED, summary="Log a weigh-in")
def create_weight(body: WeightCreate, container: ContainerDep, user: ApiUser) -> WeightPublic:
    logged = service.log_weight(container.uow(), user, _entry(body, user))
    return WeightPublic.model_validate(service.weight_to_dict(logged))


def _not_found(exc: LookupError) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, str(exc))


@router.get("/weights/{entry_id}", summary="One weigh-in")
def get_weight(entry_id: int, container: ContainerDep, user: ApiUser) -> WeightPublic:
    try:
        logged = service.get_weight(container.uow(), user, entry_id)
    except service.WeightNotFound as exc:
        raise _not_found(exc) from exc
    return WeightPublic.model_validate(service.weight_to_dict(logged))


@router.put("/weights/{entry_id}", summary="Correct a weigh-in")
def replace_weight(
    entry_id: int, body: WeightCreate, container: ContainerDep, user: ApiUser
) -> WeightPublic:
    try:
        logged = service.replace_weight(container.uow(), user, entry_id, _entry(body, user))
    except service.WeightNotFound as exc:
        raise _not_found(exc) from exc
    return WeightPublic.model_validate(service.weight_to_dict(logged))


@router.delete("/weights/{entry_id}", status_code=204, summary="Delete a weigh-in")
def delete_weight(entry_id: int, container: ContainerDep, user: ApiUser) -> Response:
    try:
        service.delete_weight(container.uow(), user, entry_id)
    except service.WeightNotFound as exc:
        raise _not_found(exc) from exc
    return Response(status_code=204)


@router.get("/body/trend", summary="Your weight trend and weekly rate")
def trend(container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    return service.trend(container.uow(), user).to_dict()


@router.get("/body/expenditure", summary="What you really spend a day, from diary and weight")
def expenditure(container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    try:
        report = service.expenditure(container.uow(), user, dt.date.today())
    except MissingProfile as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc
    return report.to_dict()
