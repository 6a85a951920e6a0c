"""Accounts over the API: sign up, get a token, who am I and my settings."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status

from backstrong.entrypoints.web.api.accounts.schemas import (
    TokenCreate,
    TokenPublic,
    UserCreate,
    UserPublic,
    UserUpdate,
)
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep, client_address
from backstrong.entrypoints.web.rate_limits import LIMITED_RESPONSES, SIGNUP_LIMIT, TOKEN_LIMIT
from backstrong.services.accounts.service import InvalidCredentials, TooManyAttempts

router = APIRouter(tags=["accounts"])


@router.post(
    "/users",
    status_code=status.HTTP_201_CREATED,
    response_model=UserPublic,
    responses={
        403: {"description": "sign-up closed, or the invite or claim code is not valid"},
        **LIMITED_RESPONSES,
    },
    dependencies=[SIGNUP_LIMIT],
)
def create_user(body: UserCreate, container: ContainerDep) -> UserPublic:
    user = container.accounts.register(
        body.email, body.password, invite=body.invite, claim_code=body.claim_code
    )
    return UserPublic.model_validate(user)


@router.post(
    "/tokens",
    status_code=status.HTTP_201_CREATED,
    response_model=TokenPublic,
    responses={401: {"description": "wrong email or password"}, **LIMITED_RESPONSES},
    dependencies=[TOKEN_LIMIT],
)
def create_token(body: TokenCreate, request: Request, container: ContainerDep) -> TokenPublic:
    try:
        token = container.accounts.issue_api_token(
            body.email,
            body.password,
            address=client_address(request),
            name=body.name,
            expires_in_days=body.expires_in_days,
        )
    except TooManyAttempts as exc:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            str(exc),
            headers={"Retry-After": str(exc.retry_after_seconds)},
        ) from exc
    except InvalidCredentials as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong email or password") from exc
    return TokenPublic(token=token)


@router.get("/me", response_model=UserPublic)
async def me(user: ApiUser) -> UserPublic:  # no I/O here: no thread hop
    return UserPublic.model_validate(user)


@router.patch("/me", response_model=UserPublic)
def update_me(body: UserUpdate, user: ApiUser, container: ContainerDep) -> UserPublic:
    """Change the display unit and/or the time zone ("today" follows it)."""
    updated = container.accounts.update(user, unit=body.unit, time_zone=body.time_zone)
    return UserPublic.model_validate(updated)
