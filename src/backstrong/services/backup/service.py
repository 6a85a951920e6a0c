"""A full backup of one person's data as JSON, and its restore into an empty account.

The backup is a document ``{"format": "backstrong-backup", "version": 2, "sections": {...}}``
with one entry per section of :data:`ALL_SECTIONS`, in that order (docs/backup.md describes each).
Export, restore, export gives the same bytes: nothing the database makes up (row ids, creation
times) is written, and everything is restored in the order it was exported. Older versions
restore; a newer version, a section this version does not know, a duplicate id or a reference to
an exercise or food that is nowhere is refused before anything is written."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from backstrong.domain.accounts import User
from backstrong.domain.exercises.validation import ExerciseDataError
from backstrong.domain.training.validation import TrainingValueError
from backstrong.services.backup.body import BodySection
from backstrong.services.backup.form import FormChecksSection
from backstrong.services.backup.nutrition import CustomFoodsSection, NutritionSection
from backstrong.services.backup.recipes import RecipesSection
from backstrong.services.backup.references import BundledSource, check_references
from backstrong.services.backup.sections import SECTIONS, BackupSection, DamagedBackup
from backstrong.services.backup.tokens import ApiTokensSection
from backstrong.services.errors import Conflict
from backstrong.services.unit_of_work import UnitOfWork, UowFactory

FORMAT = "backstrong-backup"
VERSION = 2  # 1: profile, custom exercises, training, programs, form; 2: everything else
OLDEST_VERSION = 1
MAX_BACKUP_BYTES = 100_000_000  # a backup file to restore (the upload limit of body_limit.py)


def backup_file_name(day: date) -> str:
    return f"backstrong-backup-{day.isoformat()}.json"


def all_sections(bundled: BundledSource | None = None) -> tuple[BackupSection, ...]:
    """Every section in the order written and restored: what a record refers to comes first."""
    foods = None if bundled is None else (lambda: bundled().foods)
    return (
        *SECTIONS,  # profile, custom_exercises, training, programs
        FormChecksSection(),
        CustomFoodsSection(),
        RecipesSection(),
        NutritionSection(foods),
        BodySection(),
        ApiTokensSection(),
    )


ALL_SECTIONS: tuple[BackupSection, ...] = all_sections()


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
    def __init__(
        self,
        uow: UowFactory,
        sections: tuple[BackupSection, ...] | None = None,
        *,
        bundled: BundledSource | None = None,
    ) -> None:
        """``bundled``: this server's exercise and food ids, to refuse references to neither
        (without it only the backup's own references are checked)."""
        self._uow = uow
        self._sections = sections if sections is not None else all_sections(bundled)
        self._bundled = bundled

    def export(self, user: User) -> dict[str, Any]:
        """The person's whole data as one JSON-ready document."""
        with self._uow() as uow:
            dumped = {section.name: section.dump(uow, user) for section in self._sections}
        return {"format": FORMAT, "version": VERSION, "sections": dumped}

    def export_text(self, user: User) -> str:
        """The backup file's text, the same bytes from every interface."""
        return json.dumps(self.export(user), indent=2, ensure_ascii=False) + "\n"

    def restore_text(self, user: User, content: bytes | str) -> RestoreReport:
        """Restore a backup file's content (UTF-8 JSON); refused when it is not one."""
        try:
            document = json.loads(content)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise BadBackup(
                f"not a Backstrong backup: the file is not JSON ({exc})", "file"
            ) from None
        return self.restore(user, document)

    def restore(self, user: User, document: Mapping[str, Any]) -> RestoreReport:
        """Restore into an account with none of the backup's data yet; all or nothing."""
        parts = self._checked(document)
        try:
            check_references(parts, None if self._bundled is None else self._bundled())
        except DamagedBackup as exc:
            raise BadBackup(str(exc), exc.field, exc.value) from exc
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
        version = document.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < OLDEST_VERSION:
            raise BadBackup(
                f"backup version {version!r}: this Backstrong reads versions "
                f"{OLDEST_VERSION} to {VERSION}",
                "version",
                version,
            )
        if version > VERSION:
            raise BadBackup(
                f"backup version {version}: written by a newer Backstrong; this one reads "
                f"versions {OLDEST_VERSION} to {VERSION}, so upgrade it to restore this backup",
                "version",
                version,
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
