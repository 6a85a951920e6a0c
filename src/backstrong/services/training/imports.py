"""Importing workouts from Strong, Hevy or the generic CSV, in two steps the person can review.

:meth:`Imports.prepare` reads nothing from disk (the entrypoint parses the file with
``adapters.files.training``): it refuses files with unreadable rows unless asked to skip them,
maps exercise names to the library, plans a custom exercise for each name that matches nothing,
and counts what is new. :meth:`Imports.apply` stores it all in one transaction — custom
exercises, sessions and sets — or nothing. Each set keeps its dedup key, so importing the same
file again adds nothing. Times without an offset are the person's own (their time zone).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.validation import exercise_from_mapping
from backstrong.domain.exercises.vocabulary import EQUIPMENT
from backstrong.domain.training.imported import (
    ImportedSet,
    ImportedWorkout,
    ImportRejected,
    ParsedImport,
    RowError,
)
from backstrong.domain.training.imported_exercise import custom_exercise_data, guess_for
from backstrong.domain.training.name_mapping import NameMapping, NameMatch, map_exercise_names
from backstrong.domain.training.pending import NEW_EXERCISE
from backstrong.domain.training.resolution import ResolvedName
from backstrong.domain.training.sessions import MAX_FUTURE, LoggedSet, TrainingSession, new_id
from backstrong.services.clock import Clock
from backstrong.services.exercises import service as exercises
from backstrong.services.training.log import LibraryOf, retried
from backstrong.services.training.names import FULL_SCORE, resolver
from backstrong.services.unit_of_work import UnitOfWork, UowFactory

IMPORT_SOURCE = "import"  # the source name of custom exercises an import creates
MAX_TITLE_LENGTH = 200  # the sessions table keeps titles this long


@dataclass(frozen=True, slots=True)
class PlannedExercise:
    imported_name: str
    exercise_id: str
    guessed_from: str  # "name", "closest: <id>" or "fallback"
    data: dict[str, object]


@dataclass(frozen=True, slots=True)
class ImportPlan:
    source: str
    workouts: tuple[ImportedWorkout, ...]
    mapping: NameMapping
    new_exercises: tuple[PlannedExercise, ...]
    new_sets: int
    duplicate_sets: int
    skipped_rows: tuple[RowError, ...]  # unreadable rows left out (only with skip_invalid)
    warnings: tuple[RowError, ...]
    keyed: tuple[tuple[tuple[str, ImportedSet], ...], ...] = ()  # each workout's keyed sets

    def keyed_workouts(
        self,
    ) -> Iterator[tuple[ImportedWorkout, tuple[tuple[str, ImportedSet], ...]]]:
        """Each workout with its sets' dedup keys (worked out once, when the plan was made)."""
        if len(self.keyed) != len(self.workouts):
            return ((w, w.keyed_sets()) for w in self.workouts)
        return zip(self.workouts, self.keyed, strict=True)

    def exercise_for(self) -> dict[str, str]:
        """Imported name → exercise id, the new custom exercises included."""
        ids = {name: id_ for name, id_ in self.mapping.as_dict().items() if id_ is not None}
        ids.update({new.imported_name: new.exercise_id for new in self.new_exercises})
        return ids


@dataclass(frozen=True, slots=True)
class ImportResult:
    sessions: int
    sets: int
    duplicates: int
    exercises_created: tuple[str, ...]


def _aware(when: datetime, zone: tzinfo | None) -> datetime:
    if when.tzinfo is not None:
        return when
    return when.replace(tzinfo=zone) if zone is not None else when.astimezone()


def _future_errors(
    workouts: tuple[ImportedWorkout, ...], now: datetime, zone: tzinfo | None
) -> list[RowError]:
    errors = []
    for workout in workouts:
        if _aware(workout.start, zone) - now > MAX_FUTURE and workout.sets:
            errors.append(
                RowError(
                    workout.sets[0].source_row,
                    "date",
                    workout.start.isoformat(sep=" ", timespec="minutes"),
                    "more than a day in the future",
                )
            )
    return errors


class Imports:
    """The import's two steps: what it would do, then doing it."""

    def __init__(self, uow: UowFactory, clock: Clock, library: LibraryOf) -> None:
        self._uow, self._clock, self._library = uow, clock, library

    def _zone(self, user: User) -> tzinfo | None:
        """The person's time zone; None: the server's, with its offset on each date (DST)."""
        return self._clock.zone(user) if user.time_zone else None

    def prepare(
        self,
        user: User,
        parsed: ParsedImport,
        *,
        skip_invalid: bool = False,
        zone: tzinfo | None = None,
        choices: Mapping[str, str | None] | None = None,
    ) -> ImportPlan:
        """What the import would do; raises :class:`ImportRejected` naming every bad row.

        ``choices`` are the person's answers to the review: imported name → exercise id of
        their library, or None for "create it as my own exercise"."""
        zone = zone or self._zone(user)
        future = _future_errors(parsed.workouts, self._clock.now(), zone)
        errors = tuple(sorted((*parsed.errors, *future), key=lambda e: e.row_number))
        if errors and not skip_invalid:
            raise ImportRejected(errors)
        late = {error.row_number for error in future}
        workouts = tuple(
            w for w in parsed.workouts if not w.sets or w.sets[0].source_row not in late
        )
        library = self._library(user)
        names = (s.exercise_name for w in workouts for s in w.sets)
        mapping = map_exercise_names(names, resolver(library))
        if choices:
            mapping = mapping.with_choices(_resolved(choices, library))
        with self._uow() as uow:
            known = uow.training.import_keys(user.id)
        keyed = tuple(w.keyed_sets() for w in workouts)
        keys = [key for sets in keyed for key, _ in sets]
        fresh = sum(1 for key in keys if key not in known)
        return ImportPlan(
            parsed.source,
            workouts,
            mapping,
            _plan_exercises(mapping.unmatched, library),
            fresh,
            len(keys) - fresh,
            errors,
            parsed.warnings,
            keyed,
        )

    def apply(self, user: User, plan: ImportPlan, *, zone: tzinfo | None = None) -> ImportResult:
        """Store the plan in one transaction; sets already imported are left out again (also
        when another import of the same file raced this one: it runs again)."""
        return retried(lambda: self._apply(user, plan, zone))

    def _apply(self, user: User, plan: ImportPlan, zone: tzinfo | None) -> ImportResult:
        with self._uow() as uow:
            existing_ids = uow.custom_exercises.ids_for(user.id)
            created = []
            for new in plan.new_exercises:
                if new.exercise_id not in existing_ids:
                    uow.custom_exercises.add(user.id, new.exercise_id, IMPORT_SOURCE, new.data)
                    created.append(new.exercise_id)
            writer = _Writer(uow, user, plan.exercise_for(), zone or self._zone(user))
            for workout, keyed in plan.keyed_workouts():
                writer.add(workout, keyed)
            uow.training.add_sessions(user.id, writer.new_sessions)
            uow.training.add_sets(user.id, writer.sets)
            uow.commit()
        return ImportResult(
            writer.sessions_added, len(writer.sets), writer.duplicates, tuple(created)
        )


