"""The food diary: read a line such as "2 eggs" into a food and grams, and total a day by meal."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.amounts import UNIT_WORDS, Amount, Unit, read_amount
from backstrong.domain.nutrition.food_search import FoodIndex, FoodMatch, MatchKind, normalise
from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.nutrients import Nutrients

WATER_DENSITY_G_PER_ML = 1.0  # used for liquids whose food gives no density
MIN_TYPO_SCORE = 85.0  # rapidfuzz score below which a typo match is not trusted for a diary line
CANDIDATES = 10  # matches looked at for a food whose words are all complete
EXAMPLES = "'2 eggs', '150 g chicken breast', '1 cup cooked rice' or 'half an avocado'"


class UnreadableEntry(FieldError):
    """A diary line (the ``text`` field) that cannot be read; says where and shows how to
    write it."""

    def __init__(self, text: str, position: int, problem: str) -> None:
        super().__init__("text", text, f"{problem}; write it like {EXAMPLES}")
        self.text = text
        self.position = position  # 0-based index into ``text``
        self.problem = problem  # what is wrong, without the example
        self.args = (
            f"diary entry '{text}' at position {position + 1}: {problem}; write it like {EXAMPLES}",
        )


class Meal(StrEnum):
    BREAKFAST = "breakfast"
    LUNCH = "lunch"
    DINNER = "dinner"
    SNACKS = "snacks"

    @classmethod
    def parse(cls, text: str) -> Meal:
        """Accept the meal names in any case, and "snack"."""
        key = text.strip().casefold()
        key = "snacks" if key == "snack" else key
        try:
            return cls(key)
        except ValueError:
            accepted = ", ".join(meal.value for meal in cls)
            raise ValueError(f"meal '{text}': use one of {accepted}") from None


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """A diary line read: the food, how many grams, and the portion it was counted in."""

    food: Food
    grams: float
    portion_label: str  # "large", "cup", "g", "ml": the portion or unit the line used
    quantity_text: str  # the amount as written ("2", "half an", "200ml"); "" when none
    quantity: float = 1.0  # how many of ``portion_label``

    @property
    def nutrients(self) -> Nutrients:
        return self.food.nutrients_for(self.grams)

    @property
    def description(self) -> str:
        """The portion as people read it: "2 large (100 g)" or "150 g"."""
        count = f"{round(self.quantity, 2):g}"
        if self.portion_label in ("g", "kg", "oz", "lb", "ml", "cl", "dl", "l", "fl oz"):
            return f"{count} {self.portion_label}"
        return f"{count} {self.portion_label} ({self.grams:.0f} g)"


def parse_entry(text: str, index: FoodIndex) -> ParsedEntry:
    """Read a free-text diary line into a food of ``index`` and a weight in grams."""
    amount, start = _read_line(text)
    food_text = text[start:]
    if amount.unit is not None:
        food = _best_food(food_text, index, allow_typos=True)
        if food is None:
            raise UnreadableEntry(text, start, f"no food matches '{food_text.strip()}'")
        grams, label = _unit_grams(food, amount.unit, amount.quantity)
        return ParsedEntry(food, grams, label, amount.text, amount.quantity)
    counted, unknown = _read_counted_portion(text, start, amount, index)
    if counted is not None:
        return counted
    food = _best_food(food_text, index, allow_typos=unknown is None)
    if food is None and unknown is not None:
        known = ", ".join(portion.name for portion in unknown[0].portions) or "none"
        problem = f"'{unknown[0].name}' has no portion '{unknown[1]}' (it has: {known})"
        raise UnreadableEntry(text, start, problem)
    if food is None:
        raise UnreadableEntry(text, start, f"no food matches '{food_text.strip()}'")
    portion = _portion_named_by_food(food, food_text) if amount.counted else None
    portion = portion or food.default_portion
    if portion is None:
        problem = f"'{food.name}' has no household portion, so give a weight like '150 g'"
        raise UnreadableEntry(text, start, problem)
    return _counted(food, portion, amount)


def _read_line(text: str) -> tuple[Amount, int]:
    """The amount and where the food's name starts; errors for empty lines and bad amounts."""
    if not text.strip():
        raise UnreadableEntry(text, 0, "the line is empty")
    amount = read_amount(text)
    if not math.isfinite(amount.quantity) or amount.quantity <= 0:
        raise UnreadableEntry(text, 0, f"quantity '{amount.text}' must be above 0")
    rest = text[amount.food_start :]
    start = amount.food_start + len(rest) - len(rest.lstrip())
    if not rest.strip():
        raise UnreadableEntry(text, start, "no food named after the amount")
    return amount, start


