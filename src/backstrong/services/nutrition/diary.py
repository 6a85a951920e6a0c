"""Food diary use cases: log a line such as "2 eggs", list, change and delete entries, a day's
totals against the target, and whether a day's log is complete."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, time

from backstrong.domain.accounts import User
from backstrong.domain.nutrition.barcodes import OPEN_FOOD_FACTS_ATTRIBUTION, is_open_food_facts
from backstrong.domain.nutrition.diary import DayTotals, DiaryEntry, Meal, day_totals, parse_entry
from backstrong.domain.nutrition.energy import CalorieTarget
from backstrong.domain.nutrition.food_search import FoodIndex
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.services.nutrition.service import MissingProfile, target_for
from backstrong.services.nutrition.training_energy import LibrarySource, TrainingDay, training_day
from backstrong.services.ports.nutrition import LoggedEntry
from backstrong.services.unit_of_work import UnitOfWork

MAX_ENTRY_TEXT = 500  # characters of a diary line, as stored
MAX_ENTRY_GRAMS = 5000.0  # one entry of more than 5 kg is a typo (*convention*)
# When a meal is not named, the clock chooses (*convention*, usual meal times).
BREAKFAST_UNTIL = time(10, 30)
LUNCH_UNTIL = time(15, 0)
DINNER_UNTIL = time(21, 0)


class EntryNotFound(LookupError):
    def __init__(self, entry_id: int) -> None:
        super().__init__(f"diary entry {entry_id}: not found")
        self.entry_id = entry_id


@dataclass(frozen=True, slots=True)
class DaySummary:
    day: date
    entries: tuple[LoggedEntry, ...]
    totals: DayTotals
    target: CalorieTarget | None
    target_problem: str | None  # why there is no target, when there is none
    training_kcal: float  # added to the target (the training's net energy when switched on)
    complete: bool  # whether the day counts for the expenditure estimate
    marked: bool | None  # the person's own word; None when they said nothing
    training: TrainingDay | None = None  # the day's sessions and their energy, when worked out
    training_net_kcal: float = 0.0  # the day's training, net of rest, added or not
    training_switch: bool = False  # the profile's "add training energy to the budget"

    def to_dict(self) -> dict[str, object]:
        totals = self.totals
        return {
            "date": self.day.isoformat(),
            "target_kcal": _round(totals.target_kcal),
            "remaining_kcal": _round(totals.remaining_kcal),
            "over_target": totals.over_target,
            "training_kcal": self.training_to_dict(),
            "macros_target": self.target.macros.to_dict() if self.target else None,
            "total": nutrients_to_dict(totals.total),
            "meals": [
                {
                    "meal": meal.value,
                    "total": nutrients_to_dict(totals.per_meal[meal]),
                    "entries": [entry_to_dict(e) for e in self.entries if e.entry.meal is meal],
                }
                for meal in Meal
            ],
            "complete": self.complete,
            "marked": self.marked,
            "note": self.target_problem,
        }

    def training_to_dict(self) -> dict[str, object]:
        """The day's training energy: gross, net, per session, and whether it was added."""
        details = self.training.to_dict() if self.training is not None else {}
        return {
            "gross": details.get("gross"),
            "net": round(self.training_net_kcal),
            "sessions": details.get("sessions", []),
            "added_to_budget": self.training_switch,
            "added_kcal": round(self.training_kcal),
            "body_weight_kg": details.get("body_weight_kg"),
            "note": details.get("note"),
        }


def _round(value: float | None) -> int | None:
    return None if value is None else round(value)


def nutrients_to_dict(n: Nutrients) -> dict[str, float]:
    return {
        "kcal": round(n.kcal),
        "protein_g": round(n.protein_g, 1),
        "fat_g": round(n.fat_g, 1),
        "carbohydrate_g": round(n.carbohydrate_g, 1),
        "fiber_g": round(n.fiber_g, 1),
    }


def entry_to_dict(logged: LoggedEntry) -> dict[str, object]:
    e = logged.entry
    return {
        "id": logged.id,
        "date": e.day.isoformat(),
        "meal": e.meal.value,
        "food_id": e.food_id,
        "food_name": e.food_name,
        "grams": round(e.grams, 1),
        "portion": e.portion_label,
        "text": e.text,
        **nutrients_to_dict(e.nutrients),
        "attribution": OPEN_FOOD_FACTS_ATTRIBUTION if is_open_food_facts(e.food_id) else None,
    }


def meal_for(value: str | None, now: time) -> Meal:
    """The meal named in ``value``, or the one the clock suggests when it is empty."""
    if value:
        try:
            return Meal.parse(value)
        except ValueError:
            accepted = ", ".join(meal.value for meal in Meal)
            raise InvalidInput("meal", value, f"use one of {accepted}") from None
    if now < BREAKFAST_UNTIL:
        return Meal.BREAKFAST
    if now < LUNCH_UNTIL:
        return Meal.LUNCH
    return Meal.DINNER if now < DINNER_UNTIL else Meal.SNACKS


