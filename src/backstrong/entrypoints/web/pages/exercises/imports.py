"""Exercises → Import: upload a free-exercise-db ``exercises.json``; its exercises join the
person's own library (entries already there are left alone; a malformed file stores nothing)."""

from __future__ import annotations

import io
import json

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.entrypoints.web.deps import ContainerDep, PageUser
from backstrong.entrypoints.web.templating import render
from backstrong.entrypoints.web.uploads import imported_upload, refused_status
from backstrong.services.exercises.service import FREE_EXERCISE_DB_SOURCE, ImportReport

router = APIRouter()


def import_upload(container: ContainerDep, user: User, filename: str, data: bytes) -> ImportReport:
    """The uploaded JSON read as free-exercise-db and imported (FieldError naming the file)."""
    from backstrong.adapters.files.exercises.free_exercise_db import parse_free_exercise_db
    from backstrong.adapters.files.text_input import read_all_text

    name = filename or "exercises.json"
    text = read_all_text(io.BytesIO(data), name, container.settings.import_max_bytes)
    try:
        decoded = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FieldError("file", name, f"must be free-exercise-db JSON ({exc})") from None
    parsed = parse_free_exercise_db(decoded, origin=name)
    return container.exercises.import_exercises(user, parsed, FREE_EXERCISE_DB_SOURCE)


def _page(request: Request, status_code: int = 200, **extra: object) -> Response:
    limit_mb = request.app.state.container.settings.import_max_mb
    context = {"active": "exercises", "limit_mb": limit_mb, **extra}
    return render(request, "exercises/import.html", context, status_code=status_code)


@router.get("/exercises/import", response_class=HTMLResponse)
def import_page(request: Request, user: PageUser) -> Response:
    return _page(request)


@router.post("/exercises/import", response_class=HTMLResponse)
async def upload(request: Request, container: ContainerDep, user: PageUser) -> Response:
    try:
        report = await imported_upload(request, container, user, import_upload)
    except FieldError as exc:
        return _page(request, refused_status(exc), error=str(exc))
    return _page(request, report=report)
