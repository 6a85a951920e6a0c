"""Personal programs and the red-flag screenings that stopped one.

A person keeps every plan they built; one at a time is active (a partial unique index keeps it
so even when two requests race). ``started_at`` is when a plan last became the active one:
building it, or making it the plan again later. Plans and intakes are stored as JSON through
``services/programs/mapping.py`` (the one mapping of plans and intakes).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from backstrong.adapters.db.orm import Base, PersonalRow, UtcDateTime, utcnow


class ProgramRow(PersonalRow, Base):
    __tablename__ = "programs"
    __table_args__ = (
        Index(
            "ix_programs_one_active",
            "user_id",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
    )

    plan_id: Mapped[str] = mapped_column(String(32))
    plan: Mapped[dict[str, Any]] = mapped_column(JSON)
    intake: Mapped[dict[str, Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class RedFlagScreeningRow(PersonalRow, Base):
    __tablename__ = "red_flag_screenings"

    flags: Mapped[list[str]] = mapped_column(JSON)
    severity: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class EducationSeenRow(PersonalRow, Base):
    """A short education note a person has been shown (once; later it is listed, not shown)."""

    __tablename__ = "education_seen"
    __table_args__ = (UniqueConstraint("user_id", "note_id", name="uq_education_seen_note"),)

    note_id: Mapped[str] = mapped_column(String(64))
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
