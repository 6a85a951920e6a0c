"""The account contract of the API: request and response bodies."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class UserCreate(BaseModel):
    email: str = Field(max_length=254, examples=["ada@example.org"])
    password: str = Field(max_length=1024)


class UserUpdate(BaseModel):
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


class TokenCreate(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)
    name: str = Field("api", max_length=100)


class TokenPublic(BaseModel):
    token: str
