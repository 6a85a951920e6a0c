"""Exercise use cases: the library a person sees (bundled plus their own), search, custom
exercises and imports. Bundled exercises come in as an ``ExerciseLibrary``; the caller loads it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, MutableMapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Any

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.model import Exercise, Source
from backstrong.domain.exercises.search import Query, search
from backstrong.domain.exercises.validation import (
    ExerciseDataError,
    exercise_from_mapping,
    exercise_to_mapping,
)
from backstrong.services.unit_of_work import UnitOfWork

LibraryCache = MutableMapping[int, tuple[tuple[int, int], ExerciseLibrary]]
CUSTOM_SOURCE = "custom"


class ExerciseExists(ValueError):
    def __init__(self, exercise_id: str) -> None:
        super().__init__(f"id '{exercise_id}': an exercise with this id already exists")
        self.field = "id"
        self.exercise_id = exercise_id


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: tuple[str, ...]
    already_there: tuple[str, ...]
    unmapped: Mapping[str, AbstractSet[str]]
    rejected: tuple[tuple[str, str], ...] = ()  # (id, why) for entries that fail validation


def library_for(
    uow: UnitOfWork,
    user: User | None,
    bundled: ExerciseLibrary,
    cache: LibraryCache | None = None,
) -> ExerciseLibrary:
    """The bundled library plus the person's own exercises (theirs only)."""
    if user is None:
        return bundled
    with uow:
        revision = uow.custom_exercises.revision(user.id)
        if revision[0] == 0:
            return bundled
        cached = cache.get(user.id) if cache is not None else None
        if cached is not None and cached[0] == revision:
            return cached[1]
        rows = uow.custom_exercises.list_for(user.id)
    library = bundled.merged(_from_rows(rows))
    if cache is not None:
        cache[user.id] = (revision, library)
    return library


def _from_rows(rows: Iterable[Mapping[str, Any]]) -> list[Exercise]:
    return [
        exercise_from_mapping(row, origin=f"stored exercise {row.get('id')!r}", bundled=False)
        for row in rows
    ]


def find(
    uow: UnitOfWork,
    user: User | None,
    bundled: ExerciseLibrary,
    query: Query,
    cache: LibraryCache | None = None,
) -> list[Exercise]:
    """Filters and fuzzy search; raises UnknownVocabulary naming the closest valid names."""
    return search(library_for(uow, user, bundled, cache), query)


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:100] or "exercise"


def add_custom(
    uow: UnitOfWork,
    user: User,
    bundled: ExerciseLibrary,
    data: Mapping[str, Any],
    cache: LibraryCache | None = None,
) -> Exercise:
    """Validate and store a person's own exercise; its links must point at known exercises."""
    fields = dict(data)
    fields.setdefault("id", slugify(str(fields.get("name", ""))))
    fields["source"] = {"name": CUSTOM_SOURCE}
    exercise = exercise_from_mapping(fields, origin="custom exercise", bundled=False)
    library = library_for(uow, user, bundled, cache)
    if exercise.id in library:
        raise ExerciseExists(exercise.id)
    for field in ("easier", "harder"):
        for linked in getattr(exercise, field):
            if linked not in library:
                raise ExerciseDataError(
                    "custom exercise", field, f"'{linked}' is not an exercise in your library"
                )
    with uow:
        uow.custom_exercises.add(user.id, exercise.id, CUSTOM_SOURCE, exercise_to_mapping(exercise))
        uow.commit()
    return exercise


def import_exercises(
    uow: UnitOfWork,
    user: User,
    bundled: ExerciseLibrary,
    exercises: Iterable[Exercise],
    source: Source,
    unmapped: Mapping[str, AbstractSet[str]] | None = None,
) -> ImportReport:
    """Store imported exercises in one transaction; entries already there are left alone."""
    added: list[str] = []
    already: list[str] = []
    rejected: list[tuple[str, str]] = []
    with uow:
        existing = uow.custom_exercises.ids_for(user.id) | set(bundled.ids)
        for exercise in exercises:
            if exercise.id in existing:
                already.append(exercise.id)
                continue
            data = exercise_to_mapping(replace(exercise, source=source))
            try:  # store only what will load again
                exercise_from_mapping(data, origin=exercise.id, bundled=False)
            except ExerciseDataError as exc:
                rejected.append((exercise.id, str(exc)))
                continue
            uow.custom_exercises.add(user.id, exercise.id, source.name, data)
            existing.add(exercise.id)
            added.append(exercise.id)
        uow.commit()
    return ImportReport(tuple(added), tuple(already), dict(unmapped or {}), tuple(rejected))
