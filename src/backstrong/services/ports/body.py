"""What the body-weight use cases need from storage."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from backstrong.domain.body.trend import WeightEntry


@dataclass(frozen=True, slots=True)
class LoggedWeight:
    """A weigh-in as stored: its id and the entry (``entry.at`` is a timezone-aware datetime)."""

    id: int
    entry: WeightEntry


class WeightEntryRepository(Protocol):
    def add(self, user_id: int, entry: WeightEntry) -> LoggedWeight: ...

    def get(self, user_id: int, entry_id: int) -> LoggedWeight | None: ...

    def list_for(self, user_id: int) -> list[LoggedWeight]:
        """Every weigh-in, oldest first."""
        ...

    def latest(self, user_id: int) -> LoggedWeight | None: ...

    def replace(self, user_id: int, entry_id: int, entry: WeightEntry) -> LoggedWeight | None: ...

    def delete(self, user_id: int, entry_id: int) -> bool: ...

    def moments(self, user_id: int) -> list[datetime]:
        """When each weigh-in was taken (to skip duplicates on import)."""
        ...

    def add_many(self, user_id: int, entries: Iterable[WeightEntry]) -> int:
        """Store many weigh-ins at once; returns how many."""
        ...
