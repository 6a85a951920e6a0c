"""Program use cases, one object (``container.programs``): the red-flag screen, building a plan
(screen → intake → plan, for every interface), the plans a person kept, the next session from
their training history and the notes due with it, today's workout, handout and calendar.

A screen that finds warning signs is recorded and no plan is saved; a new plan replaces the
active one (the old one is kept, inactive), in one transaction. A kept plan can be made the
active one again: it then starts again from its first session, with loads from the log.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.education import (
    NOTES,
    EducationNote,
    due_notes,
    plan_notes_in_order,
)
from backstrong.domain.programs.errors import IntakeError, PlanDataError
from backstrong.domain.programs.generator import generate_plan
from backstrong.domain.programs.intake import ADULT_AGE
from backstrong.domain.programs.prescription import NextSession
from backstrong.domain.programs.progression import next_session
from backstrong.domain.programs.red_flags import DerivedFlag, ScreenResult, screen
from backstrong.domain.programs.screening import derived_flags
from backstrong.domain.training.model import PainCheck, PerformedSet
from backstrong.domain.training.sessions import TrainingSession
from backstrong.domain.training.workout import NextTime, PlannedExercise
from backstrong.services.clock import Clock
from backstrong.services.ports.programs import (
    LibraryFor,
    PlanDocuments,
    ProgramSummary,
    Screening,
    StoredProgram,
)
from backstrong.services.programs.errors import (
    IntakeRefused,
    NoProgram,
    ProgramNotFound,
    SessionNotFound,
)
from backstrong.services.programs.favourites import FavouriteMatch, match_favourite
from backstrong.services.programs.mapping import read_answers, with_content_id
from backstrong.services.programs.sessions import next_monday, next_times, planned_from
from backstrong.services.unit_of_work import UnitOfWork, UowFactory, fetch_or_raise

# Convention: half a year of history before the plan sets loads; older sets say little today.
HISTORY_LOOKBACK = timedelta(weeks=26)

PlanOutcome = ScreenResult | StoredProgram  # the screen's advice (nothing saved), or the plan


@dataclass(frozen=True, slots=True)
class PlanView:
    """A plan with what it takes to show it: the person's library (names, one-sided doses) and,
    for the active plan, the session up next (or the one asked for), adjusted to the log."""

    program: StoredProgram
    library: ExerciseLibrary
    upcoming: NextSession | None = None
    notes: tuple[EducationNote, ...] = ()  # education notes shown now, for the first time


@dataclass(frozen=True, slots=True)
class NoteRead:
    """An education note and when the person was first shown it (None: not yet)."""

    note: EducationNote
    seen_at: datetime | None


@dataclass(frozen=True, slots=True)
class Handout:
    week: int  # 1-based
    pdf: bytes


@dataclass(frozen=True, slots=True)
class CalendarFile:
    start: date
    sessions: int
    ics: bytes


class ProgramsService:
    def __init__(
        self, uow: UowFactory, clock: Clock, library_for: LibraryFor, documents: PlanDocuments
    ) -> None:
        self._uow, self._clock = uow, clock
        self._library_for, self._documents = library_for, documents

    # -- building a plan ---------------------------------------------------------------------

    def screen(self, user: User, answers: Mapping[str, bool] | Iterable[str]) -> ScreenResult:
        """Judge the red-flag screen ({slug: yes?} or the slugs answered yes); warning signs are
        recorded. Raises a FieldError naming an unknown question."""
        result = self._judge(answers)
        if not result.clear:
            with self._uow() as uow:
                self._record(uow, user, result)
                uow.commit()
        return result

    def create_plan(
        self,
        user: User,
        intake: Mapping[str, Any],
        red_flags: Mapping[str, bool] | Iterable[str] = (),
    ) -> PlanOutcome:
        """The one way to a plan: the screen of the answers and of the whole intake (flags the
        intake answers by itself, the inflammatory pattern, the age limit: warning signs are
        recorded and end it with the advice), then the plan, with first loads from the
        calibration and the person's log, kept as their active one. A refused value is a
        FieldError; answers alone that stop the plan do so before the intake is read."""
        result = self.screen(user, red_flags)
        if not result.clear:
            return result
        yes = sorted(_answered_yes(red_flags))
        checked = read_answers({**intake, "red_flags": yes})
        now = self._clock.now()
        sets, _ = self.training_history(user, now - HISTORY_LOOKBACK)
        outcome = generate_plan(checked, self._library_for(user), history=sets)
        with self._uow() as uow:
            if isinstance(outcome, ScreenResult):
                self._record(uow, user, outcome)
                uow.commit()
                return outcome
            plan = with_content_id(outcome)
            program_id = uow.programs.add_active(user.id, plan, now)
            uow.commit()
        return StoredProgram(program_id, plan, now, now, True)

    def derived_flags(self, user: User, intake: Mapping[str, Any]) -> tuple[DerivedFlag, ...]:
        """The warning signs the intake answers by itself (and why), so an interface can ask
        about them before the plan is built; nothing is recorded. Raises a FieldError for a
        refused value."""
        checked = read_answers({**intake, "red_flags": []})
        if checked.age < ADULT_AGE:  # the young-person outcome answers instead
            return ()
        return tuple(d for d in derived_flags(checked) if d.slug not in checked.not_applicable)

    def match_favourites(self, user: User, names: Iterable[str]) -> list[FavouriteMatch]:
        """What each favourite typed in words matched in the person's library, best first
        (names left blank are skipped)."""
        library = self._library_for(user)
        return [match_favourite(library, name) for name in names if name.strip()]

    def exercise_names(self, user: User) -> list[str]:
        """Every exercise name in the person's library, for suggestions as they type."""
        return sorted({e.name for e in self._library_for(user)}, key=str.casefold)

    # -- the plans kept ----------------------------------------------------------------------

    def active(self, user: User) -> StoredProgram | None:
        with self._uow() as uow:
            return uow.programs.active(user.id)

    def current(self, user: User) -> StoredProgram:
        """The person's active plan; raises :class:`NoProgram` when there is none."""
        found = self.active(user)
        if found is None:
            raise NoProgram()
        return found

    def get(self, user: User, program_id: int) -> StoredProgram:
        """One of the person's plans, active or not; raises :class:`ProgramNotFound`."""
        return fetch_or_raise(
            self._uow(),
            lambda uow: uow.programs.get(user.id, program_id),
            ProgramNotFound(program_id),
        )

    def plan(self, user: User, program_id: int | None = None) -> StoredProgram:
        """The active plan, or one kept before when ``program_id`` is given."""
        return self.current(user) if program_id is None else self.get(user, program_id)

    def plans(self, user: User) -> list[ProgramSummary]:
        """Every plan the person built: the active one first, then the newest first."""
        with self._uow() as uow:
            return uow.programs.list_for(user.id)

    def use(self, user: User, program_id: int) -> tuple[StoredProgram, bool]:
        """Make one of the person's kept plans the active one again, starting again from its
        first session (the plan active before is kept, inactive). Returns the plan and whether
        anything changed: the active plan itself is left as it is."""
        with self._uow() as uow:
            found = uow.programs.get(user.id, program_id)
            if found is None:
                raise ProgramNotFound(program_id)
            if found.active:
                return found, False
            started = self._clock.now()
            uow.programs.activate(user.id, program_id, started)
            uow.commit()
        return replace(found, active=True, started_at=started), True

    def screenings(self, user: User) -> list[Screening]:
        """Every red-flag screen of the person's that found warning signs, oldest first."""
        with self._uow() as uow:
            return uow.red_flag_screenings.list_for(user.id)

    # -- views of a plan ---------------------------------------------------------------------

    def view(self, user: User, program_id: int | None = None) -> PlanView:
        """The active plan, or one kept before when ``program_id`` is given, as it was built
        (nothing adjusted). Raises NoProgram or ProgramNotFound."""
        return PlanView(self.plan(user, program_id), self._library_for(user))

    def upcoming(self, user: User, position: tuple[int, int] | None = None) -> PlanView:
        """The active plan with its next session (or the one at ``position`` = (week, index)),
        adjusted to the log. For the next session, the education notes whose moment has come
        and that the person has not seen are given once, and remembered as seen. Raises
        NoProgram, or SessionNotFound for a position outside it."""
        program = self.current(user)
        library = self._library_for(user)
        upcoming = self._next(user, program, library, position)
        if position is not None:
            return PlanView(program, library, upcoming)
        with self._uow() as uow:
            seen = uow.programs.seen_notes(user.id)
            due = due_notes(program.plan.education, upcoming.week, upcoming.education, seen)
            if due:
                uow.programs.mark_seen(user.id, [n.id for n in due], self._clock.now())
                uow.commit()
        return PlanView(program, library, upcoming, due)

    def notes(self, user: User) -> list[NoteRead]:
        """The education notes of the active plan (every note without one), in the order they
        come up, with when the person first saw each."""
        found = self.active(user)
        listed = NOTES if found is None else plan_notes_in_order(found.plan.education)
        with self._uow() as uow:
            seen = uow.programs.seen_notes(user.id)
        return [NoteRead(note, seen.get(note.id)) for note in listed]

    def upcoming_week(self, user: User, week: int) -> list[NextSession | None]:
        """The active plan's sessions of ``week`` as they will be, adjusted to the log (loads,
        variants), for the sessions still to come; None for sessions already behind."""
        program = self.current(user)
        check_week(program, week)
        library = self._library_for(user)
        history = self.training_history(user, program.started_at - HISTORY_LOOKBACK)
        nxt = self._next(user, program, library, history=history)
        return [
            None
            if (week, s.index) < (nxt.week, nxt.index)
            else self._next(user, program, library, (week, s.index), history=history)
            for s in program.plan.weeks[week - 1].sessions
        ]

    def next_session(
        self,
        user: User,
        *,
        position: tuple[int, int] | None = None,
        today: date | None = None,
        history_before: date | None = None,
    ) -> NextSession:
        """The next session of the active plan (or the one at ``position`` = (week, index)),
        adjusted to every set the person logged. With ``history_before``, sets from that day on
        are ignored, so the session being trained today stays the same while it is logged."""
        program = self.current(user)
        library = self._library_for(user)
        return self._next(user, program, library, position, today, history_before)

    def training_history(
        self, user: User, since: datetime
    ) -> tuple[list[PerformedSet], list[PainCheck]]:
        """The person's logged sets (oldest first) and pain check-ins from ``since`` on, read
        through the training log's repository."""
        with self._uow() as uow:
            performed = uow.training.performed(user.id, since=since)
            # by calendar day first (a day either side of UTC), then to the minute
            sessions = uow.training.sessions(user.id, first=(since - timedelta(days=1)).date())
        sets = [s for s in performed if s.performed_at >= since]
        checks = [s.pain_check for s in sessions if s.started_at >= since and _has_pain(s)]
        return sets, checks

    # -- today's guided workout --------------------------------------------------------------

    def warnings_today(self, user: User) -> tuple[str, ...]:
        """Why today's session of the plan is careful (a flare-up, load waiting on pain)."""
        day = self._clock.today(user)
        found = self.active(user) and self.next_session(user, today=day, history_before=day)
        return found.warnings if found else ()

    def program_session(
        self,
        user: User,
        library: ExerciseLibrary,
        day: date,
        position: tuple[int, int] | None = None,
    ) -> tuple[PlannedExercise, ...]:
        """The active plan's session for ``day`` (its next one, or the one at ``position``) as
        the guided workout walks it (nothing when there is no plan); the training feature's
        workout asks for it. SessionNotFound for a position outside the plan."""
        program = self.active(user)
        if program is None:
            return ()
        upcoming = self._next(user, program, library, position, today=day, history_before=day)
        known = [e for e in upcoming.exercises if e.exercise_id in library]
        return tuple(planned_from(e, library) for e in known)

    def next_times(self, user: User, library: ExerciseLibrary) -> tuple[NextTime, ...]:
        """What changes next time: the plan's next session after everything logged so far."""
        program = self.active(user)
        return () if program is None else next_times(self._next(user, program, library), library)

    # -- exports -----------------------------------------------------------------------------

    def handout(self, user: User, week: int | None = None) -> Handout:
        """The active plan's handout (PDF) for ``week``, by default the week of the next
        session. Raises NoProgram, or a FieldError for a week outside the plan."""
        program = self.current(user)
        library = self._library_for(user)
        if week is None:
            week = self._next(user, program, library).week
        check_week(program, week)
        return Handout(week, self._documents.handout_pdf(program.plan, library, week))

    def calendar(self, user: User, start: date | None = None) -> CalendarFile:
        """Every session of the active plan as calendar events from ``start`` on, by default
        the person's next Monday."""
        program = self.current(user)
        first = start or next_monday(self._clock.today(user))
        library = self._library_for(user)
        ics = self._documents.calendar_ics(program.plan, library, first, self._clock.now())
        sessions = sum(len(w.sessions) for w in program.plan.weeks)
        return CalendarFile(first, sessions, ics)

    # -- helpers -----------------------------------------------------------------------------

    def _next(
        self,
        user: User,
        program: StoredProgram,
        library: ExerciseLibrary,
        position: tuple[int, int] | None = None,
        today: date | None = None,
        history_before: date | None = None,
        history: tuple[list[PerformedSet], list[PainCheck]] | None = None,
    ) -> NextSession:
        since = program.started_at - HISTORY_LOOKBACK
        sets, checks = history or self.training_history(user, since)
        if history_before is not None:
            sets = [s for s in sets if s.performed_at.date() < history_before]
        try:
            return next_session(
                program.plan,
                sets,
                checks,
                library,
                since=program.started_at,
                position=position,
                today=today or self._clock.today(user),
            )
        except PlanDataError as exc:
            if position is None:
                raise
            raise SessionNotFound(exc, *position) from exc

    def _judge(self, answers: Mapping[str, bool] | Iterable[str]) -> ScreenResult:
        try:
            return screen(answers)
        except IntakeError as exc:
            raise IntakeRefused(exc, {"red_flags": answers}) from exc

    def _record(self, uow: UnitOfWork, user: User, result: ScreenResult) -> None:
        severity = result.severity.value if result.severity else ""
        flags = [f.slug for f in result.flags]
        uow.red_flag_screenings.add(user.id, flags, severity, self._clock.now())


def check_week(program: StoredProgram, week: int) -> None:
    """A FieldError unless ``week`` is one of the plan's weeks."""
    if not 1 <= week <= len(program.plan.weeks):
        raise FieldError("week", week, f"accepted 1–{len(program.plan.weeks)}")


def _answered_yes(answers: Mapping[str, bool] | Iterable[str]) -> set[str]:
    if isinstance(answers, Mapping):
        return {slug for slug, yes in answers.items() if yes}
    return set(answers)


def _has_pain(session: TrainingSession) -> bool:
    pains = (session.pain_before, session.pain_after, session.pain_next_morning)
    return any(value is not None for value in pains)
