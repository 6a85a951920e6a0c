"""Body measurements: weigh-ins with optional body-fat percentage and girths."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from backstrong.adapters.db.orm import Base, UtcDateTime, utcnow


class WeightEntryRow(Base):
    __tablename__ = "weight_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    measured_at: Mapped[datetime] = mapped_column(UtcDateTime)
    weight_kg: Mapped[float] = mapped_column(Float)
    body_fat_percent: Mapped[float | None] = mapped_column(Float)
    girths: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"waist": 84.0, ...} in cm
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
