"""What the exercise use cases need from storage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol


class CustomExerciseRepository(Protocol):
    def list_for(self, user_id: int) -> list[Mapping[str, Any]]: ...

    def ids_for(self, user_id: int) -> set[str]: ...

    def add(self, user_id: int, exercise_id: str, source: str, data: Mapping[str, Any]) -> None: ...

    def revision(self, user_id: int) -> tuple[int, int]:
        """(count, highest row id): changes whenever the user's exercises change."""
        ...
