"""Workout imports over the API, in the web page's steps: upload a Strong, Hevy or generic CSV
export (multipart, at most BACKSTRONG_IMPORT_MAX_MB: 413 above it) to get a pending import with its
name-matching report, read it again, then apply it with the confirmed matches. A pending import
is the caller's alone (another person's is a 404) and lasts an hour."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, File, Form, UploadFile, status

from backstrong.entrypoints.web.api.training.schemas import (
    ImportApplyCreate,
    ImportPublic,
    ImportResultPublic,
)
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.entrypoints.web.uploads import upload_text
from backstrong.services.training.pending import choice_value

router = APIRouter(prefix="/imports", tags=["training"])

FILE_HELP = (
    "The export: CSV in UTF-8, UTF-16 or Windows-1252 (detected), at most the server's import"
    " limit (BACKSTRONG_IMPORT_MAX_MB, 50 MB unless changed)."
)
FORMAT_HELP = "auto recognises Strong and Hevy by their header; csv is the generic layout."
UNIT_HELP = "Unit of weights in a file that does not name one; by default your display unit."
NOT_YOURS = {"description": "No such pending import of yours (or it expired after an hour)"}
REFUSED = {"description": "A field (file, format, unit, match) was refused; the message says why"}
TOO_LARGE = {"description": "The file is over the import limit; the message gives both sizes"}


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Upload an export: a pending import with its name-matching report",
    responses={413: TOO_LARGE, 422: REFUSED},
)
async def create_import(
    container: ContainerDep,
    user: ApiUser,
    file: UploadFile = File(..., description=FILE_HELP),
    file_format: Literal["auto", "strong", "hevy", "csv"] = Form(
        "auto", alias="format", description=FORMAT_HELP
    ),
    unit: Literal["kg", "lb"] | None = Form(None, description=UNIT_HELP),
    skip_invalid: bool = Form(False, description="Leave out unreadable rows (they are listed)."),
) -> ImportPublic:
    from starlette.concurrency import run_in_threadpool

    text = await upload_text(file, container)
    review = await run_in_threadpool(
        container.training.upload_import, user, text, file_format, unit, skip_invalid=skip_invalid
    )
    return ImportPublic.of(review)


@router.get("/{import_id}", summary="A pending import and its report", responses={404: NOT_YOURS})
def get_import(import_id: str, container: ContainerDep, user: ApiUser) -> ImportPublic:
    return ImportPublic.of(container.training.pending_import(user, import_id))


@router.post(
    "/{import_id}/apply",
    summary="Import it with the confirmed matches, all or nothing",
    responses={404: NOT_YOURS, 422: REFUSED},
)
def apply_import(
    import_id: str, body: ImportApplyCreate, container: ContainerDep, user: ApiUser
) -> ImportResultPublic:
    choices = {name: choice_value(value) for name, value in body.matches.items()}
    return ImportResultPublic.of(container.training.apply_pending_import(user, import_id, choices))
