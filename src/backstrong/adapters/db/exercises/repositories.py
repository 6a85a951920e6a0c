"""Custom exercises, always filtered by their owner."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backstrong.adapters.db.exercises.tables import CustomExerciseRow
from backstrong.adapters.db.orm import utcnow


class SqlCustomExerciseRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list_for(self, user_id: int) -> list[Mapping[str, Any]]:
        stmt = (
            select(CustomExerciseRow.data)
            .where(CustomExerciseRow.user_id == user_id)
            .order_by(CustomExerciseRow.id)
        )
        return list(self._s.scalars(stmt))

    def ids_for(self, user_id: int) -> set[str]:
        stmt = select(CustomExerciseRow.exercise_id).where(CustomExerciseRow.user_id == user_id)
        return set(self._s.scalars(stmt))

    def add(self, user_id: int, exercise_id: str, source: str, data: Mapping[str, Any]) -> None:
        self._s.add(
            CustomExerciseRow(
                user_id=user_id,
                exercise_id=exercise_id,
                source=source,
                data=dict(data),
                created_at=utcnow(),
            )
        )

    def revision(self, user_id: int) -> tuple[int, int]:
        stmt = select(func.count(), func.coalesce(func.max(CustomExerciseRow.id), 0)).where(
            CustomExerciseRow.user_id == user_id
        )
        count, highest = self._s.execute(stmt).one()
        return int(count), int(highest)
