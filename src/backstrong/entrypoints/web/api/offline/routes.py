"""The offline warm-up list over the API: what the app's service worker fetches ahead of a gym
session with no signal (the caller's active plan, its sessions and exercises)."""

from __future__ import annotations

from fastapi import APIRouter

from backstrong.entrypoints.web.api.offline.schemas import OfflineUrlsPublic
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep

router = APIRouter(prefix="/offline", tags=["offline"])


@router.get("/urls", summary="Pages and pictures to keep on the phone for offline use")
def offline_urls(container: ContainerDep, user: ApiUser) -> OfflineUrlsPublic:
    return OfflineUrlsPublic.model_validate(container.offline.urls(user))
