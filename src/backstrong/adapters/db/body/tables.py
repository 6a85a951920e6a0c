"""Body measurements: weigh-ins with optional body-fat percentage and girths."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, Index
from sqlalchemy.orm import Mapped, mapped_column

from backstrong.adapters.db.orm import Base, PersonalRowIndexedByTable, UtcDateTime, utcnow


class WeightEntryRow(PersonalRowIndexedByTable, Base):
    __tablename__ = "weight_entries"
    # The latest weigh-in and a range of them without reading every one (test_db_query_plans).
    __table_args__ = (Index("ix_weight_entries_user_id_measured_at", "user_id", "measured_at"),)

    measured_at: Mapped[datetime] = mapped_column(UtcDateTime)
    weight_kg: Mapped[float] = mapped_column(Float)
    body_fat_percent: Mapped[float | None] = mapped_column(Float)
    girths: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"waist": 84.0, ...} in cm
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
