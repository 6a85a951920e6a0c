"""A table of one person's entries (weigh-ins, diary entries) kept as domain values: each row is
filled from one and read back with its id, and adding, reading, replacing and deleting only ever
touch the owner's rows. A feature's repository adds its own queries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Mapped, Session

from backstrong.adapters.db.orm import utcnow


class EntryRow(Protocol):
    id: Mapped[int]
    user_id: Mapped[int]

    def __init__(self, **values: Any) -> None: ...


RowT = TypeVar("RowT", bound=EntryRow)
EntryT = TypeVar("EntryT")
LoggedT = TypeVar("LoggedT")


class PersonalEntries(Generic[RowT, EntryT, LoggedT]):
    """``fill`` writes an entry into a row; ``logged`` reads a row back as the logged entry."""

    def __init__(
        self,
        session: Session,
        table: type[RowT],
        fill: Callable[[RowT, EntryT], None],
        logged: Callable[[RowT], LoggedT],
    ) -> None:
        self._s = session
        self._table = table
        self._fill = fill
        self._logged = logged

    def _row(self, user_id: int, entry_id: int) -> RowT | None:
        table = self._table
        return self._s.scalar(select(table).where(table.user_id == user_id, table.id == entry_id))

    def add(self, user_id: int, entry: EntryT) -> LoggedT:
        row = self._table(user_id=user_id, created_at=utcnow())
        self._fill(row, entry)
        self._s.add(row)
        self._s.flush()
        return self._logged(row)

    def _all_for(self, user_id: int, order: Mapped[Any]) -> list[LoggedT]:
        """All the owner's entries by ``order``, then in the order they were added."""
        table = self._table
        stmt = select(table).where(table.user_id == user_id).order_by(order, table.id)
        return [self._logged(row) for row in self._s.scalars(stmt)]

    def get(self, user_id: int, entry_id: int) -> LoggedT | None:
        row = self._row(user_id, entry_id)
        return self._logged(row) if row else None

    def replace(self, user_id: int, entry_id: int, entry: EntryT) -> LoggedT | None:
        row = self._row(user_id, entry_id)
        if row is None:
            return None
        self._fill(row, entry)
        self._s.flush()
        return self._logged(row)

    def delete(self, user_id: int, entry_id: int) -> bool:
        table = self._table
        stmt = delete(table).where(table.user_id == user_id, table.id == entry_id)
        return bool(self._s.execute(stmt).rowcount)  # type: ignore[attr-defined]
