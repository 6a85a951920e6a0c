"""USDA food tables over the API, for the server's admin (until accounts have roles: its first
account with a login; anyone else gets a 403): upload a download, its foods are imported into the
caller's own food list, all or nothing."""

from __future__ import annotations

from fastapi import APIRouter, File, UploadFile

from backstrong.entrypoints.public.nutrition import FoodImportPublic
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.entrypoints.web.pages.nutrition.usda import import_upload, require_admin
from backstrong.entrypoints.web.uploads import TOO_LARGE_RESPONSE, imported_file

router = APIRouter(prefix="/foods", tags=["nutrition"])
FILE_HELP = (
    "FoodData Central's CSV download (.zip), its JSON download (.json) or the flat SR28 CSV,"
    " at most the import limit (BACKSTRONG_IMPORT_MAX_MB; 413 above it)."
)


@router.post(
    "/import",
    summary="Import a USDA food table (admin only)",
    responses={
        403: {"description": "Only the server's admin (for now, its first account)"},
        413: TOO_LARGE_RESPONSE,
        422: {"description": "The file was refused (type, size, layout); nothing was imported"},
    },
)
async def import_usda_foods(
    container: ContainerDep, user: ApiUser, file: UploadFile = File(..., description=FILE_HELP)
) -> FoodImportPublic:
    require_admin(container, user)
    report = await imported_file(container, user, file, import_upload)
    return FoodImportPublic.model_validate(report, from_attributes=True)
