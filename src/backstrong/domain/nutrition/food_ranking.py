"""Put a person's own habits first: foods they logged lately and often rank above equally good
matches they never eat, so "mi" opens with the milk they have every morning."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from backstrong.domain.nutrition.food_search import FoodIndex, FoodMatch, MatchKind

USAGE_WINDOW_DAYS = 90  # diary days looked back over for recent and frequent foods
RECENT_DAYS = 14  # a food logged within this many days counts as recent
PERSONAL_POOL = 100  # index matches re-ranked, so a habit outside the top ``limit`` still rises


@dataclass(frozen=True, slots=True)
class FoodUsage:
    """How often a person logged one food in the window, and when they last did."""

    times: int
    last_day: date


def habit_rank(usage: FoodUsage | None, today: date) -> tuple[int, int, int]:
    """Smaller is better: recent before only frequent before never; then more often, then later."""
    if usage is None:
        return (2, 0, 0)
    recent = (today - usage.last_day).days <= RECENT_DAYS
    return (0 if recent else 1, -usage.times, (today - usage.last_day).days)


def personal_matches(
    index: FoodIndex,
    text: str,
    limit: int,
    usage: Mapping[str, FoodUsage],
    today: date,
) -> list[FoodMatch]:
    """The index's matches for ``text`` with the person's habits first among good matches
    (exact, prefix or whole-word); typo and look-alike matches keep their place after them."""
    pool = index.matches(text, max(limit, PERSONAL_POOL) if usage else limit)
    return reorder(pool, usage, today)[:limit]


def reorder(
    matches: Sequence[FoodMatch], usage: Mapping[str, FoodUsage], today: date
) -> list[FoodMatch]:
    """Good matches the person has logged first (recent, then frequent), the rest in order."""

    def key(item: tuple[int, FoodMatch]) -> tuple[int, tuple[int, int, int], int]:
        position, match = item
        good = match.kind <= MatchKind.WORDS and match.complete
        habit = habit_rank(usage.get(match.food.id), today) if good else (2, 0, 0)
        return (0 if habit[0] < 2 else 1, habit, position)

    return [match for _, match in sorted(enumerate(matches), key=key)]


def recent_foods(usage: Mapping[str, FoodUsage], today: date, limit: int) -> list[str]:
    """Ids of the person's foods for an empty search box: recent and frequent first."""
    ranked = sorted(usage.items(), key=lambda item: (habit_rank(item[1], today), item[0]))
    return [food_id for food_id, _ in ranked[:limit]]
