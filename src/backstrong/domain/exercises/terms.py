"""The words a person may use in a search, resolved to vocabulary ids.

A muscle may be named by id (``erector-spinae``), lay name (``glutes``, ``quads``, ``psoas``) or a
whole region (``lower back``, ``hips``): a region means every muscle in it. Unknown words raise
:class:`UnknownVocabulary` naming the field, the value and the closest valid names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from backstrong.domain.errors import FieldError
from backstrong.domain.exercises.names import normalise
from backstrong.domain.exercises.suggest import closest_names
from backstrong.domain.exercises.vocabulary import (
    EQUIPMENT,
    MUSCLES,
    REGION_LAY_NAMES,
    SAFETY_TAGS,
    SENSITIVITY_TAGS,
    Kind,
    Level,
    Pattern,
    Region,
)

E = TypeVar("E", bound=StrEnum)

_PARENTHESIS = re.compile(r"\(([^)]*)\)")


class UnknownVocabulary(FieldError):
    """A search word that names nothing in the vocabulary."""

    def __init__(self, field: str, value: str, suggestions: Iterable[str]) -> None:
        closest = list(suggestions)
        if closest:
            accepted = f"closest: {', '.join(closest)}"
        else:
            accepted = f"accepted: {', '.join(_accepted(field))}"
        super().__init__(field, value, accepted)
        self.args = (f"{field} {value!r} is not known; {accepted}",)
        self.suggestions = closest


def _accepted(field: str) -> list[str]:
    """What a field takes, for messages when nothing typed comes close."""
    options: dict[str, list[str]] = {
        "muscle": [r.value for r in Region] + list(MUSCLES),
        "pattern": [p.value for p in Pattern],
        "kind": [k.value for k in Kind],
        "level": [lv.value for lv in Level],
        "equipment": ["none", *EQUIPMENT],
        "safety tag": [*SENSITIVITY_TAGS, *SAFETY_TAGS],
    }
    return options.get(field, [])


def _lay_spellings(lay_name: str) -> list[str]:
    """``"abs (six-pack muscle)"`` → itself, ``"abs"``, ``"six pack muscle"``; ``a / b`` split."""
    inside = _PARENTHESIS.findall(lay_name)
    outside = _PARENTHESIS.sub(" ", lay_name)
    parts = [lay_name, outside, *inside, *outside.split("/")]
    spellings = [normalise(part) for part in parts if normalise(part)]
    singular = [s[:-1] for s in spellings if s.endswith("s") and len(s) > 3]
    return spellings + singular


def _muscle_words() -> dict[str, frozenset[str]]:
    """Every spelling of a muscle or region → the muscle ids it stands for.

    Earlier entries win: muscle ids, then regions (so "lower back" is the region, not only the
    erector spinae whose lay name it also is), then muscles' lay names.
    """
    words: dict[str, frozenset[str]] = {}
    for muscle in MUSCLES.values():
        words.setdefault(normalise(muscle.id), frozenset({muscle.id}))
    for region in Region:
        members = frozenset(m.id for m in MUSCLES.values() if m.region is region)
        for spelling in (region.value, REGION_LAY_NAMES[region]):
            words.setdefault(normalise(spelling), members)
    for muscle in MUSCLES.values():
        for spelling in _lay_spellings(muscle.lay_name):
            words.setdefault(spelling, frozenset({muscle.id}))
    return words


MUSCLE_WORDS = _muscle_words()
EQUIPMENT_WORDS: dict[str, str] = {
    **{normalise(lay): item for item, lay in EQUIPMENT.items()},
    **{normalise(item): item for item in EQUIPMENT},
}


def muscles_named(value: str) -> frozenset[str]:
    """Muscle ids meant by a muscle id, lay name, region id or region lay name."""
    found = MUSCLE_WORDS.get(normalise(value))
    if found is None:
        raise UnknownVocabulary("muscle", value, closest_names(value, MUSCLE_WORDS))
    return found


def member_named(value: str, field: str, options: type[E]) -> E:
    """An enum member from its value, forgiving case, spaces and underscores."""
    key = normalise(value).replace(" ", "-")
    if key in options._value2member_map_:
        return options(key)
    raise UnknownVocabulary(field, value, closest_names(value, [o.value for o in options]))


def equipment_named(values: Iterable[str]) -> frozenset[str]:
    """Equipment ids from ids or lay names (``"dumbbells"`` → ``dumbbell``)."""
    found: set[str] = set()
    for value in values:
        item = EQUIPMENT_WORDS.get(normalise(value))
        if item is None:
            choices = {item: (lay,) for item, lay in EQUIPMENT.items()}
            raise UnknownVocabulary("equipment", value, closest_names(value, choices, choices))
        found.add(item)
    return frozenset(found)


def tags_named(values: Iterable[str]) -> frozenset[str]:
    """Safety tags, where a sensitivity (``flexion``) stands for all the tags it rules out."""
    found: set[str] = set()
    for value in values:
        key = normalise(value).replace(" ", "-")
        if key in SAFETY_TAGS:
            found.add(key)
        elif key in SENSITIVITY_TAGS:
            found |= SENSITIVITY_TAGS[key]
        else:
            choices = [*SAFETY_TAGS, *SENSITIVITY_TAGS]
            raise UnknownVocabulary("safety tag", value, closest_names(value, choices))
    return frozenset(found)
