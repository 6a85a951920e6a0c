"""A form's button on one listed row (revoke this token, delete this weigh-in): a CSRF-checked
POST to ``…/{row_id}/…`` that asks the service to do one thing, then shows the page again."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response

from backstrong.bootstrap import Container
from backstrong.domain.accounts import User
from backstrong.entrypoints.web.deps import ContainerDep, PageUser, VerifiedForm

RowAction = Callable[[Container, User, int], object]


def row_action(router: APIRouter, path: str, *, then: str) -> Callable[[RowAction], RowAction]:
    """Add a POST route at ``path`` (its one parameter ``row_id``) to ``router``, named after the
    action; on success the person is sent to ``then`` (303, so a reload does not post again)."""

    def add(action: RowAction) -> RowAction:
        def endpoint(
            row_id: int, container: ContainerDep, user: PageUser, form: VerifiedForm
        ) -> Response:
            action(container, user, row_id)
            return RedirectResponse(then, status_code=303)

        router.add_api_route(path, endpoint, methods=["POST"], name=action.__name__)
        return action

    return add
