"""Rows of the training tables ↔ the domain's sessions and sets.

Times are stored in UTC with the offset they were logged in; reading puts the offset back, so
``performed_at.date()`` is the person's own calendar day.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from typing import Any

from backstrong.adapters.db.training.tables import TrainingSessionRow
from backstrong.domain.training.model import Load, PerformedSet, Side
from backstrong.domain.training.sessions import LoggedSet, TrainingSession
from backstrong.domain.units import MassUnit


@cache
def zone(offset_minutes: int) -> timezone:
    return UTC if offset_minutes == 0 else timezone(timedelta(minutes=offset_minutes))


def offset_minutes(when: datetime) -> int:
    offset = when.utcoffset()
    return 0 if offset is None else int(offset.total_seconds() // 60)


def local(when: datetime, offset: int) -> datetime:
    return when.astimezone(zone(offset))


def load_of(value: float | None, unit: str | None) -> Load | None:
    return None if value is None or unit is None else Load(value, MassUnit(unit))


def session_values(session: TrainingSession) -> dict[str, Any]:
    return {
        "uuid": session.id,
        "day": session.day,
        "started_at": session.started_at,
        "ended_at": session.ended_at,
        "utc_offset_minutes": offset_minutes(session.started_at),
        "title": session.title,
        "program_session": session.program_session,
        "notes": session.notes,
        "pain_before": session.pain_before,
        "pain_after": session.pain_after,
        "pain_next_morning": session.pain_next_morning,
    }


def session_from_row(row: TrainingSessionRow) -> TrainingSession:
    offset = row.utc_offset_minutes
    return TrainingSession(
        id=row.uuid,
        started_at=local(row.started_at, offset),
        ended_at=None if row.ended_at is None else local(row.ended_at, offset),
        title=row.title,
        program_session=row.program_session,
        notes=row.notes,
        pain_before=row.pain_before,
        pain_after=row.pain_after,
        pain_next_morning=row.pain_next_morning,
    )


def _load_columns(prefix: str, load: Load | None) -> dict[str, Any]:
    return {
        f"{prefix}_value": None if load is None else load.value,
        f"{prefix}_unit": None if load is None else load.unit.value,
    }


def set_values(user_id: int, session_pk: int, logged: LoggedSet) -> dict[str, Any]:
    s = logged.performed
    return {
        "user_id": user_id,
        "session_id": session_pk,
        "uuid": logged.id,
        "position": logged.position,
        "exercise_id": s.exercise_id,
        "performed_at": s.performed_at,
        "utc_offset_minutes": offset_minutes(s.performed_at),
        "reps": s.reps,
        **_load_columns("load", s.load),
        **_load_columns("added_load", s.added_load),
        "hold_seconds": s.hold_seconds,
        "side": None if s.side is None else s.side.value,
        "rpe": s.rpe,
        "rir": s.rir,
        "warmup": s.warmup,
        "pain": s.pain,
        "target_reps": s.target_reps,
        **_load_columns("target_load", s.target_load),
        "target_hold_seconds": s.target_hold_seconds,
        "notes": logged.notes,
        "import_key": logged.import_key,
        "created_at": datetime.now(UTC),
    }


def set_from_row(row: Any) -> LoggedSet:
    """A set from a row of ``training_sets`` with its session's id as ``session_uuid``."""
    performed = PerformedSet(
        exercise_id=row.exercise_id,
        performed_at=local(row.performed_at, row.utc_offset_minutes),
        reps=row.reps,
        load=load_of(row.load_value, row.load_unit),
        added_load=load_of(row.added_load_value, row.added_load_unit),
        hold_seconds=row.hold_seconds,
        side=None if row.side is None else Side(row.side),
        rpe=row.rpe,
        rir=row.rir,
        warmup=row.warmup,
        pain=row.pain,
        target_reps=row.target_reps,
        target_load=load_of(row.target_load_value, row.target_load_unit),
        target_hold_seconds=row.target_hold_seconds,
    )
    return LoggedSet(row.uuid, row.session_uuid, row.position, performed, row.notes, row.import_key)


_UNITS = {unit.value: unit for unit in MassUnit}  # MassUnit("kg") is a slow call


# Positional on purpose: building a person's summaries reads their whole log once
# (training_log_dashboard_100k_sets_built_once_ms), as do pain beside load and the programs' recent
# history, and named SQLAlchemy rows read 2–2.5× slower (bench).
class FastSets:
    """Builds :class:`PerformedSet` from raw column tuples, reusing equal loads and time zones.

    Columns: exercise_id, performed_at (text on SQLite, datetime on PostgreSQL), offset, reps,
    load value, load unit, added value, added unit, hold seconds, side, rpe, rir, warmup, pain,
    and for :meth:`numbered` the row id.
    """

    def __init__(self) -> None:
        self._loads: dict[tuple[float, str], Load] = {}
        self._sides = {side.value: side for side in Side}
        self._zones: dict[int, timezone] = {}

    def load(self, value: float | None, unit: str | None) -> Load | None:
        if value is None or unit is None:
            return None
        key = (value, unit)
        found = self._loads.get(key)
        if found is None:
            found = self._loads[key] = Load(value, _UNITS.get(unit) or MassUnit(unit))
        return found

    def when(self, stored: str | datetime, offset: int) -> datetime:
        """The stored UTC time (text on SQLite) in the offset it was logged in."""
        zone_of = self._zones.get(offset)
        if zone_of is None:
            zone_of = self._zones[offset] = zone(offset)
        if isinstance(stored, str):
            utc = datetime.fromisoformat(stored + "+00:00")  # one C call: the fast path
            return utc if offset == 0 else utc.astimezone(zone_of)
        if stored.tzinfo is None:
            stored = stored.replace(tzinfo=UTC)
        # PostgreSQL hands times back in the session's time zone, which need not be UTC
        return stored if stored.tzinfo is zone_of else stored.astimezone(zone_of)

    def build(self, rows: Any) -> list[PerformedSet]:
        load, when, sides = self.load, self.when, self._sides
        return [
            PerformedSet(
                r[0],
                when(r[1], r[2]),
                r[3],
                load(r[4], r[5]),
                load(r[6], r[7]),
                r[8],
                None if r[9] is None else sides[r[9]],
                r[10],
                r[11],
                bool(r[12]),
                r[13],
            )
            for r in rows
        ]

    def numbered(self, rows: list[Any]) -> list[tuple[int, PerformedSet]]:
        """``(row id, set)`` pairs: the id is the 15th column."""
        return list(zip([r[14] for r in rows], self.build(rows), strict=True))
