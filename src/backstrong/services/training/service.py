"""The training log's use cases in one object, ``container.training``.

:class:`TrainingService` is a facade over a few collaborators, each in its own module: logging
sets (:mod:`.log`), sessions and pain check-ins (:mod:`.sessions`), the guided workout
(:mod:`.workout`), analytics behind their cache (:mod:`.stats`) and imports (:mod:`.imports`).
Every method takes the acting person first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, tzinfo
from typing import Any

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.model import Exercise
from backstrong.domain.training.imported import ParsedImport
from backstrong.domain.training.model import EntrySet
from backstrong.domain.training.one_rep_max import Formula
from backstrong.domain.training.one_rep_max_trend import TrendPoint
from backstrong.domain.training.pain_and_load import PainAndLoadDay
from backstrong.domain.training.records import ExerciseRecords
from backstrong.domain.training.sessions import LoggedSet, TrainingSession
from backstrong.domain.training.summary import SessionSummary
from backstrong.domain.training.volume import WeeklyVolume
from backstrong.domain.training.workout import Step
from backstrong.domain.units import MassUnit
from backstrong.services.clock import Clock
from backstrong.services.errors import NotFound
from backstrong.services.exercises import service as exercises
from backstrong.services.exercises.service import LibraryCache
from backstrong.services.ports.training import LogStamps, SessionWindow, SetFilter
from backstrong.services.training.imports import ImportPlan, ImportResult, Imports
from backstrong.services.training.log import SetLog, SetRequest
from backstrong.services.training.names import Candidate, candidates
from backstrong.services.training.pending import FileReader, ImportReview, PendingImports
from backstrong.services.training.progress import ExerciseProgress, exercise_progress
from backstrong.services.training.sessions import Sessions, SessionWithSets
from backstrong.services.training.stats import Stats, StatsCache, unit_of
from backstrong.services.training.workout import Foreseer, Prescriber, Workouts
from backstrong.services.unit_of_work import UnitOfWork, UowFactory


class TrainingService:
    """Sets, sessions, the guided workout, analytics and imports of each person's log."""

    def __init__(
        self,
        uow: UowFactory,
        clock: Clock,
        bundled: ExerciseLibrary,
        *,
        libraries: LibraryCache | None = None,
        stats: StatsCache | None = None,
        prescribe: Prescriber | None = None,
        foresee: Foreseer | None = None,
        read_file: FileReader | None = None,
        stamps: LogStamps | None = None,
    ) -> None:
        self._uow, self._clock, self._bundled, self._libraries = uow, clock, bundled, libraries
        self._sets = SetLog(uow, clock, self.library, stamps)
        self._sessions = Sessions(uow, clock)
        self._stats = Stats(uow, clock, self.library, stats)
        self._workouts = Workouts(
            uow, clock, self.library, self._sets, self._sessions, self._stats, prescribe, foresee
        )
        self._imports = Imports(uow, clock, self.library)
        self._pending = PendingImports(
            uow, clock, self.library, self._imports, read_file or _no_reader
        )
        # Use cases a collaborator answers as they are (same arguments), so written once, there:
        self.log_text = self._sets.log_text  # a line of text ("deadlift 3x12@60kg rpe8")
        self.workout = self._workouts.workout  # today's guided workout
        self.progress = self._stats.progress  # one exercise's best e1RM per training day
        self.dashboard = self._stats.dashboard  # records and weekly volume (the history page)
        self.prepare_import = self._imports.prepare  # what importing a parsed file would do

    def warm_up(self) -> None:
        """Do ahead what a process's first analytics answer would otherwise pay for."""
        self._stats.warm_up()

    def today(self, user: User) -> date:
        """The person's calendar day now (in their time zone)."""
        return self._clock.today(user)

    # -- the person's exercises ------------------------------------------------------------------

    def library(self, user: User, uow: UnitOfWork | None = None) -> ExerciseLibrary:
        """The bundled library plus the person's own exercises (read in ``uow`` when given)."""
        return exercises.library_for(uow or self._uow(), user, self._bundled, self._libraries)

    def candidates(self, user: User, text: str) -> list[Candidate]:
        """The exercises ``text`` may name, best first (empty when nothing is close)."""
        return candidates(self.library(user), text)

    def exercise(self, user: User, exercise_id: str) -> Exercise:
        """One exercise of the person's library (NotFound otherwise)."""
        found = self.library(user).find(exercise_id)
        if found is None:
            raise NotFound("exercise", exercise_id)
        return found

    def exercises_named(self, user: User, names: Sequence[str]) -> tuple[list[str], list[str]]:
        """Each typed name's best match: (exercise ids, the names nothing matched)."""
        library, ids, unknown = self.library(user), [], []
        for name in (n.strip() for n in names):
            found = candidates(library, name, limit=1) if name else []
            if found:
                ids.append(found[0].exercise_id)
            elif name:
                unknown.append(name)
        return ids, unknown

    def names(self, user: User) -> dict[str, str]:
        """Exercise id → name, for showing sets."""
        return {exercise.id: exercise.name for exercise in self.library(user)}

    # -- sets --------------------------------------------------------------------------------------

    def record_set(self, user: User, request: SetRequest) -> tuple[LoggedSet, bool]:
        """Store one set under the client's id; (set, False) when it is a repeat."""
        return self._sets.record_set(user, request)

    def get_set(self, user: User, set_id: str) -> LoggedSet:
        return self._sets.get_set(user, set_id)

    def delete_set(self, user: User, set_id: str) -> None:
        self._sets.delete_set(user, set_id)

    def history(self, user: User, where: SetFilter = SetFilter()) -> list[LoggedSet]:
        return self._sets.history(user, where)

    def log_revision(self, user: User) -> tuple[int, int]:
        """(sets, highest set id): changes with every write of the person's sets."""
        return self._sets.log_revision(user)

    def known_log_revision(self, user: User) -> tuple[int, int] | None:
        """:meth:`log_revision` when it costs one stored row, else None."""
        return self._sets.known_log_revision(user)

    def history_page(self, user: User, where: SetFilter) -> tuple[list[LoggedSet], bool]:
        """A page of sets (newest first when asked) and whether more follow."""
        return self._sets.history_page(user, where)

    # -- sessions ----------------------------------------------------------------------------------

    def create_session(self, user: User, session: TrainingSession) -> tuple[TrainingSession, bool]:
        return self._sessions.create(user, session)

    def get_session(self, user: User, session_id: str) -> SessionWithSets:
        return self._sessions.get(user, session_id)

    def update_session(
        self, user: User, session_id: str, changes: Mapping[str, Any]
    ) -> tuple[TrainingSession, int]:
        return self._sessions.update(user, session_id, changes)

    def delete_session(self, user: User, session_id: str) -> None:
        self._sessions.delete(user, session_id)

    def list_sessions(
        self, user: User, *, first: date | None = None, last: date | None = None
    ) -> list[tuple[TrainingSession, int]]:
        return self._sessions.with_counts(user, first=first, last=last)

    def session_page(
        self, user: User, where: SessionWindow
    ) -> tuple[list[tuple[TrainingSession, int]], int]:
        """A page of sessions (newest first) with their set counts, and the number of matches."""
        return self._sessions.page(user, where)

    def sessions_between(self, user: User, first: date, last: date) -> list[SessionWithSets]:
        return self._sessions.month(user, first, last)

    def all_with_sets(self, user: User) -> list[SessionWithSets]:
        return self._sessions.all_with_sets(user)

    def check_in_pain(
        self, user: User, field: str, pain: int, session_id: str | None = None
    ) -> TrainingSession:
        """Back pain before, after or the morning after (0–10), into today's session by default."""
        return self._sessions.check_in_pain(user, field, pain, session_id)

    def open_session(self, user: User) -> TrainingSession:
        return self._sessions.open(user)

    # -- the guided workout ------------------------------------------------------------------------

    def log_step(
        self, user: User, step: Step, done: EntrySet | None = None, session_id: str | None = None
    ) -> LoggedSet:
        return self._workouts.log_step(user, step, done, session_id)

    def session_summary(self, user: User, session_id: str) -> SessionSummary:
        return self._workouts.summary(user, session_id)

    # -- analytics ---------------------------------------------------------------------------------

    def records(
        self, user: User, *, unit: str | None = None, formula: Formula = Formula.EPLEY
    ) -> dict[str, ExerciseRecords]:
        return self._stats.records(user, unit=unit, formula=formula)

    def records_report(
        self, user: User, *, unit: str | None = None, formula: Formula = Formula.EPLEY
    ) -> list[dict[str, Any]]:
        """Records as the API and ``--json`` show them (cached with the records)."""
        return self._stats.records_report(user, unit=unit, formula=formula)

    def trend(
        self, user: User, *, unit: str | None = None, formula: Formula = Formula.EPLEY
    ) -> dict[str, tuple[TrendPoint, ...]]:
        return self._stats.trend(user, unit=unit, formula=formula)

    def exercise_progress(
        self,
        user: User,
        exercise_id: str,
        *,
        unit: str | None = None,
        formula: Formula = Formula.EPLEY,
    ) -> ExerciseProgress:
        """Every kind of progress for one exercise: e1RM lines, best set and volume, reps and
        hold-time trends (see ``progress.py``)."""
        sets = self._stats.performed_sets(user)
        return exercise_progress(sets, exercise_id, unit=unit_of(user, unit), formula=formula)

    def volume(
        self, user: User, *, unit: str | None = None, weeks: int | None = None
    ) -> WeeklyVolume:
        return self._stats.volume(user, unit=unit, weeks=weeks)

    def pain_and_load(self, user: User, *, unit: str | None = None) -> tuple[PainAndLoadDay, ...]:
        return self._stats.pain_and_load(user, unit=unit)

    # -- imports -----------------------------------------------------------------------------------

    def apply_import(
        self, user: User, plan: ImportPlan, *, zone: tzinfo | None = None
    ) -> ImportResult:
        return self._imports.apply(user, plan, zone=zone)

    def upload_import(
        self,
        user: User,
        text: str,
        file_format: str = "auto",
        unit: str | None = None,
        *,
        skip_invalid: bool = False,
    ) -> ImportReview:
        """Keep an uploaded export (its decoded text) for an hour and say what importing it would
        do, with close exercises for each name (FieldError for a bad file, format or unit)."""
        return self._pending.start(user, text, file_format, unit, skip_invalid)

    def pending_import(self, user: User, pending_id: str) -> ImportReview:
        """An upload waiting for its review (NotFound once applied, expired or not theirs)."""
        return self._pending.review(user, pending_id)

    def apply_pending_import(
        self, user: User, pending_id: str, choices: Mapping[str, str | None]
    ) -> ImportResult:
        """Import an upload with the person's matches, all or nothing."""
        return self._pending.apply(user, pending_id, choices)


def _no_reader(text: str, file_format: str, unit: MassUnit) -> ParsedImport:
    raise RuntimeError("TrainingService was built without a file reader for uploads")