def _read_counted_portion(
    text: str, start: int, amount: Amount, index: FoodIndex
) -> tuple[ParsedEntry | None, tuple[Food, str] | None]:
    """Read a portion word the food itself defines: "1 large egg", "2 slices of bread".

    Also returns the food and word of a line like "2 slices banana", whose food is plain but
    whose portion word is not one of that food's portions.
    """
    words = text[start:].split()
    unknown: tuple[Food, str] | None = None
    for size in (2, 1):
        head, rest = " ".join(words[:size]), words[size:]
        if rest and rest[0].casefold() == "of":
            rest = rest[1:]
        if len(words) <= size or not rest or words[size - 1].casefold() == "of":
            continue
        match = _best_match(" ".join(rest), index, allow_typos=True)
        portion = _portion_called(match.food, head) if match else None
        if match is not None and portion is not None:
            return _counted(match.food, portion, amount), None
        looks_like_a_portion = (normalise(head).split() or [""])[0] in index.portion_words
        if match is not None and match.complete and looks_like_a_portion:
            unknown = unknown or (match.food, head)
    return None, unknown


def _portion_named_by_food(food: Food, food_text: str) -> Portion | None:
    """A portion named by the food's own last word: "10 almonds" counts "almond"s."""
    last = normalise(food_text).split()[-1:]
    for portion in food.portions:
        if normalise(portion.name).split() == last:
            return portion
    return None


def _portion_called(food: Food, words: str) -> Portion | None:
    wanted = normalise(words)
    for portion in food.portions:
        if normalise(portion.name) == wanted:
            return portion
    for portion in food.portions:
        if normalise(portion.name).split()[:1] == [wanted]:
            return portion
    return None


def _counted(food: Food, portion: Portion, amount: Amount) -> ParsedEntry:
    grams = amount.quantity * portion.grams
    return ParsedEntry(food, grams, portion.name, amount.text, amount.quantity)


def _best_food(food_text: str, index: FoodIndex, allow_typos: bool) -> Food | None:
    match = _best_match(food_text, index, allow_typos)
    return match.food if match else None


def _best_match(food_text: str, index: FoodIndex, allow_typos: bool) -> FoodMatch | None:
    """The best match whose words are all whole ("salt" is not "salted butter"), else a typo."""
    matches = index.matches(food_text, limit=CANDIDATES)
    for match in matches:
        if match.complete:
            return match
    for match in matches if allow_typos else ():
        if match.kind is MatchKind.FUZZY and match.score >= MIN_TYPO_SCORE:
            return match
    return None


def _unit_grams(food: Food, unit: Unit, quantity: float) -> tuple[float, str]:
    """Grams for "2 tbsp" or "200 ml": the food's own cup/tbsp/tsp first, else volume × density."""
    if unit.household:
        for word in sorted(UNIT_WORDS[unit.symbol], key=len):
            portion = _portion_called(food, word)
            if portion is not None:
                return quantity * portion.grams, portion.name
    density = food.density_g_per_ml or WATER_DENSITY_G_PER_ML
    return unit.grams(quantity, density), unit.symbol


@dataclass(frozen=True, slots=True)
class DiaryEntry:
    """One logged food. Nutrients are kept as logged, so editing a food leaves history alone."""

    day: date
    meal: Meal
    food_id: str
    food_name: str
    grams: float
    nutrients: Nutrients
    portion_label: str = ""
    text: str = ""

    def __post_init__(self) -> None:
        if not math.isfinite(self.grams) or self.grams <= 0:
            raise ValueError(f"grams '{self.grams}': a diary entry needs a weight above 0")

    @classmethod
    def log(
        cls,
        food: Food,
        grams: float,
        day: date,
        meal: Meal,
        portion_label: str = "",
        text: str = "",
    ) -> DiaryEntry:
        return cls(
            day, meal, food.id, food.name, grams, food.nutrients_for(grams), portion_label, text
        )

    @classmethod
    def from_parsed(cls, parsed: ParsedEntry, day: date, meal: Meal, text: str = "") -> DiaryEntry:
        return cls.log(parsed.food, parsed.grams, day, meal, parsed.description, text)


@dataclass(frozen=True, slots=True)
class DayTotals:
    """A day's intake by meal (every meal present, empty ones zero), in total and against target."""

    per_meal: Mapping[Meal, Nutrients]
    total: Nutrients
    target_kcal: float | None
    remaining_kcal: float | None  # negative when over target; None without a target

    @property
    def over_target(self) -> bool:
        return self.remaining_kcal is not None and self.remaining_kcal < 0


def day_totals(entries: Iterable[DiaryEntry], target_kcal: float | None = None) -> DayTotals:
    """Add up one day's entries per meal and overall, and what remains of ``target_kcal``."""
    if target_kcal is not None and (not math.isfinite(target_kcal) or target_kcal <= 0):
        raise ValueError(f"target_kcal '{target_kcal}': must be above 0 or left out")
    per_meal = {meal: Nutrients.zero() for meal in Meal}
    days: set[date] = set()
    for entry in entries:
        per_meal[entry.meal] = per_meal[entry.meal] + entry.nutrients
        days.add(entry.day)
    if len(days) > 1:
        listed = ", ".join(sorted(day.isoformat() for day in days))
        raise ValueError(f"entries span days {listed}: total one day at a time")
    total = sum(per_meal.values(), Nutrients.zero())
    remaining = None if target_kcal is None else target_kcal - total.kcal
    return DayTotals(MappingProxyType(per_meal), total, target_kcal, remaining)
