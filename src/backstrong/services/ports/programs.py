"""What the program use cases need from storage: the person's plans, the red-flag screenings that
stopped one, and their training history (read from the training log). Every method takes the
owner's id and never sees another person's rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from backstrong.domain.programs.plan import Plan
from backstrong.domain.training.model import PainCheck, PerformedSet


@dataclass(frozen=True, slots=True)
class StoredProgram:
    """A plan as kept for its owner: ``created_at`` (UTC) is when it started."""

    plan: Plan
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Screening:
    """A red-flag screen that found warning signs (slugs) and its worst severity."""

    flags: tuple[str, ...]
    severity: str
    created_at: datetime


class ProgramRepository(Protocol):
    def add_active(self, user_id: int, plan: Plan, created_at: datetime) -> None:
        """Store ``plan`` as the person's active plan; the one active before is kept, inactive."""
        ...

    def active(self, user_id: int) -> StoredProgram | None: ...

    def count(self, user_id: int) -> int:
        """Every plan the person built, active or not."""
        ...


class RedFlagScreeningRepository(Protocol):
    def add(self, user_id: int, flags: Sequence[str], severity: str, at: datetime) -> None: ...

    def list_for(self, user_id: int) -> list[Screening]:
        """Oldest first."""
        ...


class TrainingHistory(Protocol):
    def history_for(
        self, user_id: int, since: datetime | None = None
    ) -> tuple[list[PerformedSet], list[PainCheck]]:
        """Every logged set (oldest first) and every session's pain check-in, from ``since``
        on (all when None); times carry the UTC offset they were logged in."""
        ...