def log_food(
    uow: UnitOfWork, user: User, index: FoodIndex, text: str, day: date, meal: Meal
) -> LoggedEntry:
    """Read ``text`` ("2 eggs", "150 g chicken breast") into a food and grams and store it.
    Raises UnreadableEntry, saying where the line went wrong."""
    line = text.strip()
    if len(line) > MAX_ENTRY_TEXT:
        raise InvalidInput("text", line[:40] + "…", f"keep it under {MAX_ENTRY_TEXT} characters")
    parsed = parse_entry(line, index)
    check_grams(parsed.grams)
    entry = DiaryEntry.from_parsed(parsed, day, meal, line)
    with uow:
        logged = uow.diary_entries.add(user.id, entry)
        uow.commit()
    return logged


def check_grams(grams: float) -> None:
    if not (math.isfinite(grams) and 0 < grams <= MAX_ENTRY_GRAMS):
        problem = f"give an amount above 0 g and up to {MAX_ENTRY_GRAMS:,.0f} g"
        raise InvalidInput("grams", round(grams, 1), problem)


def entries_on(uow: UnitOfWork, user: User, day: date) -> list[LoggedEntry]:
    with uow:
        return uow.diary_entries.for_day(user.id, day)


def get_entry(uow: UnitOfWork, user: User, entry_id: int) -> LoggedEntry:
    with uow:
        logged = uow.diary_entries.get(user.id, entry_id)
    if logged is None:
        raise EntryNotFound(entry_id)
    return logged


def change_entry(
    uow: UnitOfWork,
    user: User,
    entry_id: int,
    *,
    meal: Meal | None = None,
    grams: float | None = None,
    day: date | None = None,
) -> LoggedEntry:
    """Move an entry to another meal or day, or change its weight (nutrients scale with it)."""
    with uow:
        logged = uow.diary_entries.get(user.id, entry_id)
        if logged is None:
            raise EntryNotFound(entry_id)
        entry = logged.entry
        if grams is not None:
            check_grams(grams)
            scaled = entry.nutrients.scaled(grams / entry.grams)
            entry = replace(entry, grams=grams, nutrients=scaled)
        entry = replace(entry, meal=meal or entry.meal, day=day or entry.day)
        changed = uow.diary_entries.replace(user.id, entry_id, entry)
        uow.commit()
    assert changed is not None  # the row was read in the same transaction
    return changed


def delete_entry(uow: UnitOfWork, user: User, entry_id: int) -> None:
    with uow:
        if not uow.diary_entries.delete(user.id, entry_id):
            raise EntryNotFound(entry_id)
        uow.commit()


def mark_day(uow: UnitOfWork, user: User, day: date, complete: bool | None) -> None:
    """Say whether ``day``'s food log is complete (None: let Backstrong decide again)."""
    with uow:
        uow.diary_days.mark(user.id, day, complete)
        uow.commit()


def counts_as_complete(day: date, has_entries: bool, marked: bool | None, today: date) -> bool:
    """A day the person marked counts as they said; otherwise a past day with entries counts and
    today does not (it is still going on)."""
    if marked is not None:
        return marked
    return has_entries and day < today


def day_summary(
    uow: UnitOfWork,
    user: User,
    day: date,
    today: date,
    training_kcal: float = 0.0,
    training: TrainingDay | None = None,
) -> DaySummary:
    """``day``'s entries by meal, totals against the target, and whether the day is complete.
    The day's net training energy (``training``'s, else ``training_kcal``) raises the target
    when the profile says so."""
    net = training.net_kcal if training is not None else training_kcal
    with uow:
        entries = tuple(uow.diary_entries.for_day(user.id, day))
        marked = uow.diary_days.marks(user.id, day, day).get(day)
        profile = uow.nutrition_profiles.get(user.id)
    try:
        target: CalorieTarget | None = target_for(uow, user, day)
        problem = None
    except MissingProfile as exc:
        target, problem = None, str(exc)
    switch = profile is not None and profile.add_training_energy
    extra = net if switch and target is not None else 0.0
    target_kcal = target.target_kcal + extra if target else None
    totals = day_totals((logged.entry for logged in entries), target_kcal)
    complete = counts_as_complete(day, bool(entries), marked, today)
    return DaySummary(
        day, entries, totals, target, problem, extra, complete, marked, training, net, switch
    )


def day_with_training(
    uow: UnitOfWork, user: User, day: date, today: date, library: LibrarySource
) -> DaySummary:
    """:func:`day_summary` with the day's logged training worked out (``library`` gives each
    exercise's MET and rest; it is loaded only when the day has sets)."""
    return day_summary(uow, user, day, today, training=training_day(uow, user, day, library))
