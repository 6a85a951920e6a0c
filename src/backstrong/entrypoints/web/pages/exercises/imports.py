"""Exercises → Import: upload a free-exercise-db ``exercises.json``; its exercises join the
person's own library (entries already there are left alone; a malformed file stores nothing)."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, verified_upload
from backstrong.entrypoints.web.templating import render
from backstrong.services.exercises.service import FREE_EXERCISE_DB_SOURCE, ImportReport

router = APIRouter()
MAX_EXERCISE_FILE_BYTES = 10 * 1024 * 1024  # free-exercise-db's whole exercises.json is ~1 MB


def import_upload(container: ContainerDep, user: User, filename: str, data: bytes) -> ImportReport:
    """The uploaded JSON read as free-exercise-db and imported (FieldError naming the file)."""
    from backstrong.adapters.files.exercises.free_exercise_db import parse_free_exercise_db

    name = filename or "exercises.json"
    if len(data) > MAX_EXERCISE_FILE_BYTES:
        limit = MAX_EXERCISE_FILE_BYTES // 1_048_576
        raise FieldError("file", f"{len(data) / 1_048_576:.0f} MB", f"must be at most {limit} MB")
    try:
        decoded = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FieldError("file", name, f"must be free-exercise-db JSON ({exc})") from None
    parsed = parse_free_exercise_db(decoded, origin=name)
    return container.exercises.import_exercises(user, parsed, FREE_EXERCISE_DB_SOURCE)


def _page(request: Request, status_code: int = 200, **extra: object) -> Response:
    context = {"active": "exercises", "limit_mb": MAX_EXERCISE_FILE_BYTES // 1_048_576, **extra}
    return render(request, "exercises/import.html", context, status_code=status_code)


@router.get("/exercises/import", response_class=HTMLResponse)
def import_page(request: Request, user: PageUser) -> Response:
    return _page(request)


@router.post("/exercises/import", response_class=HTMLResponse)
async def upload(request: Request, container: ContainerDep, user: PageUser) -> Response:
    from starlette.concurrency import run_in_threadpool

    _, files = await verified_upload(request, container, MAX_EXERCISE_FILE_BYTES)
    filename, data = files.get("file", ("", b""))
    try:
        report = await run_in_threadpool(import_upload, container, user, filename, data)
    except FieldError as exc:
        return _page(request, 422, error=str(exc))
    return _page(request, report=report)
