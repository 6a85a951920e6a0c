"""A person's own exercises: created by hand or imported (stored in the library's JSON shape)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backstrong.adapters.db.orm import Base, PersonalRow, UtcDateTime, utcnow


class CustomExerciseRow(PersonalRow, Base):
    __tablename__ = "custom_exercises"
    __table_args__ = (UniqueConstraint("user_id", "exercise_id"),)

    exercise_id: Mapped[str] = mapped_column(String(120))
    source: Mapped[str] = mapped_column(String(60))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
