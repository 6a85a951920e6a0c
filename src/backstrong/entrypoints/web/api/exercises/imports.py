"""Exercises from a free-exercise-db ``exercises.json`` upload into the caller's own library."""

from __future__ import annotations

from fastapi import APIRouter, File, UploadFile
from starlette.concurrency import run_in_threadpool

from backstrong.entrypoints.web.api.exercises.schemas import ExerciseImportPublic
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.entrypoints.web.pages.exercises.imports import (
    MAX_EXERCISE_FILE_BYTES,
    import_upload,
)

router = APIRouter(prefix="/exercises", tags=["exercises"])
LIMIT_MB = MAX_EXERCISE_FILE_BYTES // 1_048_576
FILE_HELP = f"free-exercise-db JSON (a list of exercises), at most {LIMIT_MB} MB."


@router.post(
    "/import",
    summary="Import exercises from a free-exercise-db JSON file into your library",
    responses={422: {"description": "The file was refused; nothing was imported"}},
)
async def import_exercises(
    container: ContainerDep, user: ApiUser, file: UploadFile = File(..., description=FILE_HELP)
) -> ExerciseImportPublic:
    data = await file.read(MAX_EXERCISE_FILE_BYTES + 1)
    report = await run_in_threadpool(import_upload, container, user, file.filename or "", data)
    return ExerciseImportPublic.of(report)
