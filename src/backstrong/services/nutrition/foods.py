"""The foods a person can search and log: the bundled shelf (the same for everyone, indexed
once) layered under the foods they imported, each person's index kept in a cache and rebuilt
only when their foods change."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from backstrong.domain.accounts import User
from backstrong.domain.nutrition.custom_foods import read_custom_food
from backstrong.domain.nutrition.food_ranking import (
    USAGE_WINDOW_DAYS,
    FoodUsage,
    personal_matches,
    recent_foods,
)
from backstrong.domain.nutrition.food_search import FoodIndex
from backstrong.domain.nutrition.foods import CUSTOM_SOURCE, Food, FoodCatalogue
from backstrong.services.errors import NotFound
from backstrong.services.ports.nutrition import SkippedFood
from backstrong.services.unit_of_work import UnitOfWork, delete_or_raise

FoodIndexCache = MutableMapping[int, tuple[tuple[int, int], FoodIndex]]


@dataclass(frozen=True, slots=True)
class FoodShelf:
    """Foods that are the same for everyone (the bundled table), with their search index."""

    foods: tuple[Food, ...]
    index: FoodIndex

    @classmethod
    def of(cls, foods: Iterable[Food]) -> FoodShelf:
        kept = tuple(foods)
        return cls(kept, FoodIndex.build(kept))


@dataclass(frozen=True, slots=True)
class FoodImportReport:
    added: int
    already_there: int
    total_foods: int  # the person's own foods after the import
    skipped: Sequence[SkippedFood] = ()  # foods the file held that could not be read
    warnings: Sequence[str] = ()


class FoodIndexes:
    """The bundled shelf (loaded on first use) and each person's index over it and their own
    foods (``cache``: user id → (revision of their foods, index))."""

    def __init__(self, load_bundled: Callable[[], Iterable[Food]], cache: FoodIndexCache) -> None:
        self._load_bundled = load_bundled
        self._cache = cache

    @cached_property
    def shelf(self) -> FoodShelf:
        return FoodShelf.of(self._load_bundled())

    def index_for(self, uow: UnitOfWork, user: User | None) -> FoodIndex:
        """The bundled foods plus the person's own (theirs only), indexed for search."""
        if user is None:
            return self.shelf.index
        with uow:
            revision = uow.custom_foods.revision(user.id)
            if revision[0] == 0:
                return self.shelf.index
            cached = self._cache.get(user.id)
            if cached is not None and cached[0] == revision:
                return cached[1]
            own = uow.custom_foods.list_for(user.id)
        index = FoodIndex.build(FoodCatalogue.layered(self.shelf.foods, own))
        self._cache[user.id] = (revision, index)
        return index


def add_foods(uow: UnitOfWork, user: User, foods: Sequence[Food]) -> FoodImportReport:
    """Store foods read from a file in one transaction; ids the person already has are left
    alone, so importing the same file again adds nothing."""
    with uow:
        existing = uow.custom_foods.ids_for(user.id)
        fresh: dict[str, Food] = {}
        for food in foods:
            if food.id not in existing:
                fresh.setdefault(food.id, food)
        added = uow.custom_foods.add_many(user.id, fresh.values())
        uow.commit()
        total = uow.custom_foods.revision(user.id)[0]
    return FoodImportReport(added, len(foods) - added, total)


@dataclass(frozen=True, slots=True)
class FoundFood:
    """A food offered by search, with how often the person logged it lately (0: never)."""

    food: Food
    times_logged: int = 0
    last_logged: date | None = None


def usage_of(uow: UnitOfWork, user: User | None, today: date) -> dict[str, FoodUsage]:
    """The person's foods of the last ``USAGE_WINDOW_DAYS`` days (none without a person)."""
    if user is None:
        return {}
    with uow:
        return uow.diary_entries.food_usage(user.id, today - timedelta(days=USAGE_WINDOW_DAYS))


def find(
    index: FoodIndex, text: str, limit: int, usage: dict[str, FoodUsage], today: date
) -> list[FoundFood]:
    """Foods for ``text`` with the person's recent and frequent ones first; an empty ``text``
    gives their recent and frequent foods alone."""
    if text.strip():
        foods = [match.food for match in personal_matches(index, text, limit, usage, today)]
    else:
        known = (index.food(food_id) for food_id in recent_foods(usage, today, limit * 2))
        foods = [food for food in known if food is not None][:limit]
    found = []
    for food in foods:
        used = usage.get(food.id)
        found.append(FoundFood(food, used.times, used.last_day) if used else FoundFood(food))
    return found


class FoodNotFound(NotFound):
    def __init__(self, food_id: str) -> None:
        super().__init__("food of your own", food_id)


def save_food(uow: UnitOfWork, user: User, fields: Mapping[str, str], food_id: str | None) -> Food:
    """Add a food of the person's own, or replace one (``food_id``) keeping its id; an edit is
    stored as a new row so every cached search index sees the change."""
    food = read_custom_food(fields, food_id)
    with uow:
        if food_id is not None:
            known = uow.custom_foods.get(user.id, food_id)
            if known is None or known.source != CUSTOM_SOURCE:
                raise FoodNotFound(food_id)
            uow.custom_foods.delete(user.id, food_id)
        uow.custom_foods.add_many(user.id, [food])
        uow.commit()
    return food


def delete_food(uow: UnitOfWork, user: User, food_id: str) -> None:
    delete_or_raise(
        uow, lambda uow: uow.custom_foods.delete(user.id, food_id), FoodNotFound(food_id)
    )
