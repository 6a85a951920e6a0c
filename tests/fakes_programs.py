"""In-memory fakes of the program ports."""

from __future__ import annotations

from backstrong.services.ports.programs import Screening, StoredProgram


class FakePrograms:
    def __init__(self) -> None:
        self.rows: list[tuple[int, StoredProgram, bool]] = []  # (user, program, active)

    def add_active(self, user_id, plan, created_at):
        self.rows = [(u, p, a and u != user_id) for u, p, a in self.rows]
        self.rows.append((user_id, StoredProgram(plan, created_at), True))

    def active(self, user_id):
        return next((p for u, p, a in self.rows if u == user_id and a), None)

    def count(self, user_id):
        return sum(1 for u, _, _ in self.rows if u == user_id)


class FakeScreenings:
    def __init__(self) -> None:
        self.rows: list[tuple[int, Screening]] = []

    def add(self, user_id, flags, severity, at):
        self.rows.append((user_id, Screening(tuple(flags), severity, at)))

    def list_for(self, user_id):
        return [s for u, s in self.rows if u == user_id]


class FakeHistory:
    def __init__(self) -> None:
        self.sets: dict[int, list] = {}
        self.checks: dict[int, list] = {}

    def history_for(self, user_id, since=None):
        sets = [s for s in self.sets.get(user_id, []) if since is None or s.performed_at >= since]
        checks = [
            c for c in self.checks.get(user_id, []) if since is None or c.session_date >= since
        ]
        return sorted(sets, key=lambda s: s.performed_at), checks
