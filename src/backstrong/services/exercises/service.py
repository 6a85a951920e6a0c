"""Exercise use cases: the library a person sees (bundled plus their own), search, one exercise and
its picture, custom exercises, imports and checking exercise files.

``ExercisesService`` is built once by ``bootstrap`` (``container.exercises``). The module function
:func:`library_for` stays callable for other features' services until they take the service."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary, UnknownExercise
from backstrong.domain.exercises.model import Exercise, Source
from backstrong.domain.exercises.search import Query, search
from backstrong.domain.exercises.validation import (
    ExerciseDataError,
    exercise_from_mapping,
    exercise_to_mapping,
)
from backstrong.services.errors import Conflict, NotFound
from backstrong.services.ports.exercises import (
    ExerciseFiles,
    FigureDrawer,
    ParsedExercises,
    SkippedEntry,
)
from backstrong.services.unit_of_work import UnitOfWork, UowFactory

LibraryCache = MutableMapping[int, tuple[tuple[int, int], ExerciseLibrary]]
CUSTOM_SOURCE = "custom"
FREE_EXERCISE_DB_SOURCE = Source(name="free-exercise-db", licence="Unlicense")


class ExerciseNotFound(NotFound):
    """No exercise in the person's library has this id; the message names the closest ids."""

    def __init__(self, unknown: UnknownExercise) -> None:
        # "exercise 'x' is not in the library (closest: ...)"
        super().__init__("exercise", unknown.exercise_id, str(unknown))
        self.suggestions = unknown.suggestions


class ExerciseExists(Conflict):
    def __init__(self, exercise_id: str) -> None:
        super().__init__(f"id '{exercise_id}': an exercise with this id already exists", "id")
        self.exercise_id = exercise_id


@dataclass(frozen=True, slots=True)
class ExerciseDetail:
    """One exercise with the easier and harder ones it links to (those in the library)."""

    exercise: Exercise
    easier: tuple[Exercise, ...]
    harder: tuple[Exercise, ...]


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: tuple[str, ...]
    already_there: tuple[str, ...]
    unmapped: Mapping[str, set[str]]
    rejected: tuple[tuple[str, str], ...] = ()  # (id, why) for entries that fail validation
    skipped: tuple[SkippedEntry, ...] = ()  # entries of the file that could not be converted

    @property
    def left_out(self) -> list[str]:
        """Every entry not imported, with why: skipped while reading, then refused on storing."""
        return [f"{s.name}: {s.reason}" for s in self.skipped] + [
            f"{exercise_id}: {why}" for exercise_id, why in self.rejected
        ]


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


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug[:100] or "exercise"


class ExercisesService:
    """The exercise library as each person sees it; anonymous visitors (``None``) see the
    bundled exercises only."""

    def __init__(
        self,
        uow: UowFactory,
        bundled: ExerciseLibrary,
        cache: LibraryCache,
        files: ExerciseFiles,
        draw_figure: FigureDrawer,
        bundled_revision: str = "bundled",
    ) -> None:
        self._uow = uow
        self._bundled_revision = bundled_revision
        self.bundled = bundled
        self._cache = cache
        self._files = files
        self._draw_figure = draw_figure

    def library_for(self, user: User | None) -> ExerciseLibrary:
        """The bundled library plus the person's own exercises, cached until theirs change."""
        return library_for(self._uow(), user, self.bundled, self._cache)

    def revision(self, user: User | None) -> str:
        """Names what ``library_for(user)`` holds: changes whenever the bundled files or the
        person's own exercises do (for ETags); people with no exercises of their own share it."""
        if user is None:
            return self._bundled_revision
        with self._uow() as uow:
            count, highest = uow.custom_exercises.revision(user.id)
        if count == 0:
            return self._bundled_revision
        return f"{self._bundled_revision}.{user.id}.{count}.{highest}"

    def search(self, user: User | None, query: Query) -> list[Exercise]:
        """Filters and fuzzy search; raises UnknownVocabulary naming the closest valid names."""
        return search(self.library_for(user), query)

    def get(self, user: User | None, exercise_id: str) -> Exercise:
        return _get(self.library_for(user), exercise_id)

    def detail(self, user: User | None, exercise_id: str) -> ExerciseDetail:
        library = self.library_for(user)
        exercise = _get(library, exercise_id)
        return ExerciseDetail(
            exercise,
            easier=tuple(library.get(i) for i in exercise.easier if i in library),
            harder=tuple(library.get(i) for i in exercise.harder if i in library),
        )

    def figure(self, user: User | None, exercise_id: str) -> str:
        """The exercise's start and end positions as an SVG stick figure."""
        return self._draw_figure(self.get(user, exercise_id))

    def create_custom(self, user: User, data: Mapping[str, Any]) -> Exercise:
        """Validate and store a person's own exercise; its links must point at known exercises."""
        fields = dict(data)
        fields.setdefault("id", slugify(str(fields.get("name", ""))))
        fields["source"] = {"name": CUSTOM_SOURCE}
        exercise = exercise_from_mapping(fields, origin="custom exercise", bundled=False)
        library = self.library_for(user)
        if exercise.id in library:
            raise ExerciseExists(exercise.id)
        for field in ("easier", "harder"):
            for linked in getattr(exercise, field):
                if linked not in library:
                    message = f"'{linked}' is not an exercise in your library"
                    raise ExerciseDataError("custom exercise", field, message, linked)
        with self._uow() as uow:
            data = exercise_to_mapping(exercise)
            uow.custom_exercises.add(user.id, exercise.id, CUSTOM_SOURCE, data)
            uow.commit()
        return exercise

    def import_free_exercise_db(self, user: User, path: Path) -> ImportReport:
        """Add the exercises of a free-exercise-db ``exercises.json`` to the person's library."""
        parsed = self._files.read_free_exercise_db(path)
        return self.import_exercises(user, parsed, FREE_EXERCISE_DB_SOURCE)

    def import_exercises(self, user: User, parsed: ParsedExercises, source: Source) -> ImportReport:
        """Store imported exercises in one transaction; entries already there are left alone."""
        added: list[str] = []
        already: list[str] = []
        rejected: list[tuple[str, str]] = []
        with self._uow() as uow:
            existing = uow.custom_exercises.ids_for(user.id) | set(self.bundled.ids)
            for exercise in parsed.exercises:
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
        return ImportReport(
            tuple(added), tuple(already), dict(parsed.unmapped), tuple(rejected), parsed.skipped
        )

    def validate(self, path: Path | None = None) -> list[str]:
        """Every problem in the exercise files at ``path`` (None: the bundled library)."""
        return self._files.problems_in(path)


def _get(library: ExerciseLibrary, exercise_id: str) -> Exercise:
    try:
        return library.get(exercise_id)
    except UnknownExercise as unknown:
        raise ExerciseNotFound(unknown) from None
