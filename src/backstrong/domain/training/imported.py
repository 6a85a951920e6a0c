"""Workouts read from another app's export, before they are matched to exercises and stored.

Parsers (``backstrong.adapters.files.training``) produce :class:`ParsedImport`: workouts,
plus a :class:`RowError` for each row they could not read. The caller stores nothing when there are
errors unless the person chose to skip invalid rows (:func:`accepted_workouts`).

Each set has a stable :func:`dedup_key` — a hash of the workout's start, the exercise name as in the
file, the set order and the values — so importing the same export again adds nothing.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from backstrong.domain.errors import FieldError
from backstrong.domain.file_rows import RowProblem, refusal_message
from backstrong.domain.training.model import EntrySet, Load, PerformedSet, Side
from backstrong.domain.units import MassUnit


class SetKind(StrEnum):
    NORMAL = "normal"
    WARMUP = "warmup"
    DROPSET = "dropset"
    FAILURE = "failure"


@dataclass(frozen=True, slots=True)
class ImportedSet:
    exercise_name: str  # as written in the file, e.g. "Deadlift (Barbell)"
    order: int  # the set's number within its exercise, from 1
    source_row: int  # the file's row, header = 1
    reps: int | None = None
    load: Load | None = None  # None: body weight or no load
    seconds: float | None = None
    distance_m: float | None = None
    rpe: float | None = None
    rir: int | None = None
    side: Side | None = None
    kind: SetKind = SetKind.NORMAL
    notes: str = ""

    @property
    def warmup(self) -> bool:
        return self.kind is SetKind.WARMUP

    def to_performed_set(self, exercise_id: str, performed_at: datetime) -> PerformedSet:
        measured = EntrySet(
            reps=self.reps,
            hold_seconds=self.seconds,
            load=self.load,
            rpe=self.rpe,
            rir=self.rir,
            side=self.side,
            warmup=self.warmup,
        )
        return measured.to_performed_set(exercise_id, performed_at)


@dataclass(frozen=True, slots=True)
class ImportedWorkout:
    title: str
    start: datetime
    end: datetime | None = None
    notes: str = ""
    sets: tuple[ImportedSet, ...] = ()

    def keyed_sets(self) -> tuple[tuple[str, ImportedSet], ...]:
        """Each set with its dedup key; identical sets in one workout get distinct keys."""
        seen: Counter[str] = Counter()
        keyed = []
        for s in self.sets:
            base = _identity(self.start, s)
            keyed.append((_digest(base, seen[base]), s))
            seen[base] += 1
        return tuple(keyed)


RowError = RowProblem  # a row the parser could not read (the name importers and tests use)


@dataclass(frozen=True, slots=True)
class ParsedImport:
    source: str  # "strong", "strong-classic", "hevy" or "generic"
    workouts: tuple[ImportedWorkout, ...]
    errors: tuple[RowError, ...]
    assumed_unit: MassUnit | None = None  # the unit given to a file that names none, when used
    skipped_rows: int = 0  # rows that are not sets (Strong's rest timers, empty rows)
    warnings: tuple[RowError, ...] = ()  # read, but something was left out (a duration)

    @property
    def set_count(self) -> int:
        return sum(len(workout.sets) for workout in self.workouts)

    @property
    def exercise_names(self) -> tuple[str, ...]:
        """Every exercise name in the file, first appearance first."""
        names = dict.fromkeys(s.exercise_name for w in self.workouts for s in w.sets)
        return tuple(names)


class ImportRejected(FieldError):
    """The file has rows that could not be read and the person did not ask to skip them."""

    def __init__(self, errors: tuple[RowError, ...]) -> None:
        self.errors = errors
        accepted = "fix them, or import again skipping invalid rows"
        super().__init__("file", f"{len(errors)} unreadable row(s)", accepted)
        self.args = (refusal_message(errors, "invalid"),)


def accepted_workouts(parsed: ParsedImport, *, skip_invalid: bool) -> tuple[ImportedWorkout, ...]:
    """The workouts to store: all of them when the file is clean or ``skip_invalid`` is set."""
    if parsed.errors and not skip_invalid:
        raise ImportRejected(parsed.errors)
    return parsed.workouts


def dedup_key(start: datetime, imported: ImportedSet, occurrence: int = 0) -> str:
    """A stable hex key for one set; ``occurrence`` tells identical sets of one workout apart."""
    return _digest(_identity(start, imported), occurrence)


def _identity(start: datetime, s: ImportedSet) -> str:
    load = "" if s.load is None else f"{s.load.kg:.3f}"
    fields = (
        start.isoformat(timespec="seconds"),
        " ".join(s.exercise_name.casefold().split()),
        s.order,
        s.reps,
        load,
        s.seconds,
        s.distance_m,
        s.rpe,
        s.rir,
        s.side,
        s.kind.value,
    )
    return "|".join("" if value is None else str(value) for value in fields)


def _digest(identity: str, occurrence: int) -> str:
    return hashlib.sha256(f"{identity}|{occurrence}".encode()).hexdigest()[:32]
