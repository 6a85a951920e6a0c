"""The food diary's rules at the service level: a line read into an entry, the meal the clock
suggests, a day's totals against the target with its training energy, and whether a day's log is
complete."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, time

from backstrong.domain.accounts import User
from backstrong.domain.nutrition.diary import (
    DayTotals,
    DiaryEntry,
    Meal,
    ParsedEntry,
    day_totals,
    parse_entry,
)
from backstrong.domain.nutrition.diary_lines import UnmatchedFoods, read_line
from backstrong.domain.nutrition.energy import CalorieTarget, calorie_target
from backstrong.domain.nutrition.food_search import FoodIndex
from backstrong.domain.nutrition.measurements import BodyWeight, InvalidInput
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.services.errors import NotFound
from backstrong.services.nutrition.profile import MissingProfile
from backstrong.services.nutrition.training_energy import TrainingDay
from backstrong.services.ports.nutrition import LoggedEntry
from backstrong.services.unit_of_work import UnitOfWork

MAX_ENTRY_TEXT = 500  # characters of a diary line, as stored
MAX_ENTRY_GRAMS = 5000.0  # one entry of more than 5 kg is a typo (*convention*)
# When a meal is not named, the clock chooses (*convention*, usual meal times).
BREAKFAST_UNTIL = time(10, 30)
LUNCH_UNTIL = time(15, 0)
DINNER_UNTIL = time(21, 0)


class EntryNotFound(NotFound):
    def __init__(self, entry_id: int) -> None:
        super().__init__("diary entry", entry_id)


@dataclass(frozen=True, slots=True)
class MealLine:
    meal: Meal
    total: Nutrients
    entries: tuple[LoggedEntry, ...]


@dataclass(frozen=True, slots=True)
class TrainingBudget:
    """The day's training energy as the diary shows it: gross, net, each session, and how much
    of it went into the day's budget."""

    gross: float | None  # None when the day's training was not worked out
    net: float
    sessions: tuple[object, ...]
    added_to_budget: bool
    added_kcal: float
    body_weight_kg: float | None
    note: str | None


@dataclass(frozen=True, slots=True)
class DaySummary:
    day: date
    entries: tuple[LoggedEntry, ...]
    totals: DayTotals
    target: CalorieTarget | None
    missing_target: MissingProfile | None  # why there is no target, when there is none
    training_kcal: float  # added to the target (the training's net energy when switched on)
    complete: bool  # whether the day counts for the expenditure estimate
    marked: bool | None  # the person's own word; None when they said nothing
    training: TrainingDay | None = None  # the day's sessions and their energy, when worked out
    training_net_kcal: float = 0.0  # the day's training, net of rest, added or not
    training_switch: bool = False  # the profile's "add training energy to the budget"
    today: date | None = None  # the person's today when the summary was made
    suggested_meal: Meal = Meal.SNACKS  # the meal the clock suggests for a new entry

    @property
    def target_problem(self) -> str | None:
        return None if self.missing_target is None else str(self.missing_target)

    @property
    def meals(self) -> tuple[MealLine, ...]:
        """Every meal in order, with its total and entries (empty meals too)."""
        return tuple(
            MealLine(meal, self.totals.per_meal[meal],
                     tuple(e for e in self.entries if e.entry.meal is meal))
            for meal in Meal
        )  # fmt: skip

    @property
    def training_budget(self) -> TrainingBudget:
        day = self.training
        return TrainingBudget(
            gross=None if day is None else day.gross_kcal,
            net=self.training_net_kcal,
            sessions=() if day is None else day.sessions,
            added_to_budget=self.training_switch,
            added_kcal=self.training_kcal,
            body_weight_kg=None if day is None else day.body_weight_kg,
            note=None if day is None else day.note,
        )


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


def read_entry(text: str, index: FoodIndex, day: date, meal: Meal) -> DiaryEntry:
    """Read ``text`` ("2 eggs", "150 g chicken breast") into a food and grams.
    Raises UnreadableEntry, saying where the line went wrong."""
    line = text.strip()
    if len(line) > MAX_ENTRY_TEXT:
        raise InvalidInput("text", line[:40] + "…", f"keep it under {MAX_ENTRY_TEXT} characters")
    parsed = parse_entry(line, index)
    check_grams(parsed.grams)
    return DiaryEntry.from_parsed(parsed, day, meal, line)


