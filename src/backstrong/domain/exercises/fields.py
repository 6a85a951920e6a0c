"""Readers for the field types of an exercise entry: text, slugs, vocabulary names, ranges.

Each reader takes the raw value (from TOML or JSON) and the field's path for messages, returns a
typed value, and raises ``InvalidField`` saying what was wrong and what is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import TypeVar

from backstrong.domain.exercises.suggest import did_you_mean

E = TypeVar("E", bound=StrEnum)

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SHOWN_VALUE_CHARS = 60  # convention: long values are cut in messages


class InvalidField(Exception):
    """One field is wrong. ``field`` is its path (``dosage.reps``, ``faults[1].fix``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def show(value: object) -> str:
    """The value as a person wrote it, cut short."""
    if isinstance(value, list | tuple):
        shown = "[" + ", ".join(show(item) for item in value) + "]"
    elif isinstance(value, dict):
        shown = "a table"
    else:
        shown = repr(value)
    if len(shown) > SHOWN_VALUE_CHARS:
        shown = shown[: SHOWN_VALUE_CHARS - 1] + "…"
    return shown


def refused(field: str, value: object, accepted: str) -> InvalidField:
    """``field: 'x' is not accepted; <accepted>``, or ``is missing`` when there is no value."""
    if value is None:
        return InvalidField(field, f"is missing; {accepted}")
    return InvalidField(field, f"{show(value)} is not accepted; {accepted}")


def text(value: object, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise refused(field, value, "write a non-empty string")
    return value.strip()


def slug(value: object, field: str) -> str:
    if value is None:
        raise refused(field, value, "write a lowercase id like 'single-leg-bridge'")
    name = text(value, field)
    if not SLUG.match(name):
        raise InvalidField(
            field,
            f"{show(value)} is not a valid id; use lowercase letters, digits and single hyphens "
            "(like 'single-leg-bridge')",
        )
    return name


def boolean(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise refused(field, value, "write true or false")
    return value


def whole_number(value: object, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise refused(field, value, f"use a whole number from {low} to {high}")
    return value


def number(value: object, field: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise refused(field, value, f"use a number from {low} to {high}")
    return float(value)


def int_range(value: object, field: str, low: int, high: int) -> tuple[int, int]:
    """``[min, max]`` (or one whole number, meaning exactly that many) within ``low..high``."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = [value, value]
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise InvalidField(
            field, f"{show(value)} is not a range; write [min, max] with whole numbers {low}–{high}"
        )
    first = whole_number(value[0], f"{field}[0]", low, high)
    second = whole_number(value[1], f"{field}[1]", low, high)
    if first > second:
        raise InvalidField(field, f"{show(value)} has min above max; write [min, max]")
    return first, second


def table(value: object, field: str, keys: Iterable[str]) -> Mapping[str, object]:
    """A table (TOML) or object (JSON) holding only ``keys``."""
    if not isinstance(value, Mapping):
        raise InvalidField(field, f"{show(value)} is not a table; expected keys {', '.join(keys)}")
    allowed = list(keys)
    for key in value:
        if key not in allowed:
            raise InvalidField(
                f"{field}.{key}",
                f"unknown key; {field} takes {', '.join(allowed)}{did_you_mean(str(key), allowed)}",
            )
    return value


def items(value: object, field: str) -> list[object]:
    """A list; ``None`` (left out) is the empty list."""
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        raise InvalidField(field, f'{show(value)} is not a list; write ["…", "…"]')
    return list(value)


def texts(value: object, field: str) -> tuple[str, ...]:
    found = tuple(text(item, f"{field}[{i}]") for i, item in enumerate(items(value, field)))
    unique(found, field)
    return found


def slugs(value: object, field: str) -> tuple[str, ...]:
    found = tuple(slug(item, f"{field}[{i}]") for i, item in enumerate(items(value, field)))
    unique(found, field)
    return found


def unique(values: tuple[str, ...], field: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise InvalidField(field, f"{value!r} is listed twice; list it once")
        seen.add(value)


def choice(value: object, field: str, options: type[E]) -> E:
    """One value of a vocabulary enum, spelt exactly."""
    allowed = [option.value for option in options]
    if not isinstance(value, str) or value not in allowed:
        hint = did_you_mean(value, allowed) if isinstance(value, str) else ""
        raise refused(field, value, f"use one of {', '.join(allowed)}{hint}")
    return options(value)


def names(
    value: object, field: str, vocabulary: Mapping[str, Iterable[str]], what: str
) -> tuple[str, ...]:
    """Ids from a vocabulary; ``vocabulary`` maps each id to the lay names that lead to it."""
    found: list[str] = []
    for i, item in enumerate(items(value, field)):
        if not isinstance(item, str) or item not in vocabulary:
            hint = (
                did_you_mean(str(item), vocabulary, vocabulary)
                or f"; use one of {', '.join(vocabulary)}"
            )
            raise InvalidField(f"{field}[{i}]", f"{show(item)} is not a known {what}{hint}")
        found.append(item)
    result = tuple(found)
    unique(result, field)
    return result
