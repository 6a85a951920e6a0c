"""In-memory form checks and reference reps for service tests."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import count
from typing import Any

from backstrong.domain.form import Reference
from backstrong.services.ports.form import FormCheckRepository, NewFormCheck, StoredFormCheck

_Row = tuple[int, StoredFormCheck, dict[str, Any]]  # (owner, the check, its landmarks document)


class FakeFormChecks(FormCheckRepository):
    def __init__(self) -> None:
        self._ids = count(1)
        self.rows: dict[int, _Row] = {}
        self.refs: dict[tuple[int, str], Reference] = {}

    def add(self, user_id: int, check: NewFormCheck) -> StoredFormCheck:
        stored = StoredFormCheck(
            next(self._ids), check.exercise, check.created_at, check.analysis, check.set_id
        )
        self.rows[stored.id] = (user_id, stored, dict(check.landmarks))
        return stored

    def _mine(self, user_id: int, check_id: int) -> _Row | None:
        row = self.rows.get(check_id)
        return row if row and row[0] == user_id else None

    def get(self, user_id: int, check_id: int) -> StoredFormCheck | None:
        row = self._mine(user_id, check_id)
        return row[1] if row else None

    def landmarks(self, user_id: int, check_id: int) -> Mapping[str, Any] | None:
        row = self._mine(user_id, check_id)
        return row[2] if row else None

    def list_for(
        self,
        user_id: int,
        *,
        exercise: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoredFormCheck]:
        mine = [
            s for u, s, _ in self.rows.values()
            if u == user_id and (exercise is None or s.exercise == exercise)
        ]  # fmt: skip
        mine.sort(key=lambda s: (s.created_at, s.id), reverse=True)
        return mine[offset:] if limit is None else mine[offset : offset + limit]

    def count(self, user_id: int, *, exercise: str | None = None) -> int:
        return len(self.list_for(user_id, exercise=exercise))

    def for_sets(self, user_id: int, set_ids: list[str]) -> dict[str, StoredFormCheck]:
        found = {}
        for s in reversed(self.list_for(user_id)):
            if s.set_id is not None and s.set_id in set_ids:
                found[s.set_id] = s
        return found

    def attach(self, user_id: int, check_id: int, set_id: str | None) -> bool:
        row = self._mine(user_id, check_id)
        if row is None:
            return False
        u, s, marks = row
        self.rows[check_id] = (
            u,
            StoredFormCheck(s.id, s.exercise, s.created_at, s.analysis, set_id),
            marks,
        )
        return True

    def delete(self, user_id: int, check_id: int) -> bool:
        if self._mine(user_id, check_id) is None:
            return False
        del self.rows[check_id]
        return True

    def reference(self, user_id: int, exercise: str) -> Reference | None:
        return self.refs.get((user_id, exercise))

    def references(self, user_id: int) -> dict[str, Reference]:
        return {e: r for (u, e), r in sorted(self.refs.items()) if u == user_id}

    def set_reference(self, user_id: int, exercise: str, reference: Reference | None) -> None:
        if reference is None:
            self.refs.pop((user_id, exercise), None)
        else:
            self.refs[(user_id, exercise)] = reference
