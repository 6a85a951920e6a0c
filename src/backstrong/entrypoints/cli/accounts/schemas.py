"""The shape of `backstrong account show --json` (stable keys, in this order)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class AccountJson(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str | None
    local: bool = Field(validation_alias="is_local")
    unit: str
    time_zone: str | None
