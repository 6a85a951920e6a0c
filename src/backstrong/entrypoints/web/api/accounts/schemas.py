"""The account contract of the API: request and response bodies."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from backstrong.entrypoints.web.api.inputs import ApiInput


class UserCreate(ApiInput):
    email: str = Field(max_length=254, examples=["ada@example.org"])
    password: str = Field(
        max_length=1024, description="at least 12 characters and not easy to guess"
    )
    invite: str | None = Field(
        None, max_length=200, description="an unused invite code (needed in invite mode)"
    )
    claim_code: str | None = Field(
        None,
        max_length=200,
        description="first account only: the code from `backstrong serve` or `backstrong "
        "account claim-code`, to take over the command line's local data",
    )


class UserUpdate(ApiInput):
    """Fields left out stay as they are."""

    unit: str | None = Field(None, max_length=8, examples=["kg"], description="kg or lb")
    time_zone: str | None = Field(
        None, max_length=64, examples=["Europe/Berlin"], description="an IANA time zone name"
    )


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str | None
    unit: str = "kg"
    time_zone: str | None = Field(
        None, description="IANA name; null: the server's own zone is used for 'today'"
    )


class TokenCreate(ApiInput):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)
    name: str = Field("api", max_length=100)
    expires_in_days: int | None = Field(
        None, ge=1, le=3650, strict=True, description="empty: the token never expires"
    )


class TokenPublic(BaseModel):
    token: str


class TokenListedPublic(BaseModel):
    """A token as listed: its name and dates, never the secret."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None


class PasswordUpdate(ApiInput):
    current_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)


class AccountDeletion(ApiInput):
    confirmation: str = Field(max_length=254, description="your email, typed again")


class InvitePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None


class InviteCreatedPublic(BaseModel):
    code: str = Field(description="shown once; the person signs up with it")
    signup_path: str
