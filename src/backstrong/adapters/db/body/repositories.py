"""Weigh-ins, always filtered by their owner."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from pydantic import TypeAdapter
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from backstrong.adapters.db.body.tables import WeightEntryRow
from backstrong.adapters.db.entries import PersonalEntries
from backstrong.adapters.db.orm import utcnow
from backstrong.domain.body.trend import Girth, WeightEntry
from backstrong.services.ports.body import LoggedWeight

INSERT_BATCH = 1000  # rows per INSERT when importing thousands of weigh-ins
GIRTHS = TypeAdapter(dict[str, float])  # the girths column: {"waist": 84.0, ...} in cm


def _weight(row: WeightEntryRow) -> LoggedWeight:
    girths = tuple(Girth(site, cm) for site, cm in GIRTHS.validate_python(row.girths or {}).items())
    entry = WeightEntry(row.measured_at, row.weight_kg, row.body_fat_percent, girths)
    return LoggedWeight(row.id, entry)


def _fill(row: WeightEntryRow, entry: WeightEntry) -> None:
    row.measured_at = entry.moment
    row.weight_kg = entry.weight_kg
    row.body_fat_percent = entry.body_fat_percent
    row.girths = GIRTHS.dump_python({g.site: g.centimetres for g in entry.girths}) or None


class SqlWeightEntryRepository(PersonalEntries[WeightEntryRow, WeightEntry, LoggedWeight]):
    def __init__(self, session: Session) -> None:
        super().__init__(session, WeightEntryRow, _fill, _weight)

    def list_for(self, user_id: int) -> list[LoggedWeight]:
        return self._all_for(user_id, WeightEntryRow.measured_at)

    def latest(self, user_id: int) -> LoggedWeight | None:
        stmt = (
            select(WeightEntryRow)
            .where(WeightEntryRow.user_id == user_id)
            .order_by(WeightEntryRow.measured_at.desc(), WeightEntryRow.id.desc())
            .limit(1)
        )
        row = self._s.scalar(stmt)
        return _weight(row) if row else None

    def moments(self, user_id: int) -> list[datetime]:
        stmt = select(WeightEntryRow.measured_at).where(WeightEntryRow.user_id == user_id)
        return list(self._s.scalars(stmt))

    def add_many(self, user_id: int, entries: Iterable[WeightEntry]) -> int:
        now = utcnow()
        rows = [
            {
                "user_id": user_id,
                "created_at": now,
                "measured_at": entry.moment,
                "weight_kg": entry.weight_kg,
                "body_fat_percent": entry.body_fat_percent,
                "girths": GIRTHS.dump_python({g.site: g.centimetres for g in entry.girths}) or None,
            }
            for entry in entries
        ]
        for start in range(0, len(rows), INSERT_BATCH):
            self._s.execute(insert(WeightEntryRow), rows[start : start + INSERT_BATCH])
        return len(rows)
