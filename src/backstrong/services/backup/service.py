"""A full backup of one person's data as JSON, and its restore into an empty account.

The backup is a document ``{"format": "backstrong-backup", "version": 1, "sections": {...}}``
with one entry per section of :data:`ALL_SECTIONS` (the areas' sections, then form checks), in
that order. Export, restore, export
gives the same bytes: nothing the database makes up (row ids, creation times) is written, and
everything is restored in the order it was exported. A backup naming a section this version does
not know is refused rather than half restored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from backstrong.domain.accounts import User
from backstrong.domain.exercises.validation import ExerciseDataError
from backstrong.domain.training.validation import TrainingValueError
from backstrong.services.backup.form import FormChecksSection
from backstrong.services.backup.recipes import RecipesSection
from backstrong.services.backup.sections import SECTIONS, BackupSection, DamagedBackup
from backstrong.services.errors import Conflict
from backstrong.services.unit_of_work import UnitOfWork, UowFactory

FORMAT = "backstrong-backup"
VERSION = 1
ALL_SECTIONS: tuple[BackupSection, ...] = (*SECTIONS, FormChecksSection(), RecipesSection())


class BackupError(ValueError):
    """A backup that cannot be restored here; nothing was written."""


class BadBackup(BackupError, DamagedBackup):
    """Not a backup, another version, or a part that is missing or malformed (a refused value)."""


class AccountNotEmpty(BackupError, Conflict):
    """The account already holds data the backup would restore (a clash with what is stored)."""


@dataclass(frozen=True, slots=True)
class RestoreReport:
    restored: dict[str, int]  # section name → items stored


class BackupService:
    def __init__(self, uow: UowFactory, sections: tuple[BackupSection, ...] = ALL_SECTIONS) -> None:
        self._uow = uow
        self._sections = sections

    def export(self, user: User) -> dict[str, Any]:
        """The person's whole data as one JSON-ready document."""
        with self._uow() as uow:
            dumped = {section.name: section.dump(uow, user) for section in self._sections}
        return {"format": FORMAT, "version": VERSION, "sections": dumped}

    def restore(self, user: User, document: Mapping[str, Any]) -> RestoreReport:
        """Restore into an account with none of the backup's data yet; all or nothing."""
        parts = self._checked(document)
        by_name = {section.name: section for section in self._sections}
        with self._uow() as uow:
            in_the_way = [name for name in parts if by_name[name].has_data(uow, user)]
            if in_the_way:
                raise AccountNotEmpty(
                    f"restore needs an empty account, but it already has {', '.join(in_the_way)}; "
                    "restore into a new account or database"
                )
            restored = {name: _load(by_name[name], uow, user, data) for name, data in parts.items()}
            uow.commit()
        return RestoreReport(restored)

    def _checked(self, document: Mapping[str, Any]) -> dict[str, Any]:
        if not isinstance(document, Mapping) or document.get("format") != FORMAT:
            raise BadBackup(f'not a Backstrong backup: expected "format": "{FORMAT}"', "format")
        if document.get("version") != VERSION:
            raise BadBackup(
                f"backup version {document.get('version')!r}: this Backstrong reads version "
                f"{VERSION}",
                "version",
                document.get("version"),
            )
        parts = document.get("sections")
        if not isinstance(parts, Mapping):
            raise BadBackup('the backup has no "sections"', "sections")
        unknown = sorted(set(parts) - {section.name for section in self._sections})
        if unknown:
            raise BadBackup(
                f"the backup has sections this version cannot restore: {', '.join(unknown)}",
                "sections",
                ", ".join(unknown),
            )
        order = [section.name for section in self._sections]
        return {name: parts[name] for name in order if name in parts}


def _load(section: BackupSection, uow: UnitOfWork, user: User, data: Any) -> int:
    """One section restored, any failure said as a refused part of the backup."""
    try:
        return section.load(uow, user, data)
    except DamagedBackup as exc:
        raise BadBackup(str(exc), exc.field, exc.value) from exc
    except (KeyError, TypeError, AttributeError) as exc:
        raise BadBackup(f"the backup is damaged: {exc!r} is missing or malformed") from exc
    except (TrainingValueError, ExerciseDataError) as exc:
        raise BadBackup(f"the backup holds a bad value: {exc}") from exc
