"""Importing a food diary from another app's export: a plan to review, then all or nothing (see
domain.nutrition.diary_import for the rules)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import BinaryIO

from backstrong.domain.accounts import User
from backstrong.domain.nutrition.diary import Meal
from backstrong.domain.nutrition.diary_import import (
    IMPORTED_FOOD_ID,
    DiaryImportPlan,
    ParsedDiary,
    plan_diary_import,
)
from backstrong.services.unit_of_work import UnitOfWork

# Reads a file (its bytes, or a binary file streamed from its start) in a layout
# ("myfitnesspal", "generic"; None: guess).
DiaryFileReader = Callable[[bytes | BinaryIO, str | None], ParsedDiary]


def plan(uow: UnitOfWork, user: User, parsed: ParsedDiary, skip_invalid: bool) -> DiaryImportPlan:
    with uow:
        imported = _imported(uow, user)
    return plan_diary_import(parsed, imported, skip_invalid=skip_invalid)


def apply(uow: UnitOfWork, user: User, planned: DiaryImportPlan) -> DiaryImportPlan:
    """Store the plan's new meals in one transaction, checking duplicates again inside it (a
    meal imported since the preview is skipped, not doubled)."""
    with uow:
        again = plan_diary_import(
            ParsedDiary(planned.source, planned.new), _imported(uow, user), skip_invalid=True
        )
        uow.diary_entries.add_many(user.id, again.new)
        uow.commit()
    duplicates = planned.duplicates + again.duplicates
    return DiaryImportPlan(
        planned.source, again.new, duplicates, planned.skipped_rows, planned.warnings
    )


def _imported(uow: UnitOfWork, user: User) -> set[tuple[date, Meal]]:
    """The (day, meal) of every meal imported before."""
    return uow.diary_entries.meals_with(user.id, IMPORTED_FOOD_ID)
