"""The declarative base shared by every table module, with stable constraint names for Alembic."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _owner_id(*, index: bool | None) -> Mapped[int]:
    return mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=index, sort_order=-1)


class PersonalRow:
    """Mixed into a table of one person's data: the row's id, and the person's, indexed (each
    query starts there) and deleted with them. Both stay the table's first columns."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-2)
    user_id: Mapped[int] = _owner_id(index=True)


class PersonalRowIndexedByTable(PersonalRow):
    """A ``PersonalRow`` whose table's own indexes (``__table_args__``) lead with ``user_id``, so
    the person's id has no index of its own: those serve every per-person query."""

    user_id: Mapped[int] = _owner_id(index=None)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
