"""Importing a food diary over the API: MyFitnessPal's nutrition summary, Cronometer's servings
or a generic CSV, one entry per meal and day; a dry run says what would be added."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Query, UploadFile

from backstrong.domain.nutrition.diary_import import FORMATS, DiaryImportRejected
from backstrong.entrypoints.public.nutrition import DiaryImportPublic
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.entrypoints.web.uploads import (
    TOO_LARGE_RESPONSE,
    DryRun,
    SkipInvalid,
    check_upload_size,
    rows_refused,
)

router = APIRouter(tags=["nutrition"])
FORMATS_HELP = ", ".join(FORMATS) + "; recognised from the header when left out"


@router.post(
    "/diary/import",
    summary="Import a food diary from MyFitnessPal, Cronometer or a CSV",
    responses={413: TOO_LARGE_RESPONSE},
)
def import_diary(
    container: ContainerDep,
    user: ApiUser,
    file: Annotated[UploadFile, File(description="The export: a CSV of meals or foods by day")],
    format: Annotated[str | None, Query(description=FORMATS_HELP)] = None,
    skip_invalid: SkipInvalid = False,
    dry_run: DryRun = False,
) -> DiaryImportPublic:
    """Each meal of each day becomes one entry with its calories and macros. A meal of a day
    that already holds an imported meal is skipped (importing a file again adds nothing);
    unreadable rows refuse the whole file (422 naming them) unless ``skip_invalid``; all or
    nothing."""
    check_upload_size(file, container)  # FileTooLarge: 413 naming the size and the limit
    nutrition = container.nutrition
    run = nutrition.preview_diary_import if dry_run else nutrition.import_diary
    try:
        plan = run(user, file.file, format, skip_invalid=skip_invalid)
    except DiaryImportRejected as exc:
        raise rows_refused(exc) from exc
    return DiaryImportPublic.model_validate(plan, from_attributes=True)
