"""Responses of the offline warm-up endpoint."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class OfflineUrlsPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    pages: list[str] = Field(
        description="Pages to open once while online, so they load with no network.",
        examples=[["/today", "/program/week/1/session/1", "/exercises/glute-bridge"]],
    )
    pictures: list[str] = Field(
        description="Pictures those pages show (exercise figures).",
        examples=[["/api/v1/exercises/glute-bridge/figure.svg"]],
    )
