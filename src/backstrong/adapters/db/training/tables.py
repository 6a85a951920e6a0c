"""The training log: sessions and the sets logged in them.

Public ids are the UUIDs clients send (``uuid``), unique per owner; the integer ``id`` stays
inside the database. Sets never reuse an id (``sqlite_autoincrement``), so (count, highest id)
changes whenever a person's log changes: analytics caches key on it. Times are UTC; the offset
they were logged in is kept beside them so the local day survives.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from backstrong.adapters.db.orm import (
    Base,
    PersonalRow,
    PersonalRowIndexedByTable,
    UtcDateTime,
    utcnow,
)


class TrainingSessionRow(PersonalRow, Base):
    __tablename__ = "training_sessions"
    __table_args__ = (
        UniqueConstraint("uuid", "user_id"),
        Index("ix_training_sessions_user_day_started_at", "user_id", "day", "started_at", "id"),
        # one session per day collects the sets logged without one: two requests at once share it
        Index("uq_training_sessions_user_day_key", "user_id", "day_key", unique=True),
    )

    uuid: Mapped[str] = mapped_column(String(36))
    day: Mapped[date] = mapped_column(Date)  # local date of started_at
    day_key: Mapped[date | None] = mapped_column(Date)  # the day whose loose sets it collects
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    utc_offset_minutes: Mapped[int] = mapped_column(SmallInteger, default=0)
    title: Mapped[str] = mapped_column(String(200), default="")
    program_session: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str] = mapped_column(Text, default="")
    pain_before: Mapped[int | None] = mapped_column(SmallInteger)
    pain_after: Mapped[int | None] = mapped_column(SmallInteger)
    pain_next_morning: Mapped[int | None] = mapped_column(SmallInteger)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class TrainingSetRow(PersonalRowIndexedByTable, Base):
    __tablename__ = "training_sets"
    __table_args__ = (
        UniqueConstraint("uuid", "user_id"),
        UniqueConstraint("import_key", "user_id"),
        # the hot queries: next position, newest first, one exercise in time order (0011); a
        # position is unique in its session (a session is one person's, so user_id adds nothing)
        Index(
            "uq_training_sets_user_session_position",
            "user_id",
            "session_id",
            "position",
            unique=True,
        ),
        Index("ix_training_sets_user_performed_at", "user_id", "performed_at", "id"),
        Index(
            "ix_training_sets_user_exercise_performed_at",
            "user_id",
            "exercise_id",
            "performed_at",
            "id",
        ),
        {"sqlite_autoincrement": True},
    )

    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_sessions.id", ondelete="CASCADE"), index=True
    )
    uuid: Mapped[str] = mapped_column(String(36))
    position: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[str] = mapped_column(String(120))
    performed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    utc_offset_minutes: Mapped[int] = mapped_column(SmallInteger, default=0)
    reps: Mapped[int | None] = mapped_column(Integer)
    load_value: Mapped[float | None] = mapped_column(Float)
    load_unit: Mapped[str | None] = mapped_column(String(2))
    added_load_value: Mapped[float | None] = mapped_column(Float)
    added_load_unit: Mapped[str | None] = mapped_column(String(2))
    hold_seconds: Mapped[float | None] = mapped_column(Float)
    side: Mapped[str | None] = mapped_column(String(5))
    rpe: Mapped[float | None] = mapped_column(Float)
    rir: Mapped[int | None] = mapped_column(SmallInteger)
    warmup: Mapped[bool] = mapped_column(Boolean, default=False)
    pain: Mapped[int | None] = mapped_column(SmallInteger)
    target_reps: Mapped[int | None] = mapped_column(Integer)
    target_load_value: Mapped[float | None] = mapped_column(Float)
    target_load_unit: Mapped[str | None] = mapped_column(String(2))
    target_hold_seconds: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")
    import_key: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class PendingImportRow(PersonalRow, Base):
    """An uploaded import waiting for its review (an hour at most); the file's text as sent."""

    __tablename__ = "pending_imports"
    __table_args__ = (UniqueConstraint("uuid", "user_id"),)

    uuid: Mapped[str] = mapped_column(String(36))
    file_format: Mapped[str] = mapped_column(String(10))
    unit: Mapped[str] = mapped_column(String(2))
    skip_invalid: Mapped[bool] = mapped_column(Boolean, default=False)
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


class SummaryRow:
    """Mixed into a table of one person's stored history summaries: keyed by the person first,
    and deleted with them."""

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, sort_order=-2
    )


class ExerciseSummaryRow(SummaryRow):
    """A summary of one exercise of the person's: keyed by the person, then the exercise."""

    exercise_id: Mapped[str] = mapped_column(String(120), primary_key=True, sort_order=-1)


class TrainingSummaryStateRow(SummaryRow, Base):
    """A person's stored summaries exist and are in step with their log (``sets`` below 0: not
    yet, the next read rebuilds them): every write of sets updates them, and this row, in its own
    transaction, so reads trust it. How many sets and the highest set id they were built from."""

    __tablename__ = "training_summary_state"

    sets: Mapped[int] = mapped_column(Integer)
    highest_id: Mapped[int] = mapped_column(Integer)


class TrainingWeekTotalRow(ExerciseSummaryRow, Base):
    """One exercise's working sets of one week: hard sets, tonnage and its first working set."""

    __tablename__ = "training_week_totals"

    monday: Mapped[date] = mapped_column(Date, primary_key=True)
    first_at_us: Mapped[int] = mapped_column(BigInteger)  # microseconds since 1970 (UTC)
    first_id: Mapped[int] = mapped_column(Integer)
    hard_sets: Mapped[float] = mapped_column(Float)
    tonnage_kg: Mapped[float] = mapped_column(Float)


class TrainingWeekRecordsRow(ExerciseSummaryRow, Base):
    """What could be a record or a day's best e1RM among one exercise's working sets of one week
    (``WeekRecords`` and ``WeekLine`` as JSON, see ``domain/training/week_records.py``); apart
    from the totals, which the history page reads often, so those rows stay small."""

    __tablename__ = "training_week_records"

    monday: Mapped[date] = mapped_column(Date, primary_key=True)
    records: Mapped[str] = mapped_column(Text)
    line: Mapped[str] = mapped_column(Text)


class TrainingBlockRecordsRow(ExerciseSummaryRow, Base):
    """The week ``records`` of one exercise's block of weeks (``BLOCK_WEEKS``, from
    ``first_monday``) merged into one: records fold a dozen blocks, not every week. Removed when
    a write touches one of its weeks, and merged again on the next read."""

    __tablename__ = "training_block_records"

    first_monday: Mapped[date] = mapped_column(Date, primary_key=True)
    records: Mapped[str] = mapped_column(Text)


class TrainingExerciseFiguresRow(ExerciseSummaryRow, Base):
    """One exercise's records and e1RM line for one display unit and formula, as JSON (apart: the
    history page reads only the records, so either may be missing); removed when a write touches
    the exercise, and folded again from its weeks on the next read."""

    __tablename__ = "training_exercise_figures"

    unit: Mapped[str] = mapped_column(String(2), primary_key=True)
    formula: Mapped[str] = mapped_column(String(20), primary_key=True)
    records: Mapped[str | None] = mapped_column(Text)
    trend: Mapped[str | None] = mapped_column(Text)
