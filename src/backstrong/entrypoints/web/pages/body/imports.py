"""Importing weigh-ins on the web (/body/import): upload a file, review what will be added and
skipped, then confirm. The reviewed weigh-ins travel in the confirm form (moments with their
offset, kg), so nothing is stored until the person says so, and duplicates are checked again."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.body.weigh_in_import import FORMATS, as_generic_csv
from backstrong.domain.units import weight_text
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.templating import render
from backstrong.entrypoints.web.uploads import review_upload

router = APIRouter()


def _page(request: Request, context: dict[str, object], status_code: int = 200) -> Response:
    base: dict[str, object] = {"active": "body", "formats": FORMATS, "plan": None,
                               "error": None, "values": {}, "shown": weight_text}  # fmt: skip
    return render(request, "body/import.html", {**base, **context}, status_code=status_code)


@router.get("/body/import", response_class=HTMLResponse)
def import_page(request: Request, user: PageUser) -> Response:
    return _page(request, {"unit": user.unit})


@router.post("/body/import", response_class=HTMLResponse)
def preview(
    request: Request,
    container: ContainerDep,
    user: PageUser,
    form: VerifiedForm,
    file: Annotated[UploadFile, File()],
) -> Response:
    """Read the upload and show what importing it would add and skip (nothing stored)."""
    body = container.body
    context, code = review_upload(
        file,
        container,
        form,
        lambda data, fmt, skip: body.preview_weigh_ins(user, data, fmt, skip_invalid=skip),
        as_generic_csv,
    )
    return _page(request, {"unit": user.unit, **context}, code)


@router.post("/body/import/confirm")
def confirm(container: ContainerDep, user: PageUser, form: VerifiedForm) -> Response:
    """Store the reviewed weigh-ins, all or nothing."""
    carried = form.get("weigh_ins", "").encode()
    container.body.import_weigh_ins(user, carried, "generic")
    return RedirectResponse("/body", 303)
