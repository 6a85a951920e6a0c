"""Body weight over the API: projections are open (a model; no account needed); weigh-ins, the
trend and expenditure belong to the caller (another person's weigh-in is a 404). Refused values
are 422s, missing rows 404s, expenditure without a profile or weigh-in 409 (shared handlers)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, Request, Response, UploadFile, status

from backstrong.domain.body.weigh_in_import import FORMATS, WeighInsRejected
from backstrong.entrypoints.web.api.body.schemas import (
    ExpenditurePublic,
    GoalPlanCreate,
    GoalPlanPublic,
    PersonIn,
    ProjectionCreate,
    ProjectionPublic,
    TrendPublic,
    WeighInImportPublic,
    WeightCreate,
    WeightPublic,
)
from backstrong.entrypoints.web.api.inputs import RowId
from backstrong.entrypoints.web.api.paging import Page, PagingDep, page_of
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.entrypoints.web.rate_limits import LIMITED_RESPONSES, OPEN_LIMIT
from backstrong.entrypoints.web.uploads import (
    TOO_LARGE_RESPONSE,
    DryRun,
    SkipInvalid,
    check_upload_size,
    rows_refused,
)
from backstrong.services.body.projection import GoalRequest, PersonText, ProjectionRequest
from backstrong.services.body.service import WeighIn

router = APIRouter(tags=["body"])
FORMATS_HELP = ", ".join(FORMATS) + "; guessed from the file when left out"


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


def _weight(logged: object) -> WeightPublic:
    return WeightPublic.model_validate(logged, from_attributes=True)


@router.get("/weights", summary="Your weigh-ins, newest first, a page at a time")
def list_weights(
    request: Request, container: ContainerDep, user: ApiUser, window: PagingDep
) -> Page[WeightPublic]:
    newest_first = container.body.weights(user)[::-1]
    return page_of(request, window, newest_first, _weight)


@router.post(
    "/weights",
    status_code=status.HTTP_201_CREATED,
    summary="Log a weigh-in (201; 200 when the very same weigh-in comes again)",
)
def create_weight(
    body: WeightCreate, response: Response, container: ContainerDep, user: ApiUser
) -> WeightPublic:
    logged, created = container.body.record_weight(user, _weigh_in(body))
    if not created:
        response.status_code = status.HTTP_200_OK
    return _weight(logged)


@router.post(
    "/weights/import",
    summary="Import weigh-ins from Withings, Fitbit, MyFitnessPal, Apple Health or a CSV",
    responses={413: TOO_LARGE_RESPONSE},
)
def import_weights(
    container: ContainerDep,
    user: ApiUser,
    file: Annotated[UploadFile, File(description="The export: a CSV or export.xml")],
    format: Annotated[str | None, Query(description=FORMATS_HELP)] = None,
    skip_invalid: SkipInvalid = False,
    dry_run: DryRun = False,
) -> WeighInImportPublic:
    """Weigh-ins at a moment already logged are skipped (importing a file again adds nothing);
    unreadable rows refuse the whole file (422 naming them) unless ``skip_invalid``; all or
    nothing. Bare numbers (Fitbit, MyFitnessPal, generic) are in your unit."""
    check_upload_size(file, container)  # FileTooLarge: 413 naming the size and the limit
    body = container.body
    run = body.preview_weigh_ins if dry_run else body.import_weigh_ins
    try:
        plan = run(user, file.file, format, skip_invalid=skip_invalid)
    except WeighInsRejected as exc:
        raise rows_refused(exc) from exc
    return WeighInImportPublic.model_validate(plan, from_attributes=True)


@router.get("/weights/{entry_id}", summary="One weigh-in")
def get_weight(entry_id: RowId, container: ContainerDep, user: ApiUser) -> WeightPublic:
    logged = container.body.weight(user, entry_id)
    return _weight(logged)


@router.put("/weights/{entry_id}", summary="Correct a weigh-in")
def replace_weight(
    entry_id: RowId, body: WeightCreate, container: ContainerDep, user: ApiUser
) -> WeightPublic:
    logged = container.body.replace_weight(user, entry_id, _weigh_in(body))
    return _weight(logged)


@router.delete("/weights/{entry_id}", status_code=204, summary="Delete a weigh-in")
def delete_weight(entry_id: RowId, container: ContainerDep, user: ApiUser) -> Response:
    container.body.delete_weight(user, entry_id)
    return Response(status_code=204)


@router.get("/body/trend", summary="Your weight trend and weekly rate")
def trend(container: ContainerDep, user: ApiUser) -> TrendPublic:
    return TrendPublic.model_validate(container.body.trend(user), from_attributes=True)


@router.get(
    "/body/expenditure",
    summary="What you really spend a day, from diary and weight",
    responses={409: {"description": "No profile or weigh-ins yet to work it out from"}},
)
def expenditure(container: ContainerDep, user: ApiUser) -> ExpenditurePublic:
    report = container.body.expenditure(user)
    return ExpenditurePublic.model_validate(report, from_attributes=True)
