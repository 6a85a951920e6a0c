"""Form checks (landmarks and their analysis) and each person's reference rep per exercise."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from backstrong.adapters.db.orm import Base, PersonalRow, UtcDateTime, utcnow


class FormCheckRow(PersonalRow, Base):
    __tablename__ = "form_checks"
    __table_args__ = (Index("ix_form_checks_user_created", "user_id", "created_at"),)

    exercise: Mapped[str] = mapped_column(String(40))
    set_id: Mapped[str | None] = mapped_column(String(64))  # a logged set's id (client's id)
    analysis: Mapped[dict[str, Any]] = mapped_column(JSON)
    landmarks: Mapped[dict[str, Any]] = mapped_column(JSON)  # the pose-landmarks/v1 document
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class FormReferenceRow(PersonalRow, Base):
    __tablename__ = "form_references"
    __table_args__ = (UniqueConstraint("user_id", "exercise", name="uq_form_references_user"),)

    exercise: Mapped[str] = mapped_column(String(40))
    reference: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
