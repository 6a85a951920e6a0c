"""An uploaded file as text for the imports: Starlette keeps the upload in a spooled temporary
file (on disk past 1 MB); its size is checked against ``BACKSTRONG_IMPORT_MAX_MB`` (413 above it)
and its encoding detected (``adapters/files/text_input.py``) off the event loop."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Annotated, Any, BinaryIO, TypeVar

from fastapi import Query, Request
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from backstrong.adapters.files.text_input import check_size, read_all_text, size_of
from backstrong.bootstrap import Container
from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError, FileTooLarge
from backstrong.domain.file_rows import FilePlan, RowsRejected
from backstrong.entrypoints.web.deps import verified_upload

Report = TypeVar("Report")
Importer = Callable[[Container, User, str, bytes], Report]  # a file's name and bytes → report
# The OpenAPI response of an upload over BACKSTRONG_IMPORT_MAX_MB.
TOO_LARGE_RESPONSE = {"description": "The file is over the import limit (BACKSTRONG_IMPORT_MAX_MB)"}


async def upload_text(upload: UploadFile | None, container: Container) -> str:
    """The upload decoded (FileTooLarge over the limit, FieldError when no encoding fits)."""
    if upload is None:
        raise FieldError("file", "(none)", "choose the file to import")
    name = upload.filename or "file"
    limit = container.settings.import_max_bytes
    return await run_in_threadpool(read_all_text, upload.file, name, limit)


def check_upload_size(upload: UploadFile, container: Container) -> None:
    """FileTooLarge when the spooled upload is over the import limit (nothing else read)."""
    check_size(size_of(upload.file), container.settings.import_max_bytes)


def refused_status(exc: Exception) -> int:
    """The status of a refused upload or value: 413 for a file over its limit, else 422."""
    return 413 if isinstance(exc, FileTooLarge) else 422


async def imported_upload(
    request: Request,
    container: Container,
    user: User,
    importer: Importer[Report],
) -> Report:
    """A page form's ``file`` (after the CSRF check, read up to the import limit) given to
    ``importer`` as its name and bytes, off the event loop."""
    _, files = await verified_upload(request, container, container.settings.import_max_bytes)
    filename, data = files.get("file", ("", b""))
    return await run_in_threadpool(importer, container, user, filename, data)


async def imported_file(
    container: Container, user: User, upload: UploadFile, importer: Importer[Report]
) -> Report:
    """An API upload given to ``importer`` as its name and bytes (read up to one byte past the
    import limit, for the importer to refuse), off the event loop."""
    data = await upload.read(container.settings.import_max_bytes + 1)
    return await run_in_threadpool(importer, container, user, upload.filename or "", data)


# The query parameters of the one-entry-a-row imports' API routes (weigh-ins, meals).
SkipInvalid = Annotated[bool, Query(description="Import the readable rows and list the others")]
DryRun = Annotated[bool, Query(description="Only say what would be added")]

# A one-entry-a-row import's preview: the upload's file, its layout (None: recognise it) and
# whether to skip unreadable rows → the plan (weigh-ins, meals).
Preview = Callable[[BinaryIO, str | None, bool], FilePlan[Any]]


def review_upload(
    upload: UploadFile,
    container: Container,
    form: Mapping[str, str],
    preview: Preview,
    carry: Callable[[tuple[Any, ...]], str],
) -> tuple[dict[str, object], int]:
    """The review page's context for an uploaded export and its status: the plan, its new
    entries as the confirm form carries them (``carry``) and the form's values; or the refusal
    (413 over the import limit, 422 for an unknown layout or unreadable rows) with the values to
    show again."""
    fmt = form.get("format") or None
    skip = form.get("skip_invalid") == "on"
    values = {"format": fmt or "", "skip_invalid": skip}
    try:  # the spooled upload is read as a stream, once its size is within the import limit
        check_upload_size(upload, container)
        plan = preview(upload.file, fmt, skip)
    except (RowsRejected, FieldError) as exc:
        return {"error": str(exc), "values": values}, refused_status(exc)
    return {"plan": plan, "carried": carry(plan.new), "values": values}, 200


def rows_refused(exc: RowsRejected) -> RequestValidationError:
    """An API 422 naming each unreadable row of a refused file."""
    detail = [
        {"loc": ("body", "file"), "msg": str(p), "type": "unreadable_row", "input": p.value}
        for p in exc.problems
    ]
    return RequestValidationError(detail)
