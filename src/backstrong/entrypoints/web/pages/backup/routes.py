"""The backup on the Settings page: "Download everything" (the same file as `backstrong export
--format json`) and an upload that restores a backup into an empty account, its refusal shown
beside the file field."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from backstrong.domain.errors import FieldError
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, verified_upload
from backstrong.entrypoints.web.pages.accounts.settings import page
from backstrong.services.backup.service import MAX_BACKUP_BYTES, BackupError, backup_file_name

router = APIRouter()
FIELD = "backup_file"


@router.get("/settings/backup")
def download(container: ContainerDep, user: PageUser) -> Response:
    text = container.backup.export_text(user)
    name = backup_file_name(container.clock.now().date())
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(text.encode("utf-8"), media_type="application/json", headers=headers)


@router.post("/settings/backup")
async def restore(request: Request, container: ContainerDep, user: PageUser) -> Response:
    from starlette.concurrency import run_in_threadpool

    try:
        _, files = await verified_upload(request, container, MAX_BACKUP_BYTES)
        content = files.get(FIELD, ("", b""))[1]
        if not content:
            raise FieldError(FIELD, "", "choose a backup file (one that Download everything wrote)")
        if len(content) > MAX_BACKUP_BYTES:
            limit = f"{MAX_BACKUP_BYTES // 1_000_000} MB"
            raise FieldError(FIELD, f"over {limit}", f"must be at most {limit}")
        report = await run_in_threadpool(container.backup.restore_text, user, content)
    except (FieldError, BackupError) as exc:
        return await run_in_threadpool(page, request, container, user, errors={FIELD: str(exc)})
    return await run_in_threadpool(page, request, container, user, restored=report.restored)