def read_entries(text: str, index: FoodIndex, day: date, meal: Meal) -> list[DiaryEntry]:
    """Read every food of a line ("2 eggs, 1 coffee with milk"). Raises UnmatchedFoods when a
    part names no food (with the closest foods for each such part)."""
    line = text.strip()
    if len(line) > MAX_ENTRY_TEXT:
        raise InvalidInput("text", line[:40] + "…", f"keep it under {MAX_ENTRY_TEXT} characters")
    reading = read_line(line, index)
    if not reading.complete:
        raise UnmatchedFoods(reading)
    entries = []
    for part in reading.parts:
        assert part.parsed is not None  # a complete reading has every part read
        check_grams(part.parsed.grams)
        entries.append(DiaryEntry.from_parsed(part.parsed, day, meal, part.text))
    return entries


def chosen_entry(
    index: FoodIndex,
    food_id: str,
    day: date,
    meal: Meal,
    *,
    grams: float | None = None,
    portion: str | None = None,
    quantity: float = 1.0,
) -> DiaryEntry:
    """A food picked from search by its id: ``quantity`` of its household ``portion`` ("slice"),
    or ``grams`` of it. Raises InvalidInput naming the field that cannot be right."""
    food = index.food(food_id)
    if food is None:
        raise InvalidInput("food_id", food_id, "pick a food from the search")
    if portion:
        known = food.portion(portion)
        if known is None:
            names = ", ".join(p.name for p in food.portions) or "none; give grams"
            raise InvalidInput("portion", portion, f"one of {names}")
        if not (math.isfinite(quantity) and quantity > 0):
            raise InvalidInput("quantity", quantity, "a number above 0, e.g. 1 or 0.5")
        parsed = ParsedEntry(food, quantity * known.grams, known.name, f"{quantity:g}", quantity)
    elif grams is not None:
        parsed = ParsedEntry(food, grams, "g", f"{grams:g}", grams)
    else:
        raise InvalidInput("grams", "", "give grams, or a portion and how many")
    check_grams(parsed.grams)
    return DiaryEntry.from_parsed(parsed, day, meal, f"{parsed.description} {food.name}")


def check_grams(grams: float) -> None:
    if not (math.isfinite(grams) and 0 < grams <= MAX_ENTRY_GRAMS):
        problem = f"give an amount above 0 g and up to {MAX_ENTRY_GRAMS:,.0f} g"
        raise InvalidInput("grams", round(grams, 1), problem)


def changed_entry(
    entry: DiaryEntry, meal: Meal | None, grams: float | None, day: date | None
) -> DiaryEntry:
    """``entry`` moved to another meal or day, or of another weight (nutrients scale with it)."""
    if grams is not None:
        check_grams(grams)
        entry = replace(entry, grams=grams, nutrients=entry.nutrients.scaled(grams / entry.grams))
    return replace(entry, meal=meal or entry.meal, day=day or entry.day)


def counts_as_complete(day: date, has_entries: bool, marked: bool | None, today: date) -> bool:
    """A day the person marked counts as they said; otherwise a past day with entries counts and
    today does not (it is still going on)."""
    if marked is not None:
        return marked
    return has_entries and day < today


def target_on(uow: UnitOfWork, user: User, on: date) -> CalorieTarget:
    """The person's calorie target on ``on``: their profile with their latest weigh-in.
    Raises MissingProfile saying what is still needed."""
    with uow:
        profile = uow.nutrition_profiles.get(user.id)
        latest = uow.weight_entries.latest(user.id)
    if profile is None:
        raise MissingProfile(
            "profile", "set your sex, age, height and activity first to get a calorie target"
        )
    if latest is None:
        raise MissingProfile("weight", "log your weight first to get a calorie target")
    return calorie_target(profile.energy_profile(BodyWeight(latest.entry.weight_kg), on))


def summarise_day(
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
    target: CalorieTarget | None = None
    missing: MissingProfile | None = None
    try:
        target = target_on(uow, user, day)
    except MissingProfile as exc:
        missing = exc
    switch = profile is not None and profile.add_training_energy
    extra = net if switch and target is not None else 0.0
    target_kcal = target.target_kcal + extra if target else None
    totals = day_totals((logged.entry for logged in entries), target_kcal)
    complete = counts_as_complete(day, bool(entries), marked, today)
    return DaySummary(
        day, entries, totals, target, missing, extra, complete, marked, training, net, switch,
        today,
    )  # fmt: skip
