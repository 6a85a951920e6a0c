"""Accounts over the API: sign up, get a token, who am I."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status
from pydantic import BaseModel, Field

from backstrong.domain.accounts import AccountError
from backstrong.domain.accounts import User as DomainUser
from backstrong.entrypoints.web.api.errors import field_error
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep, client_address
from backstrong.services.accounts import service as accounts

router = APIRouter(tags=["accounts"])


class UserCreate(BaseModel):
    email: str = Field(max_length=254, examples=["ada@example.org"])
    password: str = Field(max_length=1024)


class UserPublic(BaseModel):
    id: int
    email: str | None
    unit: str = "kg"

    @classmethod
    def of(cls, user: DomainUser) -> UserPublic:
        return cls(id=user.id, email=user.email, unit=user.unit)


class TokenCreate(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)
    name: str = Field("api", max_length=100)


class TokenPublic(BaseModel):
    token: str


@router.post("/users", status_code=status.HTTP_201_CREATED, response_model=UserPublic)
def create_user(body: UserCreate, container: ContainerDep) -> UserPublic:
    try:
        user = accounts.register(
            container.uow(), container.password_hasher, body.email, body.password
        )
    except accounts.EmailTaken as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, exc.message) from exc
    except AccountError as exc:
        echoed = None if exc.field == "password" else getattr(body, exc.field, None)
        raise field_error(exc.field, exc.message, echoed) from exc
    return UserPublic.of(user)


@router.post("/tokens", status_code=status.HTTP_201_CREATED, response_model=TokenPublic)
def create_token(body: TokenCreate, request: Request, container: ContainerDep) -> TokenPublic:
    try:
        token = accounts.issue_api_token(
            container.uow(),
            container.password_hasher,
            body.email,
            body.password,
            address=client_address(request),
            failures_per_minute=container.settings.login_failures_per_minute,
            name=body.name,
        )
    except accounts.TooManyAttempts as exc:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            str(exc),
            headers={"Retry-After": str(exc.retry_after_seconds)},
        ) from exc
    except accounts.InvalidCredentials as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong email or password") from exc
    return TokenPublic(token=token)


@router.get("/me", response_model=UserPublic)
async def me(user: ApiUser) -> UserPublic:  # no I/O here: no thread hop
    return UserPublic.of(user)
