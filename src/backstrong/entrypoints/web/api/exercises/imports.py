"""Exercises from a free-exercise-db ``exercises.json`` upload into the caller's own library."""

from __future__ import annotations

from fastapi import APIRouter, File, UploadFile

from backstrong.entrypoints.web.api.exercises.schemas import ExerciseImportPublic
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.entrypoints.web.pages.exercises.imports import import_upload
from backstrong.entrypoints.web.uploads import TOO_LARGE_RESPONSE, imported_file

router = APIRouter(prefix="/exercises", tags=["exercises"])
FILE_HELP = (
    "free-exercise-db JSON (a list of exercises), at most the import limit"
    " (BACKSTRONG_IMPORT_MAX_MB; 413 above it)."
)


@router.post(
    "/import",
    summary="Import exercises from a free-exercise-db JSON file into your library",
    responses={
        413: TOO_LARGE_RESPONSE,
        422: {"description": "The file was refused; nothing was imported"},
    },
)
async def import_exercises(
    container: ContainerDep, user: ApiUser, file: UploadFile = File(..., description=FILE_HELP)
) -> ExerciseImportPublic:
    report = await imported_file(container, user, file, import_upload)
    return ExerciseImportPublic.of(report)
