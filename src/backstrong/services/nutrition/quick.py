"""Diary shortcuts: calories added without a food ("quick add"), and a meal or a whole day
copied from an earlier date."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

from backstrong.domain.accounts import User
from backstrong.domain.nutrition.diary import DiaryEntry, Meal
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.services.ports.nutrition import LoggedEntry
from backstrong.services.unit_of_work import UnitOfWork

QUICK_ADD_FOOD_ID = "quick-add"
# A quick add has no food and no weight; it is kept as one 100 g "portion" so that changing its
# grams scales it like any entry (*convention*).
QUICK_ADD_GRAMS = 100.0
QUICK_ADD_LABEL = "Quick add"
MAX_QUICK_KCAL = 10_000.0  # one entry above this is a typo (*convention*)
MAX_QUICK_MACRO_G = 1_000.0
MAX_LABEL = 100


def _amount(field: str, value: float | None, upper: float, *, required: bool = False) -> float:
    if value is None:
        if required:
            raise InvalidInput(field, "", f"give a number from 0 to {upper:,.0f}")
        return 0.0
    if not (math.isfinite(value) and 0 <= value <= upper):
        raise InvalidInput(field, value, f"give a number from 0 to {upper:,.0f}")
    return float(value)


def quick_entry(
    day: date,
    meal: Meal,
    kcal: float | None,
    *,
    protein_g: float | None = None,
    fat_g: float | None = None,
    carbohydrate_g: float | None = None,
    label: str = "",
) -> DiaryEntry:
    """Calories (and, if known, macros) without a food: "350 kcal, cake at work"."""
    energy = _amount("kcal", kcal, MAX_QUICK_KCAL, required=True)
    if energy <= 0:
        raise InvalidInput("kcal", kcal, "give the calories, above 0")
    macros = [
        _amount(field, value, MAX_QUICK_MACRO_G)
        for field, value in (("protein_g", protein_g), ("fat_g", fat_g),
                             ("carbohydrate_g", carbohydrate_g))
    ]  # fmt: skip
    name = " ".join(label.split())
    if len(name) > MAX_LABEL:
        raise InvalidInput("label", name[:40] + "…", f"keep it under {MAX_LABEL} characters")
    nutrients = Nutrients(energy, *macros)
    return DiaryEntry(
        day, meal, QUICK_ADD_FOOD_ID, name or QUICK_ADD_LABEL, QUICK_ADD_GRAMS, nutrients,
        "quick add", name,
    )  # fmt: skip


def copy_entries(
    uow: UnitOfWork,
    user: User,
    source: date,
    target: date,
    *,
    meal: Meal | None = None,
    to_meal: Meal | None = None,
) -> list[LoggedEntry]:
    """The entries of ``source`` (only ``meal``'s when given) logged again on ``target``, into
    the same meal or ``to_meal``; all in one transaction. Nothing to copy is an InvalidInput."""
    if source == target and (to_meal is None or to_meal is meal):
        raise InvalidInput("from_date", source.isoformat(), "pick another day or another meal")
    with uow:
        found = [e for e in uow.diary_entries.for_day(user.id, source)
                 if meal is None or e.entry.meal is meal]  # fmt: skip
        if not found:
            where = f"{meal.value} of " if meal else ""
            raise InvalidInput(
                "from_date", source.isoformat(), f"nothing logged at {where}that day"
            )
        copied = [
            uow.diary_entries.add(
                user.id, replace(e.entry, day=target, meal=to_meal or e.entry.meal)
            )
            for e in found
        ]
        uow.commit()
    return copied
