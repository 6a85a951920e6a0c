"""Checks across a backup's sections before anything is stored: ids that appear twice, and records
that name an exercise or a food that neither this server's bundled data nor the backup has.

Each refusal names the record by its path in the document, e.g.
``training.sessions[3].sets[1].exercise_id 'foo': no such exercise in the library or the backup``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from backstrong.domain.nutrition.barcodes import OPEN_FOOD_FACTS_ID_PREFIX
from backstrong.services.backup.sections import DamagedBackup


@dataclass(frozen=True, slots=True)
class BundledIds:
    """What this server ships: the ids of its bundled exercises and foods."""

    exercises: frozenset[str]
    foods: frozenset[str]


BundledSource = Callable[[], BundledIds]


def is_shared_food(food_id: str) -> bool:
    """Open Food Facts products are a cache shared by everyone, not part of anyone's backup."""
    return food_id.startswith(OPEN_FOOD_FACTS_ID_PREFIX)


def check_references(parts: Mapping[str, Any], bundled: BundledIds | None) -> None:
    """Raise :class:`DamagedBackup` for the first duplicate id or dangling reference.

    Without ``bundled`` (services built without a library, in tests of other features) only the
    backup's own duplicates and references between its sections are checked. A form check's
    link to a set is not checked: deleting a set leaves its checks, so old links are normal."""
    exercises = _unique_ids("custom_exercises", _items(parts.get("custom_exercises")))
    foods = _unique_ids("custom_foods", _items(parts.get("custom_foods")))
    _check_training(parts.get("training"), exercises, bundled)
    _check_diary(parts.get("nutrition"), foods, bundled)


def _items(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _field(item: object, name: str) -> Any:
    return item.get(name) if isinstance(item, Mapping) else None


def _unique_ids(where: str, items: list[Any], key: str = "id") -> set[str]:
    seen: dict[str, int] = {}
    for number, item in enumerate(items):
        value = _field(item, key)
        if value is None:
            continue
        if str(value) in seen:
            first = seen[str(value)]
            field = f"{where}[{number}].{key}"
            raise DamagedBackup(
                f"{field} '{value}': appears twice in the backup (first at {where}[{first}])",
                field,
                value,
            )
        seen[str(value)] = number
    return set(seen)


def _sets(training: object) -> Iterator[tuple[str, Any]]:
    for number, session in enumerate(_items(_field(training, "sessions"))):
        for index, logged in enumerate(_items(_field(session, "sets"))):
            yield f"training.sessions[{number}].sets[{index}]", logged


def _check_training(training: object, custom: set[str], bundled: BundledIds | None) -> None:
    _unique_ids("training.sessions", _items(_field(training, "sessions")))
    seen: dict[str, str] = {}
    for where, logged in _sets(training):
        set_id, exercise = _field(logged, "id"), _field(logged, "exercise_id")
        if set_id is not None and str(set_id) in seen:
            first = seen[str(set_id)]
            raise DamagedBackup(
                f"{where}.id '{set_id}': appears twice in the backup (first at {first})",
                f"{where}.id",
                set_id,
            )
        if set_id is not None:
            seen[str(set_id)] = where
        if exercise is not None and not _known(str(exercise), custom, bundled, "exercises"):
            raise DamagedBackup(
                f"{where}.exercise_id '{exercise}': no such exercise in the library or the backup",
                f"{where}.exercise_id",
                exercise,
            )


def _known(item_id: str, own: Collection[str], bundled: BundledIds | None, kind: str) -> bool:
    if item_id in own or bundled is None:
        return True
    return item_id in (bundled.exercises if kind == "exercises" else bundled.foods)


def _check_diary(nutrition: object, custom: set[str], bundled: BundledIds | None) -> None:
    for number, entry in enumerate(_items(_field(nutrition, "diary"))):
        food = _field(entry, "food_id")
        if food is None or _field(entry, "food_gone") is True or is_shared_food(str(food)):
            continue
        if not _known(str(food), custom, bundled, "foods"):
            field = f"nutrition.diary[{number}].food_id"
            raise DamagedBackup(
                f"{field} '{food}': no such food in the library or the backup",
                field,
                food,
            )
    _unique_ids("nutrition.days", _items(_field(nutrition, "days")), key="day")
