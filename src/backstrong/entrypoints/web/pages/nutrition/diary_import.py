"""Importing a food diary on the web (/nutrition/import): upload MyFitnessPal's nutrition
summary (or a generic CSV), review the meals it adds and skips, then confirm. The reviewed meals
travel in the confirm form (the generic layout), so nothing is stored until the person says so,
and duplicates are checked again."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from backstrong.domain.nutrition.diary_import import FORMATS, as_generic_csv
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm
from backstrong.entrypoints.web.templating import render
from backstrong.entrypoints.web.uploads import review_upload

router = APIRouter()


def _page(request: Request, context: dict[str, object], status_code: int = 200) -> Response:
    base: dict[str, object] = {"active": "nutrition", "formats": FORMATS, "plan": None,
                               "error": None, "values": {}}  # fmt: skip
    return render(request, "nutrition/import.html", {**base, **context}, status_code=status_code)


@router.get("/nutrition/import", response_class=HTMLResponse)
def import_page(request: Request, user: PageUser) -> Response:
    return _page(request, {})


@router.post("/nutrition/import", response_class=HTMLResponse)
def preview(
    request: Request,
    container: ContainerDep,
    user: PageUser,
    form: VerifiedForm,
    file: Annotated[UploadFile, File()],
) -> Response:
    """Read the upload and show what importing it would add and skip (nothing stored)."""
    nutrition = container.nutrition
    context, code = review_upload(
        file,
        container,
        form,
        lambda data, fmt, skip: nutrition.preview_diary_import(user, data, fmt, skip_invalid=skip),
        as_generic_csv,
    )
    return _page(request, context, code)


@router.post("/nutrition/import/confirm")
def confirm(container: ContainerDep, user: PageUser, form: VerifiedForm) -> Response:
    """Store the reviewed meals, all or nothing, and show the last day imported."""
    carried = form.get("meals", "").encode()
    done = container.nutrition.import_diary(user, carried, "generic")
    shown = f"?date={done.last.isoformat()}" if done.last else ""
    return RedirectResponse(f"/nutrition{shown}", 303)
