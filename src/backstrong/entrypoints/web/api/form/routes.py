"""Form checks over the API: landmarks in (never video), the analysis out, kept for the caller
only (another person's check is a 404). Bodies are capped at MAX_LANDMARKS_BYTES (413 above it);
a file breaking pose-landmarks/v1 is a 422 naming the rule (shared handlers)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from backstrong.entrypoints.web.api.form.schemas import (
    AttachUpdate,
    FormAnalysisPublic,
    FormCheckCreate,
    FormCheckPagePublic,
    FormCheckPublic,
    FormPreviewCreate,
    FormTrendPublic,
    ReferencePublic,
    ReferenceUpdate,
)
from backstrong.entrypoints.web.api.inputs import RowId
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.errors import NotFound

router = APIRouter(tags=["form"])


@router.post("/form-checks", status_code=status.HTTP_201_CREATED, summary="Check and keep a set")
def create_check(body: FormCheckCreate, container: ContainerDep, user: ApiUser) -> FormCheckPublic:
    """Count and judge the reps in a recording's landmarks and keep both (optionally with a
    logged set). Judged against your reference rep for the exercise when you marked one."""
    stored = container.form.check(user, body.exercise, body.landmarks, body.set_id)
    return FormCheckPublic.model_validate(stored, from_attributes=True)


@router.post("/form-checks/preview", summary="Analyse without keeping (live mode's batches)")
def preview(body: FormPreviewCreate, container: ContainerDep, user: ApiUser) -> FormAnalysisPublic:
    """Live mode sends the frames so far every few seconds and shows the running count and
    cues from the answer; nothing is stored until the set is finished and sent to /form-checks."""
    analysis = container.form.preview(user, body.exercise, body.landmarks)
    return FormAnalysisPublic.model_validate(analysis, from_attributes=True)


@router.get("/form-checks", summary="Your form checks, newest first")
def list_checks(
    container: ContainerDep,
    user: ApiUser,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
    exercise: Annotated[str | None, Query(max_length=40)] = None,
) -> FormCheckPagePublic:
    page = container.form.page(user, limit=limit, offset=offset, exercise=exercise)
    return FormCheckPagePublic.model_validate(page, from_attributes=True)


@router.get("/form-checks/{check_id}", summary="One form check")
def get_check(check_id: RowId, container: ContainerDep, user: ApiUser) -> FormCheckPublic:
    return FormCheckPublic.model_validate(container.form.get(user, check_id), from_attributes=True)


@router.get("/form-checks/{check_id}/landmarks", summary="The landmarks a check was made from")
def get_landmarks(check_id: RowId, container: ContainerDep, user: ApiUser) -> dict[str, Any]:
    return dict(container.form.landmarks(user, check_id))


@router.put("/form-checks/{check_id}/set", summary="Keep a check with a logged set")
def attach(
    check_id: RowId, body: AttachUpdate, container: ContainerDep, user: ApiUser
) -> FormCheckPublic:
    stored = container.form.attach(user, check_id, body.set_id)
    return FormCheckPublic.model_validate(stored, from_attributes=True)


@router.delete("/form-checks/{check_id}", status_code=204, summary="Delete a form check")
def delete_check(check_id: RowId, container: ContainerDep, user: ApiUser) -> Response:
    container.form.delete(user, check_id)
    return Response(status_code=204)


@router.put("/form-references/{exercise}", summary="Mark a rep as your reference")
def mark_reference(
    exercise: str, body: ReferenceUpdate, container: ContainerDep, user: ApiUser
) -> ReferencePublic:
    """Later checks of the exercise are judged against this rep as well as the fixed rules.
    The check must be of this exercise."""
    if container.form.get(user, body.check_id).exercise != exercise:
        raise NotFound(f"{exercise} form check", body.check_id)
    reference = container.form.mark_reference(user, body.check_id, body.rep)
    return ReferencePublic.model_validate(reference, from_attributes=True)


@router.get("/form-references/{exercise}", summary="Your reference rep for an exercise")
def get_reference(exercise: str, container: ContainerDep, user: ApiUser) -> ReferencePublic:
    reference = container.form.reference(user, exercise)
    if reference is None:
        raise NotFound("form reference", exercise)
    return ReferencePublic.model_validate(reference, from_attributes=True)


@router.delete("/form-references/{exercise}", status_code=204, summary="Forget your reference")
def forget_reference(exercise: str, container: ContainerDep, user: ApiUser) -> Response:
    container.form.forget_reference(user, exercise)
    return Response(status_code=204)


@router.get("/form-trends/{exercise}", summary="Depth (or line) per check over time")
def trend(exercise: str, container: ContainerDep, user: ApiUser) -> FormTrendPublic:
    return FormTrendPublic.model_validate(
        container.form.trend(user, exercise), from_attributes=True
    )
