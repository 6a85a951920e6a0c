"""What the form-check use cases need from storage. Every method takes the owner's id and never
sees another person's rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from backstrong.domain.form import FormAnalysis, Reference


@dataclass(frozen=True, slots=True)
class StoredFormCheck:
    """A form check as stored: the analysis, which exercise, when, and the set it belongs to.
    The landmarks are read separately (:meth:`FormCheckRepository.landmarks`): they are large."""

    id: int
    exercise: str
    created_at: datetime  # timezone-aware, UTC
    analysis: FormAnalysis
    set_id: str | None = None


@dataclass(frozen=True, slots=True)
class NewFormCheck:
    exercise: str
    created_at: datetime
    analysis: FormAnalysis
    landmarks: Mapping[str, Any]  # the pose-landmarks/v1 document as sent
    set_id: str | None = None


class FormCheckRepository(Protocol):
    def add(self, user_id: int, check: NewFormCheck) -> StoredFormCheck: ...

    def get(self, user_id: int, check_id: int) -> StoredFormCheck | None: ...

    def landmarks(self, user_id: int, check_id: int) -> Mapping[str, Any] | None: ...

    def list_for(
        self,
        user_id: int,
        *,
        exercise: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoredFormCheck]:
        """Newest first."""
        ...

    def count(self, user_id: int, *, exercise: str | None = None) -> int: ...

    def for_sets(self, user_id: int, set_ids: list[str]) -> dict[str, StoredFormCheck]:
        """The newest check attached to each of these sets."""
        ...

    def attach(self, user_id: int, check_id: int, set_id: str | None) -> bool: ...

    def delete(self, user_id: int, check_id: int) -> bool: ...

    def reference(self, user_id: int, exercise: str) -> Reference | None: ...

    def references(self, user_id: int) -> dict[str, Reference]: ...

    def set_reference(self, user_id: int, exercise: str, reference: Reference | None) -> None:
        """Keep (or with None, forget) the person's reference rep for an exercise."""
        ...