def _resolved(
    choices: Mapping[str, str | None], library: ExerciseLibrary
) -> dict[str, ResolvedName | None]:
    resolved: dict[str, ResolvedName | None] = {}
    for name, exercise_id in choices.items():
        if exercise_id is None:
            resolved[name] = None
            continue
        found = library.find(exercise_id)
        if found is None:
            accepted = f"must be the id of an exercise in your library, or '{NEW_EXERCISE}'"
            raise FieldError(f"match for '{name}'", exercise_id, accepted)
        resolved[name] = ResolvedName(found.id, found.name, FULL_SCORE)
    return resolved


def _plan_exercises(
    unmatched: tuple[NameMatch, ...], library: ExerciseLibrary
) -> tuple[PlannedExercise, ...]:
    taken = set(library.ids)
    planned = []
    for entry in unmatched:
        exercise_id = _free_id(exercises.slugify(entry.custom_name), taken)
        taken.add(exercise_id)
        closest = None if entry.best.exercise_id is None else library.find(entry.best.exercise_id)
        guess, source = guess_for(entry.custom_name, closest)
        hint = (entry.equipment_hint or "").replace(" ", "-")
        equipment = (hint,) if hint in EQUIPMENT else ()
        data = custom_exercise_data(exercise_id, entry.custom_name, guess, equipment, IMPORT_SOURCE)
        exercise_from_mapping(
            data, origin=f"imported exercise '{entry.custom_name}'", bundled=False
        )
        planned.append(PlannedExercise(entry.imported_name, exercise_id, source, data))
    return tuple(planned)


def _free_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base[:95]}-{n}", n + 1
    return candidate


class _Writer:
    """Turns workouts into sessions and sets, leaving out sets whose dedup key is stored."""

    def __init__(
        self, uow: UnitOfWork, user: User, exercise_for: dict[str, str], zone: tzinfo | None
    ) -> None:
        self.uow, self.user, self.exercise_for, self.zone = uow, user, exercise_for, zone
        self.known = uow.training.import_keys(user.id)
        self.sessions = {(s.started_at, s.title): s for s in uow.training.sessions(user.id)}
        self.sets: list[LoggedSet] = []
        self.new_sessions: list[TrainingSession] = []  # stored in one statement, before the sets
        self.next_position: dict[str, int] = {}  # session id → the position its next set takes
        self.duplicates = 0

    @property
    def sessions_added(self) -> int:
        return len(self.new_sessions)

    def add(self, workout: ImportedWorkout, keyed_sets: Iterable[tuple[str, ImportedSet]]) -> None:
        keyed = [(k, s) for k, s in keyed_sets if k not in self.known]
        self.duplicates += len(workout.sets) - len(keyed)
        if not keyed:
            return
        start = _aware(workout.start, self.zone)
        session, first = self._session(workout, start)
        self.next_position[session.id] = first + len(keyed)
        for offset, (key, imported) in enumerate(keyed):
            exercise_id = self.exercise_for[imported.exercise_name]
            performed = imported.to_performed_set(exercise_id, start)
            self.sets.append(
                LoggedSet(new_id(), session.id, first + offset, performed, imported.notes, key)
            )
            self.known.add(key)

    def _session(self, workout: ImportedWorkout, start: datetime) -> tuple[TrainingSession, int]:
        """The workout's session (made when new) and the position its next set takes."""
        title = workout.title[:MAX_TITLE_LENGTH]
        session = self.sessions.get((start, title))
        if session is not None:  # imported before, partly, or a title alike once cut: add to it
            first = self.next_position.get(session.id)
            if first is None:
                first = self.uow.training.next_position(self.user.id, session.id)
            return session, first
        session = _session_of(workout, start, title, self.zone)
        self.new_sessions.append(session)
        self.sessions[(start, title)] = session
        return session, 1


def _session_of(
    workout: ImportedWorkout, start: datetime, title: str, zone: tzinfo | None
) -> TrainingSession:
    end = None if workout.end is None else max(start, _aware(workout.end, zone))
    return TrainingSession(
        id=new_id(), started_at=start, ended_at=end, title=title, notes=workout.notes
    )
