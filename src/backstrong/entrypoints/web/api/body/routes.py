"""Body weight over the API: projections are open (a model; no account needed); weigh-ins, the
trend and expenditure belong to the caller (another person's weigh-in is a 404). Refused values
are 422s, missing rows 404s, expenditure without a profile or weigh-in 409 (shared handlers)."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from backstrong.entrypoints.web.api.body.schemas import (
    ExpenditurePublic,
    GoalPlanCreate,
    GoalPlanPublic,
    PersonIn,
    ProjectionCreate,
    ProjectionPublic,
    TrendPublic,
    WeightCreate,
    WeightPublic,
)
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.entrypoints.web.rate_limits import LIMITED_RESPONSES, OPEN_LIMIT
from backstrong.services.body.projection import GoalRequest, PersonText, ProjectionRequest
from backstrong.services.body.service import WeighIn

router = APIRouter(tags=["body"])


def _person(body: PersonIn) -> PersonText:
    pal = "" if body.pal is None else str(body.pal)
    return PersonText(body.sex, str(body.age), str(body.height), str(body.weight), pal,
                      body.activity or "")  # fmt: skip


def _weigh_in(body: WeightCreate) -> WeighIn:
    girths = [f"{site}={size}" for site, size in body.girths.items()]
    return WeighIn(body.weight, body.measured_at, body.date, body.body_fat_percent, girths)


@router.post(
    "/weight/projection",
    summary="Project weight with the Hall model (no account)",
    dependencies=[OPEN_LIMIT],
    responses=LIMITED_RESPONSES,
)
def project(body: ProjectionCreate, container: ContainerDep) -> ProjectionPublic:
    """Day by day weight, fat and fat-free mass beside the 3,500-kcal rule. A model, not a
    promise: real bodies differ."""
    request = ProjectionRequest(_person(body), body.intake_change, body.schedule, body.days)
    result = container.body.project(None, request)
    return ProjectionPublic.model_validate(result, from_attributes=True)


@router.post(
    "/weight/plan",
    summary="The daily intake that reaches a goal weight by a date",
    dependencies=[OPEN_LIMIT],
    responses=LIMITED_RESPONSES,
)
def plan(body: GoalPlanCreate, container: ContainerDep) -> GoalPlanPublic:
    goal = GoalRequest(_person(body), str(body.goal_weight), body.by)
    return GoalPlanPublic.model_validate(container.body.plan(None, goal), from_attributes=True)


@router.get("/weights", summary="Your weigh-ins, oldest first")
def list_weights(container: ContainerDep, user: ApiUser) -> list[WeightPublic]:
    logged = container.body.weights(user)
    return [WeightPublic.model_validate(w, from_attributes=True) for w in logged]


@router.post("/weights", status_code=status.HTTP_201_CREATED, summary="Log a weigh-in")
def create_weight(body: WeightCreate, container: ContainerDep, user: ApiUser) -> WeightPublic:
    logged = container.body.log_weight(user, _weigh_in(body))
    return WeightPublic.model_validate(logged, from_attributes=True)


@router.get("/weights/{entry_id}", summary="One weigh-in")
def get_weight(entry_id: int, container: ContainerDep, user: ApiUser) -> WeightPublic:
    logged = container.body.weight(user, entry_id)
    return WeightPublic.model_validate(logged, from_attributes=True)


@router.put("/weights/{entry_id}", summary="Correct a weigh-in")
def replace_weight(
    entry_id: int, body: WeightCreate, container: ContainerDep, user: ApiUser
) -> WeightPublic:
    logged = container.body.replace_weight(user, entry_id, _weigh_in(body))
    return WeightPublic.model_validate(logged, from_attributes=True)


@router.delete("/weights/{entry_id}", status_code=204, summary="Delete a weigh-in")
def delete_weight(entry_id: int, container: ContainerDep, user: ApiUser) -> Response:
    container.body.delete_weight(user, entry_id)
    return Response(status_code=204)


@router.get("/body/trend", summary="Your weight trend and weekly rate")
def trend(container: ContainerDep, user: ApiUser) -> TrendPublic:
    return TrendPublic.model_validate(container.body.trend(user), from_attributes=True)


@router.get("/body/expenditure", summary="What you really spend a day, from diary and weight")
def expenditure(container: ContainerDep, user: ApiUser) -> ExpenditurePublic:
    report = container.body.expenditure(user)
    return ExpenditurePublic.model_validate(report, from_attributes=True)
