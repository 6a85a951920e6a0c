"""The whole backup over the API: download it, or restore one into an empty account (a JSON
body, or a multipart upload with the file in ``file``), all or nothing."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from backstrong.domain.errors import FieldError
from backstrong.entrypoints.web.api.backup.schemas import RestorePublic
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.backup.service import MAX_BACKUP_BYTES, backup_file_name

router = APIRouter(prefix="/backup", tags=["backup"])

LIMIT_MB = MAX_BACKUP_BYTES // 1_000_000
DOCUMENT = {"type": "object", "description": "The backup document (docs/backup.md)."}
REFUSED = {
    "description": "Not a backup, a newer version, a duplicate id, a reference to an exercise or "
    "food that is nowhere, or a bad value; the message names the record. Nothing was written."
}
NOT_EMPTY = {"description": "The account already holds data the backup would restore"}
TOO_LARGE = {"description": f"The body is over {LIMIT_MB} MB"}
NO_LOGIN = {"description": "No valid token or browser session"}
NO_CSRF = {"description": "A browser session without the CSRF header"}
UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": DOCUMENT},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            },
        },
    }
}


@router.get(
    "",
    summary="Everything you own as one JSON backup",
    response_class=Response,
    responses={200: {"content": {"application/json": {"schema": DOCUMENT}}}, 401: NO_LOGIN},
)
def download_backup(container: ContainerDep, user: ApiUser) -> Response:
    text = container.backup.export_text(user)
    name = backup_file_name(container.clock.now().date())
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(text.encode("utf-8"), media_type="application/json", headers=headers)


async def _content(request: Request) -> bytes:
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await request.form(max_files=1)
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise FieldError("file", "", "send the backup file in the multipart field 'file'")
        return await upload.read(MAX_BACKUP_BYTES + 1)
    return await request.body()


@router.post(
    "",
    summary="Restore a backup into this empty account, all or nothing",
    openapi_extra=UPLOAD_BODY,
    responses={401: NO_LOGIN, 403: NO_CSRF, 409: NOT_EMPTY, 413: TOO_LARGE, 422: REFUSED},
)
async def restore_backup(request: Request, container: ContainerDep, user: ApiUser) -> RestorePublic:
    from starlette.concurrency import run_in_threadpool

    content = await _content(request)
    if len(content) > MAX_BACKUP_BYTES:
        raise FieldError("file", f"over {LIMIT_MB} MB", f"must be at most {LIMIT_MB} MB")
    report = await run_in_threadpool(container.backup.restore_text, user, content)
    return RestorePublic.of(report)
