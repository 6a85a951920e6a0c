"""In-memory fakes of the program ports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.programs.plan import Plan
from backstrong.services.ports.programs import (
    PlanDocuments,
    ProgramRepository,
    ProgramSummary,
    RedFlagScreeningRepository,
    Screening,
    StoredProgram,
)


class FakePrograms(ProgramRepository):
    def __init__(self) -> None:
        self.rows: list[tuple[int, StoredProgram]] = []  # (user, program)
        self.seen: dict[int, dict[str, datetime]] = {}

    def add_active(self, user_id: int, plan: Plan, created_at: datetime) -> int:
        self.rows = [(u, replace(p, active=p.active and u != user_id)) for u, p in self.rows]
        program_id = len(self.rows) + 1
        self.rows.append((user_id, StoredProgram(program_id, plan, created_at, created_at, True)))
        return program_id

    def active(self, user_id: int) -> StoredProgram | None:
        return next((p for u, p in self.rows if u == user_id and p.active), None)

    def get(self, user_id: int, program_id: int) -> StoredProgram | None:
        return next((p for u, p in self.rows if u == user_id and p.id == program_id), None)

    def list_for(self, user_id: int) -> list[ProgramSummary]:
        mine = sorted(
            (p for u, p in self.rows if u == user_id),
            key=lambda p: (not p.active, -p.created_at.timestamp(), -p.id),
        )
        return [
            ProgramSummary(p.id, p.plan.id, p.plan.intake, p.created_at, p.started_at, p.active)
            for p in mine
        ]

    def activate(self, user_id: int, program_id: int, started_at: datetime) -> bool:
        if self.get(user_id, program_id) is None:
            return False
        self.rows = [
            (u, p if u != user_id else replace(p, active=p.id == program_id)) for u, p in self.rows
        ]
        self.rows = [
            (u, replace(p, started_at=started_at) if u == user_id and p.id == program_id else p)
            for u, p in self.rows
        ]
        return True

    def count(self, user_id: int) -> int:
        return sum(1 for u, _ in self.rows if u == user_id)

    def restore(self, user_id: int, program: StoredProgram) -> None:
        if program.active:
            self.rows = [(u, replace(p, active=p.active and u != user_id)) for u, p in self.rows]
        self.rows.append((user_id, replace(program, id=len(self.rows) + 1)))

    def all_for(self, user_id: int) -> list[StoredProgram]:
        return [p for u, p in self.rows if u == user_id]

    def seen_notes(self, user_id: int) -> dict[str, datetime]:
        return dict(self.seen.get(user_id, {}))

    def mark_seen(self, user_id: int, note_ids: Sequence[str], at: datetime) -> None:
        mine = self.seen.setdefault(user_id, {})
        for note_id in note_ids:
            mine.setdefault(note_id, at)


class FakeScreenings(RedFlagScreeningRepository):
    def __init__(self) -> None:
        self.rows: list[tuple[int, Screening]] = []

    def add(self, user_id: int, flags: Sequence[str], severity: str, at: datetime) -> None:
        self.rows.append((user_id, Screening(tuple(flags), severity, at)))

    def list_for(self, user_id: int) -> list[Screening]:
        return [s for u, s in self.rows if u == user_id]


class FakePlanDocuments(PlanDocuments):
    """The plan's files as short bytes saying what was asked for (no reportlab, no icalendar)."""

    def handout_pdf(self, plan: Plan, library: ExerciseLibrary, week: int) -> bytes:
        return f"%PDF week {week}".encode()

    def calendar_ics(
        self, plan: Plan, library: ExerciseLibrary, start: date, now: datetime
    ) -> bytes:
        return f"BEGIN:VCALENDAR {start.isoformat()}".encode()
