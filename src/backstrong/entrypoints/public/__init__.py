"""The public JSON of each feature's results: pydantic models read from the domain and service
objects (``model_validate(obj, from_attributes=True)``), shared by the API's responses and the
CLI's ``--json`` so both print the same shape. See README.md."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, TypeVar

from pydantic import AliasPath, BaseModel, BeforeValidator, ConfigDict, Field


def _rounded(digits: int | None) -> Any:
    def round_(value: Any) -> Any:
        if value is None:
            return None
        return round(value) if digits is None else round(value, digits)

    return BeforeValidator(round_)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


Whole = Annotated[int, _rounded(None)]  # kcal and grams shown to the unit
WholeOrNone = Annotated[int | None, _rounded(None)]
Tenth = Annotated[float, _rounded(1)]
TenthOrNone = Annotated[float | None, _rounded(1)]
Hundredth = Annotated[float, _rounded(2)]
HundredthOrNone = Annotated[float | None, _rounded(2)]
IsoTime = Annotated[str, BeforeValidator(_iso)]  # datetime.isoformat(), offset as "+00:00"


_REQUIRED: Any = ...


def at(*path: str | int, default: Any = _REQUIRED) -> Any:
    """A field read from the attribute path ``path`` of the object being shown (``default``
    when the path leads nowhere, e.g. through a None)."""
    alias = AliasPath(str(path[0]), *path[1:]) if len(path) > 1 else str(path[0])
    return Field(default, validation_alias=alias)


class Public(BaseModel):
    """A result as JSON; built from domain or service objects by their attributes (and, as
    FastAPI checks a response again, from its own JSON by field name)."""

    model_config = ConfigDict(from_attributes=True, validate_by_name=True, validate_by_alias=True)


P = TypeVar("P", bound=Public)


def shown(model: type[P], obj: object) -> dict[str, Any]:
    """``obj`` as ``model``'s JSON-ready dict (what ``--json`` prints)."""
    return model.model_validate(obj, from_attributes=True).model_dump(mode="json")


def shown_all(model: type[P], objs: Any) -> list[dict[str, Any]]:
    return [shown(model, obj) for obj in objs]
