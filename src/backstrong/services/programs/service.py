"""Program use cases: the red-flag screen, building a plan, the plan in force, and the next
session from the person's own training history.

Exercises come in from the caller (the person's merged library, see ``services.exercises``).
A screen that finds warning signs is recorded and no plan is saved; a new plan replaces the
active one (the old one is kept, inactive), in one transaction. A kept plan can be made the
active one again: it then starts again from its first session, with loads from the log.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from backstrong.domain.accounts import User
from backstrong.domain.exercises.model import Exercise
from backstrong.domain.programs.generator import generate_plan
from backstrong.domain.programs.intake import Intake
from backstrong.domain.programs.plan import Plan
from backstrong.domain.programs.prescription import NextSession
from backstrong.domain.programs.progression import next_session
from backstrong.domain.programs.red_flags import ScreenResult, screen
from backstrong.domain.training.model import PainCheck, PerformedSet
from backstrong.domain.training.sessions import TrainingSession
from backstrong.services.ports.programs import ProgramSummary, Screening, StoredProgram
from backstrong.services.unit_of_work import UnitOfWork

# Convention: history from half a year before the plan began is enough to set loads; older
# sets say little about what a person lifts today.
HISTORY_LOOKBACK = timedelta(weeks=26)


class NoProgram(LookupError):
    """The person has not built a plan yet."""

    def __init__(self) -> None:
        super().__init__(
            "no plan yet: build one with `backstrong plan new` or on the web at /program/new"
        )


class ProgramNotFound(LookupError):
    """The person has no plan with this id (another person's plans count as none)."""

    def __init__(self, program_id: int) -> None:
        super().__init__(
            f"plan '{program_id}': you have no plan with this id; "
            "list yours with `backstrong plan list` or on the web at /program/history"
        )
        self.program_id = program_id


def _now() -> datetime:
    return datetime.now(UTC)


def _record(uow: UnitOfWork, user: User, result: ScreenResult, now: datetime | None) -> None:
    severity = result.severity.value if result.severity else ""
    flags = [f.slug for f in result.flags]
    uow.red_flag_screenings.add(user.id, flags, severity, now or _now())


def red_flag_screen(
    uow: UnitOfWork,
    user: User,
    answers: Mapping[str, bool] | Iterable[str],
    *,
    now: datetime | None = None,
) -> ScreenResult:
    """Judge the screen ({slug: yes?} or the slugs answered yes); warning signs are recorded.
    Raises IntakeError naming an unknown question."""
    result = screen(answers)
    if not result.clear:
        with uow:
            _record(uow, user, result, now)
            uow.commit()
    return result


def create_program(
    uow: UnitOfWork,
    user: User,
    exercises: Iterable[Exercise],
    intake: Intake,
    *,
    now: datetime | None = None,
) -> Plan | ScreenResult:
    """Build and keep a plan as the person's active one, or — when the intake carries warning
    signs — record the screen and return its advice (nothing else is saved)."""
    outcome = generate_plan(intake, exercises)
    with uow:
        if isinstance(outcome, ScreenResult):
            _record(uow, user, outcome, now)
        else:
            uow.programs.add_active(user.id, outcome, now or _now())
        uow.commit()
    return outcome


def find_program(uow: UnitOfWork, user: User) -> StoredProgram | None:
    with uow:
        return uow.programs.active(user.id)


def current_program(uow: UnitOfWork, user: User) -> StoredProgram:
    """The person's active plan; raises :class:`NoProgram` when there is none."""
    found = find_program(uow, user)
    if found is None:
        raise NoProgram()
    return found


def list_programs(uow: UnitOfWork, user: User) -> list[ProgramSummary]:
    """Every plan the person built: the active one first, then the newest first."""
    with uow:
        return uow.programs.list_for(user.id)


def get_program(uow: UnitOfWork, user: User, program_id: int) -> StoredProgram:
    """One of the person's plans, active or not; raises :class:`ProgramNotFound`."""
    with uow:
        found = uow.programs.get(user.id, program_id)
    if found is None:
        raise ProgramNotFound(program_id)
    return found


def use_program(
    uow: UnitOfWork, user: User, program_id: int, *, now: datetime | None = None
) -> tuple[StoredProgram, bool]:
    """Make one of the person's kept plans the active one again, starting again from its first
    session (the plan active before is kept, inactive). Returns the plan and whether anything
    changed: the active plan itself is left as it is. Raises :class:`ProgramNotFound`."""
    with uow:
        found = uow.programs.get(user.id, program_id)
        if found is None:
            raise ProgramNotFound(program_id)
        if found.active:
            return found, False
        started = now or _now()
        uow.programs.activate(user.id, program_id, started)
        uow.commit()
    return replace(found, active=True, started_at=started), True


def training_history(
    uow: UnitOfWork, user: User, since: datetime
) -> tuple[list[PerformedSet], list[PainCheck]]:
    """The person's logged sets (oldest first) and pain check-ins from ``since`` on, read
    through the training log's repository."""
    with uow:
        performed = uow.training.performed(user.id, since=since)
        # by calendar day first (a day either side of UTC), then to the minute
        sessions = uow.training.sessions(user.id, first=(since - timedelta(days=1)).date())
    sets = [s for s in performed if s.performed_at >= since]
    checks = [s.pain_check for s in sessions if s.started_at >= since and _has_pain(s)]
    return sets, checks


def _has_pain(session: TrainingSession) -> bool:
    return any(
        value is not None
        for value in (session.pain_before, session.pain_after, session.pain_next_morning)
    )


def next_up(
    uow: UnitOfWork,
    user: User,
    exercises: Iterable[Exercise],
    *,
    position: tuple[int, int] | None = None,
    today: date | None = None,
    history_before: date | None = None,
) -> NextSession:
    """The next session of the active plan (or the one at ``position`` = (week, index)),
    adjusted to every set the person logged. Raises NoProgram, or PlanDataError for a position
    outside the plan. With ``history_before``, sets from that day on are ignored, so the session
    being trained today stays the same while it is logged."""
    program = current_program(uow, user)
    sets, checks = training_history(uow, user, program.started_at - HISTORY_LOOKBACK)
    if history_before is not None:
        sets = [s for s in sets if s.performed_at.date() < history_before]
    catalogue = {e.id: e for e in exercises}
    return next_session(
        program.plan,
        sets,
        checks,
        catalogue,
        since=program.started_at,
        position=position,
        today=today or date.today(),
    )


def screenings(uow: UnitOfWork, user: User) -> list[Screening]:
    """Every red-flag screen of the person's that found warning signs, oldest first."""
    with uow:
        return uow.red_flag_screenings.list_for(user.id)
