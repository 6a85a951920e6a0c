"""What the backup's pydantic records share: refusing unknown fields, times written as
``isoformat()`` with their offset, and a refused value named by its place in the backup."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from backstrong.domain.nutrition.foods import InvalidFood
from backstrong.domain.nutrition.nutrients import InvalidNutrients
from backstrong.services.backup.sections import DamagedBackup
from backstrong.services.training.mapping import Time as Time  # isoformat(), with the offset

BAD_VALUES = (ValidationError, InvalidFood, InvalidNutrients, ValueError)
EXCERPT = 80  # characters of a refused value shown back

R = TypeVar("R")
T = TypeVar("T")


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


def read(adapter: TypeAdapter[Any], data: object, where: str) -> Any:
    """``data`` checked by ``adapter``; a refused value names its place in the backup."""
    try:
        return adapter.validate_python(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
        value = str(first.get("input"))[:EXCERPT]
        raise DamagedBackup(
            f"{where}{path} '{value}': {first['msg']}", f"{where}{path}", value
        ) from None


def converted(
    records: Sequence[R],
    convert: Callable[[R], T],
    where: str,
    value: Callable[[R], object] = lambda record: None,
) -> list[T]:
    """Each record as what it stands for; the first refused one names its place, ``where[n]``
    (and ``value(record)`` as the refused value)."""
    done = []
    for number, record in enumerate(records):
        try:
            done.append(convert(record))
        except BAD_VALUES as exc:
            place = f"{where}[{number}]"
            raise DamagedBackup(f"{place}: {exc}", place, value(record)) from exc
    return done
