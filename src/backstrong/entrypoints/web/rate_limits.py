"""Per-address rate limits on the endpoints a stranger can call many times: sign-up, token
creation and the calculators that need no account. Counted in the database (every worker shares
them); past the limit, 429 with Retry-After (the shared handler in errors.py)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from backstrong.entrypoints.web.deps import ContainerDep, client_address
from backstrong.settings import Settings


def _limit(
    bucket: str, per_minute: Callable[[Settings], int]
) -> Callable[..., Coroutine[Any, Any, None]]:
    async def check(request: Request, container: ContainerDep) -> None:
        limit = per_minute(container.settings)
        address = client_address(request)
        await run_in_threadpool(container.accounts.throttle, bucket, address, limit)

    return check


SIGNUP_LIMIT = Depends(_limit("signup", lambda s: s.signups_per_minute))
TOKEN_LIMIT = Depends(_limit("token", lambda s: s.open_requests_per_minute))
OPEN_LIMIT = Depends(_limit("open", lambda s: s.open_requests_per_minute))
LIMITED_RESPONSES: dict[int | str, dict[str, Any]] = {
    429: {"description": "too many requests from this address; see Retry-After"}
}
