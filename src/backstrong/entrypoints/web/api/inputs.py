"""The one base of every API request schema (``XCreate``, ``XUpdate`` and what they nest):

- NaN and ±Infinity are refused in every number (the JSON literals are refused earlier, by
  ``hostile_input``; this catches the strings "nan" and "inf" pydantic would otherwise read);
- ``true``/``false`` are refused where a number goes (pydantic reads ``true`` as 1);
- ``LoggedDate`` and ``LoggedDateTime`` hold the days a logged thing can have happened on.

The domain checks the exact window (tomorrow on the person's own calendar) for every interface;
these types keep absurd dates from reaching date arithmetic at all."""

from __future__ import annotations

import types
import typing
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Annotated, Any

from fastapi import Path
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    ValidationInfo,
    field_validator,
)

from backstrong.domain.logged_dates import (
    EARLIEST_LOGGED_DAY,
    LATEST_READABLE_DAY,
    check_logged_day,
    is_readable_day,
)

# Tomorrow in the easternmost time zone (UTC+14) is at most two days after today in UTC; the
# services narrow this to the person's own tomorrow.
LATEST_ANYWHERE = timedelta(days=2)


def _numbers_in(annotation: Any) -> bool:
    """Whether a field of this type takes a number but not a boolean."""
    if annotation is bool:
        return False
    if annotation in (int, float):
        return True
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _numbers_in(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(annotation)
        return bool not in args and any(_numbers_in(a) for a in args)
    return False


class ApiInput(BaseModel):
    model_config = ConfigDict(allow_inf_nan=False)

    @classmethod
    @cache
    def _number_fields(cls) -> frozenset[str]:
        return frozenset(
            name for name, info in cls.model_fields.items() if _numbers_in(info.annotation)
        )

    @field_validator("*", mode="before")
    @classmethod
    def _no_boolean_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, bool) and info.field_name in cls._number_fields():
            raise ValueError("must be a number, not true or false")
        return value


def _logged_day(day: date, info: ValidationInfo) -> date:
    today_somewhere = datetime.now(UTC).date() + LATEST_ANYWHERE - timedelta(days=1)
    return check_logged_day(info.field_name or "date", day, today_somewhere)


def _logged_time(when: datetime, info: ValidationInfo) -> datetime:
    _logged_day(when.date(), info)
    return when


def _readable_day(day: date) -> date:
    if not is_readable_day(day):
        raise ValueError(f"must be between {EARLIEST_LOGGED_DAY} and {LATEST_READABLE_DAY}")
    return day


def _iso_text(value: Any) -> Any:
    """Dates come as ISO 8601 text: a bare number (``"performed_at": 0``) is not read as seconds
    since 1970, which would log a set in the year the person was not training."""
    if not isinstance(value, str | date):
        raise ValueError("give ISO 8601 text, e.g. 2026-03-13 or 2026-03-13T07:30:00+01:00")
    return value


LoggedDate = Annotated[date, BeforeValidator(_iso_text), AfterValidator(_logged_day)]
LoggedDateTime = Annotated[datetime, BeforeValidator(_iso_text), AfterValidator(_logged_time)]
ReadableDate = Annotated[date, BeforeValidator(_iso_text), AfterValidator(_readable_day)]
"""A day asked about (a query or a path): wide, but far from year 1 and 9999."""

MAX_ROW_ID = 2**63 - 1  # the largest id a BIGINT (and SQLite's INTEGER) holds
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="The id, as listed")]
"""A stored row's id in a path: a number no table could hold gets a 422, not an overflow."""

__all__ = ["ApiInput", "LoggedDate", "LoggedDateTime", "ReadableDate", "RowId"]
