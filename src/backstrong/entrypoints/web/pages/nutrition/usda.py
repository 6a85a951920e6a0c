"""Settings → USDA foods: the admin uploads a USDA download and its foods are imported (all or
nothing, again adds nothing). Until accounts have roles the admin is the first account with a
login; anyone else gets a 403."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse, Response

from backstrong.adapters.files.nutrition.usda_upload import (
    food_upload_on_disk,
)
from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.entrypoints.web.deps import ContainerDep, PageUser
from backstrong.entrypoints.web.templating import render
from backstrong.entrypoints.web.uploads import imported_upload, refused_status
from backstrong.services.nutrition.foods import FoodImportReport

router = APIRouter()
ADMIN_ONLY = "Only the server's admin (for now, its first account) can import USDA foods."


def require_admin(container: ContainerDep, user: User) -> None:
    if not container.accounts.is_admin(user):
        raise HTTPException(status.HTTP_403_FORBIDDEN, ADMIN_ONLY)


def _page(request: Request, status_code: int = 200, **extra: object) -> Response:
    limit_mb = request.app.state.container.settings.import_max_mb
    context = {"active": "settings", "limit_mb": limit_mb, **extra}
    return render(request, "nutrition/usda.html", context, status_code=status_code)


@router.get("/settings/foods", response_class=HTMLResponse)
def usda_page(request: Request, container: ContainerDep, user: PageUser) -> Response:
    require_admin(container, user)
    return _page(request)


@router.post("/settings/foods", response_class=HTMLResponse)
async def usda_upload(request: Request, container: ContainerDep, user: PageUser) -> Response:
    require_admin(container, user)
    try:
        report = await imported_upload(request, container, user, import_upload)
    except FieldError as exc:
        return _page(request, refused_status(exc), error=str(exc))
    return _page(request, report=report)


def import_upload(
    container: ContainerDep, user: User, filename: str, data: bytes
) -> FoodImportReport:
    """The upload laid out on disk for the USDA reader, imported, then removed."""
    with food_upload_on_disk(filename, data, container.settings.import_max_bytes) as path:
        return container.nutrition.import_food_file(user, path)
