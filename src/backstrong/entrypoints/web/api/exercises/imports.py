"""Exercises from a free-exercise-db ``exercises.json`` upload into the caller's own library."""

from __future__ import annotations

from fastapi import APIRouter, File, UploadFile
from starlette.concurrency import run_in_threadpool

from backstrong.entrypoints.web.api.exercises.schemas import ExerciseImportPublic
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.entrypoints.web.pages.exercises.imports import import_upload

router = APIRouter(prefix="/exercises", tags=["exercises"])
FILE_HELP = (
    "free-exercise-db JSON (a list of exercises), at most the import limit"
    " (BACKSTRONG_IMPORT_MAX_MB; 413 above it)."
)


@router.post(
    "/import",
    summary="Import exercises from a free-exercise-db JSON file into your library",
    responses={
        413: {"description": "The file is over the import limit (BACKSTRONG_IMPORT_MAX_MB)"},
        422: {"description": "The file was refused; nothing was imported"},
    },
)
async def import_exercises(
    container: ContainerDep, user: ApiUser, file: UploadFile = File(..., description=FILE_HELP)
) -> ExerciseImportPublic:
    data = await file.read(container.settings.import_max_bytes + 1)
    report = await run_in_threadpool(import_upload, container, user, file.filename or "", data)
    return ExerciseImportPublic.of(report)
