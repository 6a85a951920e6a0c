"""An uploaded file as text for the imports: Starlette keeps the upload in a spooled temporary
file (on disk past 1 MB); its size is checked against ``BACKSTRONG_IMPORT_MAX_MB`` (413 above it)
and its encoding detected (``adapters/files/text_input.py``) off the event loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from backstrong.adapters.files.text_input import check_size, read_all_text, size_of
from backstrong.bootstrap import Container
from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError, FileTooLarge
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
