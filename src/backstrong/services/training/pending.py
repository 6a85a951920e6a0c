"""An import in two requests: upload (kept an hour as a pending import), then the person's
review of the exercise names, then the import itself, all or nothing.

The file's text is stored, not its rows: at each step it is read again with the same format and
unit, so the review and the import see the same file. Reading it is the job of a
:data:`FileReader` (``adapters.files.training.formats``) given by bootstrap.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from uuid import uuid4

from backstrong.domain.accounts import User
from backstrong.domain.training.imported import ParsedImport
from backstrong.domain.training.pending import (
    NEW_EXERCISE,
    PENDING_LIFETIME,
    PendingImport,
    check_format,
    check_unit,
    check_upload_text,
)
from backstrong.domain.units import MassUnit
from backstrong.services.clock import Clock
from backstrong.services.errors import NotFound
from backstrong.services.training.imports import ImportPlan, ImportResult, Imports
from backstrong.services.training.log import LibraryOf
from backstrong.services.training.names import Candidate, candidates
from backstrong.services.unit_of_work import UowFactory

FileReader = Callable[[str, str, MassUnit], ParsedImport]  # (text, format, unit) → rows
REVIEW_CANDIDATES = 6  # close exercises offered beside each imported name


@dataclass(frozen=True, slots=True)
class ImportReview:
    pending: PendingImport
    plan: ImportPlan
    candidates: dict[str, tuple[Candidate, ...]]  # imported name → close exercises, best first


class PendingImports:
    def __init__(
        self, uow: UowFactory, clock: Clock, library: LibraryOf, imports: Imports, read: FileReader
    ) -> None:
        self._uow, self._clock, self._library = uow, clock, library
        self._imports, self._read = imports, read

    def start(
        self, user: User, text: str, file_format: str, unit: str | None, skip_invalid: bool
    ) -> ImportReview:
        """Check and keep the upload (its text: the entrypoint checked its size and decoded it);
        a file with unreadable rows is refused before it is kept."""
        now = self._clock.now()
        pending = PendingImport(
            str(uuid4()),
            check_format(file_format or "auto"),
            check_unit(unit or user.unit),
            skip_invalid,
            check_upload_text(text),
            now,
        )
        review = self._review(user, pending)
        with self._uow() as uow:
            uow.pending_imports.delete_older_than(now - PENDING_LIFETIME)
            uow.pending_imports.add(user.id, pending)
            uow.commit()
        return review

    def review(self, user: User, pending_id: str) -> ImportReview:
        return self._review(user, self._get(user, pending_id))

    def apply(self, user: User, pending_id: str, choices: Mapping[str, str | None]) -> ImportResult:
        """Import the pending file with the person's matches; it is gone afterwards."""
        pending = self._get(user, pending_id)
        plan = self._imports.prepare(
            user, self._parse(pending), skip_invalid=pending.skip_invalid, choices=choices
        )
        result = self._imports.apply(user, plan)
        with self._uow() as uow:
            uow.pending_imports.delete(user.id, pending.id)
            uow.commit()
        return result

    def _get(self, user: User, pending_id: str) -> PendingImport:
        with self._uow() as uow:
            pending = uow.pending_imports.get(user.id, pending_id)
        if pending is None or pending.expired(self._clock.now()):
            raise NotFound("import", pending_id)
        return pending

    def _parse(self, pending: PendingImport) -> ParsedImport:
        return self._read(pending.text, pending.file_format, MassUnit(pending.unit))

    def _review(self, user: User, pending: PendingImport) -> ImportReview:
        plan = self._imports.prepare(user, self._parse(pending), skip_invalid=pending.skip_invalid)
        library = self._library(user)
        close = {}
        for entry in plan.mapping.entries:
            found: dict[str, Candidate] = {}
            queries = [entry.custom_name, entry.base_name]
            if entry.equipment_hint:
                queries.insert(0, f"{entry.equipment_hint} {entry.base_name}")
            for query in queries:
                for candidate in candidates(library, query, limit=REVIEW_CANDIDATES):
                    if candidate.score > found.get(candidate.exercise_id, candidate).score - 1e-9:
                        found[candidate.exercise_id] = candidate
            ranked = sorted(found.values(), key=lambda c: -c.score)[:REVIEW_CANDIDATES]
            close[entry.imported_name] = tuple(ranked)
        return ImportReview(pending, plan, close)


def choice_value(text: str) -> str | None:
    """A submitted match: an exercise id, or None for "create as my own exercise"."""
    return None if text.strip() == NEW_EXERCISE else text.strip()
