"""Import the free-exercise-db JSON format (yuhonas/free-exercise-db, Unlicense).

The file is a list of objects with ``id``, ``name``, ``force``, ``level``, ``mechanic``,
``equipment``, ``primaryMuscles``, ``secondaryMuscles``, ``instructions``, ``category`` and
``images``. Each entry becomes an :class:`Exercise` with id ``fedb-<their id, slugified>`` (stable,
so a re-import replaces rather than duplicates), its muscles, equipment and category mapped onto
our vocabulary, a pattern guessed from its name and muscles, and a default dosage for its kind.
Values with no counterpart are reported in ``ParsedExercises.unmapped``. A malformed file raises
:class:`FreeExerciseDbError` (a ``FieldError``) naming the entry and field, and nothing is imported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from backstrong.adapters.files.exercises.free_exercise_db_terms import (
    guess_pattern,
    guess_safety_tags,
    guess_unilateral,
    map_equipment,
    map_kind,
    map_level,
    map_muscles,
)
from backstrong.domain.errors import FieldError
from backstrong.domain.exercises.model import Dosage, Exercise, Source
from backstrong.domain.exercises.vocabulary import Kind
from backstrong.services.ports.exercises import ParsedExercises, SkippedEntry

SOURCE = Source(
    name="free-exercise-db",
    licence="Unlicense",
    url="https://github.com/yuhonas/free-exercise-db",
)
ID_PREFIX = "fedb-"

# Default dosage by kind (ACSM 2009 novice 8–12 reps, 1–3 sets; ACSM stretches 10–30 s held
# 2–4 times; ACSM). Rest values are convention for assistance work.
DEFAULT_DOSAGE: dict[Kind, Dosage] = {
    Kind.STRENGTH: Dosage(sets=3, reps=(8, 12), rest_seconds=90),
    Kind.ISOMETRIC: Dosage(sets=3, hold_seconds=(10, 30), rest_seconds=60),
    Kind.STRETCH: Dosage(sets=2, hold_seconds=(10, 30), rest_seconds=15),
    Kind.MOBILITY: Dosage(sets=2, reps=(8, 12), rest_seconds=30),
}

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_TEXT_FIELDS = ("force", "level", "mechanic", "equipment", "category")
_LIST_FIELDS = ("primaryMuscles", "secondaryMuscles", "instructions")


class FreeExerciseDbError(FieldError):
    """A file that is not in the free-exercise-db format; names the entry and the field."""

    def __init__(self, origin: str, index: int | None, field: str, message: str) -> None:
        super().__init__(field, origin, message)
        where = origin if index is None else f"{origin}: entry {index}"
        self.args = (f"{where}: {field}: {message}",)  # the file, then the entry: not the value
        self.origin = origin
        self.index = index


def load_free_exercise_db(path: Path) -> ParsedExercises:
    """Read and convert a free-exercise-db ``exercises.json`` file."""
    from backstrong.adapters.files.text_input import read_all_text

    try:
        with path.open("rb") as binary:  # the CLI checked the import limit
            data = json.loads(read_all_text(binary, path.name, path.stat().st_size))
    except (OSError, FieldError) as error:
        raise FreeExerciseDbError(str(path), None, "(file)", f"cannot be read: {error}") from error
    except json.JSONDecodeError as error:
        raise FreeExerciseDbError(str(path), None, "(file)", f"not valid JSON: {error}") from error
    return parse_free_exercise_db(data, origin=str(path))


def parse_free_exercise_db(data: object, *, origin: str = "free-exercise-db") -> ParsedExercises:
    """Convert decoded free-exercise-db JSON; checks the whole file before converting any entry."""
    if not isinstance(data, list):
        kind = type(data).__name__
        raise FreeExerciseDbError(
            origin, None, "(file)", f"expected a list of exercises, got {kind}"
        )
    entries = [_checked(origin, i, entry) for i, entry in enumerate(data)]
    unmapped: dict[str, set[str]] = {}
    exercises: list[Exercise] = []
    skipped: list[SkippedEntry] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        exercise, reason = _convert(entry, unmapped)
        if exercise is not None and exercise.id in seen:
            reason = f"id {exercise.id!r} repeats entry {seen[exercise.id]}"
            exercise = None
        if exercise is None:
            skipped.append(SkippedEntry(i, str(entry["name"]), reason))
            continue
        seen[exercise.id] = i
        exercises.append(exercise)
    return ParsedExercises(tuple(exercises), unmapped, tuple(skipped))


def fedb_id(their_id: str) -> str:
    """Our id for one of their ids: ``"3_4_Sit-Up"`` → ``"fedb-3-4-sit-up"``."""
    return ID_PREFIX + _NOT_ALNUM.sub("-", their_id.lower()).strip("-")


def _checked(origin: str, index: int, entry: object) -> Mapping[str, object]:
    """The entry, after checking the type of every field we read."""

    def fail(name: str, message: str) -> FreeExerciseDbError:
        return FreeExerciseDbError(origin, index, name, message)

    if not isinstance(entry, Mapping):
        raise fail("(entry)", f"expected an object, got {type(entry).__name__}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("name", "is missing or not text")
    if not isinstance(entry.get("id", name), str):
        raise fail("id", f"{entry.get('id')!r} is not text")
    for key in _TEXT_FIELDS:
        if not isinstance(entry.get(key), str | None):
            raise fail(key, f"{entry.get(key)!r} is not text or null")
    for key in _LIST_FIELDS:
        values = entry.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise fail(key, f"{values!r} is not a list of text")
    return entry


def _convert(
    entry: Mapping[str, object], unmapped: dict[str, set[str]]
) -> tuple[Exercise | None, str]:
    name = str(entry["name"]).strip()
    exercise_id = fedb_id(str(entry.get("id", name)))
    if exercise_id == ID_PREFIX:
        return None, "its id has no letters or digits"
    category = _text(entry, "category")
    primary, secondary = map_muscles(
        _texts(entry, "primaryMuscles"), _texts(entry, "secondaryMuscles"), unmapped
    )
    if not primary:
        return None, "none of its muscles has a match in our vocabulary"
    kind = map_kind(category, _text(entry, "force"), unmapped)
    exercise = Exercise(
        id=exercise_id,
        name=name,
        kind=kind,
        pattern=guess_pattern(name, kind, primary, unmapped),
        level=map_level(_text(entry, "level"), category, unmapped),
        dosage=DEFAULT_DOSAGE[kind],
        primary_muscles=primary,
        secondary_muscles=secondary,
        unilateral=guess_unilateral(name),
        equipment=map_equipment(_text(entry, "equipment"), unmapped),
        instructions=tuple(s.strip() for s in _texts(entry, "instructions") if s.strip()),
        safety_tags=guess_safety_tags(name, category),
        source=SOURCE,
    )
    return exercise, ""


def _text(entry: Mapping[str, object], key: str) -> str | None:
    value = entry.get(key)
    return value.strip().lower() if isinstance(value, str) else None


def _texts(entry: Mapping[str, object], key: str) -> list[str]:
    values = entry.get(key, [])
    return [str(v) for v in values] if isinstance(values, list) else []
