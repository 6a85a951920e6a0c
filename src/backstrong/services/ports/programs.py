"""What the program use cases need from outside: storage (the person's plans and the red-flag
screenings that stopped one; every method takes the owner's id and never sees another person's
rows), the person's exercise library, and the printable documents. The training history comes
from the training log's own repository (``uow.training``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from backstrong.domain.accounts import User
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.describe import intake_summary
from backstrong.domain.programs.intake import Intake
from backstrong.domain.programs.plan import Plan

LibraryFor = Callable[[User], ExerciseLibrary]
"""The person's exercise library: the bundled one plus their own exercises (exercises feature)."""


@dataclass(frozen=True, slots=True)
class StoredProgram:
    """A plan as kept for its owner. ``id`` names it among their plans; ``created_at`` is when it
    was built and ``started_at`` when it last became the active plan (progress counts from
    then); both UTC."""

    id: int
    plan: Plan
    created_at: datetime
    started_at: datetime
    active: bool


@dataclass(frozen=True, slots=True)
class ProgramSummary:
    """One of the person's plans as a list shows it: its intake, not its weeks."""

    id: int
    plan_id: str
    intake: Intake
    created_at: datetime
    started_at: datetime
    active: bool

    @property
    def summary(self) -> str:
        """The intake in one line: weeks, days, minutes, goal, equipment."""
        return intake_summary(self.intake)


@dataclass(frozen=True, slots=True)
class Screening:
    """A red-flag screen that found warning signs (slugs) and its worst severity."""

    flags: tuple[str, ...]
    severity: str
    created_at: datetime


class ProgramRepository(Protocol):
    def add_active(self, user_id: int, plan: Plan, created_at: datetime) -> int:
        """Store ``plan`` as the person's active plan (started now); the one active before is
        kept, inactive. Returns the new plan's id."""
        ...

    def active(self, user_id: int) -> StoredProgram | None: ...

    def get(self, user_id: int, program_id: int) -> StoredProgram | None: ...

    def list_for(self, user_id: int) -> list[ProgramSummary]:
        """Every plan the person built: the active one first, then the newest first."""
        ...

    def activate(self, user_id: int, program_id: int, started_at: datetime) -> bool:
        """Make one of the person's plans the active one again, starting at ``started_at``;
        False (and nothing changed) when they have no plan with that id."""
        ...

    def count(self, user_id: int) -> int:
        """Every plan the person built, active or not."""
        ...

    def restore(self, user_id: int, program: StoredProgram) -> None:
        """Keep a plan from a backup as it was (an active one replaces the active plan)."""
        ...

    def all_for(self, user_id: int) -> list[StoredProgram]:
        """Every plan of the person's, oldest first."""
        ...

    def seen_notes(self, user_id: int) -> dict[str, datetime]:
        """The education notes the person has been shown: {note id: when}."""
        ...

    def mark_seen(self, user_id: int, note_ids: Sequence[str], at: datetime) -> None:
        """Remember that the person has been shown these notes (already seen ones are kept)."""
        ...


class RedFlagScreeningRepository(Protocol):
    def add(self, user_id: int, flags: Sequence[str], severity: str, at: datetime) -> None: ...

    def list_for(self, user_id: int) -> list[Screening]:
        """Oldest first."""
        ...


class PlanDocuments(Protocol):
    """A plan as files to print or to put in a calendar."""

    def handout_pdf(self, plan: Plan, library: ExerciseLibrary, week: int) -> bytes:
        """Week ``week`` (1-based) as a printable handout with pictures."""
        ...

    def calendar_ics(
        self, plan: Plan, library: ExerciseLibrary, start: date, now: datetime
    ) -> bytes:
        """Every session as an all-day event from ``start`` on (iCalendar)."""
        ...
