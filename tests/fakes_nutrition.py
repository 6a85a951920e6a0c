"""In-memory fakes of the nutrition and body-weight ports (see tests/fakes.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Generic, TypeVar

from backstrong.domain.accounts import User
from backstrong.domain.body.trend import WeightEntry
from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.nutrition.diary import DiaryEntry, Meal
from backstrong.domain.nutrition.food_ranking import FoodUsage
from backstrong.domain.nutrition.foods import Food
from backstrong.domain.nutrition.profile import NutritionProfile
from backstrong.domain.nutrition.recipes import Recipe
from backstrong.services.body.service import BodyService
from backstrong.services.clock import Clock
from backstrong.services.nutrition.service import NutritionService
from backstrong.services.ports.body import LoggedWeight, WeightEntryRepository
from backstrong.services.ports.nutrition import (
    CustomFoodRepository,
    DiaryDayRepository,
    DiaryEntryRepository,
    ExerciseLibraries,
    FoodFile,
    LoggedEntry,
    NutritionProfileRepository,
    RecipeRepository,
)
from backstrong.services.ports.open_food_facts import (
    CachedProduct,
    OpenFoodFactsProducts,
    ProductLookup,
)
from backstrong.services.unit_of_work import UnitOfWork

T = TypeVar("T")


class FakeNutritionProfiles(NutritionProfileRepository):
    def __init__(self) -> None:
        self.rows: dict[int, NutritionProfile] = {}

    def get(self, user_id: int) -> NutritionProfile | None:
        return self.rows.get(user_id)

    def save(self, user_id: int, profile: NutritionProfile) -> None:
        self.rows[user_id] = profile


class FakeCustomFoods(CustomFoodRepository):
    def __init__(self) -> None:
        self.rows: list[tuple[int, int, Food]] = []  # (row id, owner, food)

    def list_for(self, user_id: int) -> list[Food]:
        return [food for _, owner, food in self.rows if owner == user_id]

    def ids_for(self, user_id: int) -> set[str]:
        return {food.id for food in self.list_for(user_id)}

    def add_many(self, user_id: int, foods: Iterable[Food]) -> int:
        added = 0
        for food in foods:
            self.rows.append((max((r[0] for r in self.rows), default=0) + 1, user_id, food))
            added += 1
        return added

    def get(self, user_id: int, food_id: str) -> Food | None:
        return next((f for _, o, f in self.rows if o == user_id and f.id == food_id), None)

    def delete(self, user_id: int, food_id: str) -> bool:
        kept = [row for row in self.rows if not (row[1] == user_id and row[2].id == food_id)]
        removed = len(kept) != len(self.rows)
        self.rows = kept
        return removed

    def count_by_source(self, user_id: int) -> dict[str, int]:
        counts: dict[str, int] = {}
        for food in self.list_for(user_id):
            counts[food.source] = counts.get(food.source, 0) + 1
        return counts

    def revision(self, user_id: int) -> tuple[int, int]:
        ids = [row_id for row_id, owner, _ in self.rows if owner == user_id]
        return len(ids), max(ids, default=0)


class FakeRecipes(RecipeRepository):
    def __init__(self) -> None:
        self.rows: dict[tuple[int, str], Recipe] = {}

    def page(self, user_id: int, limit: int, offset: int) -> tuple[list[Recipe], int]:
        mine = sorted((r for (o, _), r in self.rows.items() if o == user_id), key=lambda r: r.name)
        return mine[offset : offset + limit], len(mine)

    def get(self, user_id: int, food_id: str) -> Recipe | None:
        return self.rows.get((user_id, food_id))

    def save(self, user_id: int, recipe: Recipe) -> None:
        self.rows[(user_id, recipe.food_id)] = recipe

    def delete(self, user_id: int, food_id: str) -> bool:
        return self.rows.pop((user_id, food_id), None) is not None


@dataclass
class _Rows(Generic[T]):
    """Numbered rows, each with its owner's id."""

    next_id: int = 1
    rows: dict[int, tuple[int, T]] = field(default_factory=dict)  # id -> (owner, value)

    def add(self, user_id: int, value: T) -> int:
        row_id, self.next_id = self.next_id, self.next_id + 1
        self.rows[row_id] = (user_id, value)
        return row_id

    def owned(self, user_id: int) -> dict[int, T]:
        return {i: v for i, (owner, v) in self.rows.items() if owner == user_id}


class FakeDiaryEntries(DiaryEntryRepository):
    def __init__(self) -> None:
        self.store: _Rows[DiaryEntry] = _Rows()

    def add(self, user_id: int, entry: DiaryEntry) -> LoggedEntry:
        return LoggedEntry(self.store.add(user_id, entry), entry)

    def get(self, user_id: int, entry_id: int) -> LoggedEntry | None:
        entry = self.store.owned(user_id).get(entry_id)
        return LoggedEntry(entry_id, entry) if entry else None

    def for_day(self, user_id: int, day: date) -> list[LoggedEntry]:
        return [
            LoggedEntry(i, e) for i, e in sorted(self.store.owned(user_id).items()) if e.day == day
        ]

    def add_many(self, user_id: int, entries: Iterable[DiaryEntry]) -> int:
        return len([self.add(user_id, entry) for entry in entries])

    def meals_with(self, user_id: int, food_id: str) -> set[tuple[date, Meal]]:
        owned = self.store.owned(user_id).values()
        return {(e.day, e.meal) for e in owned if e.food_id == food_id}

    def all_for(self, user_id: int) -> list[LoggedEntry]:
        owned = sorted(self.store.owned(user_id).items())
        return [
            LoggedEntry(i, e) for i, e in sorted(owned, key=lambda item: (item[1].day, item[0]))
        ]

    def replace(self, user_id: int, entry_id: int, entry: DiaryEntry) -> LoggedEntry | None:
        if entry_id not in self.store.owned(user_id):
            return None
        self.store.rows[entry_id] = (user_id, entry)
        return LoggedEntry(entry_id, entry)

    def delete(self, user_id: int, entry_id: int) -> bool:
        if entry_id not in self.store.owned(user_id):
            return False
        del self.store.rows[entry_id]
        return True

    def food_usage(self, user_id: int, since: date) -> dict[str, FoodUsage]:
        usage: dict[str, FoodUsage] = {}
        for entry in self.store.owned(user_id).values():
            if entry.day >= since:
                known = usage.get(entry.food_id)
                times = known.times + 1 if known else 1
                last = max(known.last_day, entry.day) if known else entry.day
                usage[entry.food_id] = FoodUsage(times, last)
        return usage

    def daily_kcal(self, user_id: int, start: date, end: date) -> dict[date, float]:
        totals: dict[date, float] = {}
        for entry in self.store.owned(user_id).values():
            if start <= entry.day <= end:
                totals[entry.day] = totals.get(entry.day, 0.0) + entry.nutrients.kcal
        return totals


class FakeDiaryDays(DiaryDayRepository):
    def __init__(self) -> None:
        self.rows: dict[tuple[int, date], bool] = {}

    def marks(self, user_id: int, start: date, end: date) -> Mapping[date, bool]:
        return {d: c for (u, d), c in self.rows.items() if u == user_id and start <= d <= end}

    def mark(self, user_id: int, day: date, complete: bool | None) -> None:
        if complete is None:
            self.rows.pop((user_id, day), None)
        else:
            self.rows[(user_id, day)] = complete


class FakeWeightEntries(WeightEntryRepository):
    def __init__(self) -> None:
        self.store: _Rows[WeightEntry] = _Rows()

    def add(self, user_id: int, entry: WeightEntry) -> LoggedWeight:
        return LoggedWeight(self.store.add(user_id, entry), entry)

    def get(self, user_id: int, entry_id: int) -> LoggedWeight | None:
        entry = self.store.owned(user_id).get(entry_id)
        return LoggedWeight(entry_id, entry) if entry else None

    def list_for(self, user_id: int) -> list[LoggedWeight]:
        logged = [LoggedWeight(i, e) for i, e in self.store.owned(user_id).items()]
        return sorted(logged, key=lambda w: (w.entry.moment, w.id))

    def moments(self, user_id: int) -> list[datetime]:
        return [e.moment for e in self.store.owned(user_id).values()]

    def add_many(self, user_id: int, entries: Iterable[WeightEntry]) -> int:
        added = [self.store.add(user_id, entry) for entry in entries]
        return len(added)

    def latest(self, user_id: int) -> LoggedWeight | None:
        logged = self.list_for(user_id)
        return logged[-1] if logged else None

    def replace(self, user_id: int, entry_id: int, entry: WeightEntry) -> LoggedWeight | None:
        if entry_id not in self.store.owned(user_id):
            return None
        self.store.rows[entry_id] = (user_id, entry)
        return LoggedWeight(entry_id, entry)

    def delete(self, user_id: int, entry_id: int) -> bool:
        if entry_id not in self.store.owned(user_id):
            return False
        del self.store.rows[entry_id]
        return True


class FakeOpenFoodFactsProducts(OpenFoodFactsProducts):
    def __init__(self) -> None:
        self.rows: dict[str, CachedProduct] = {}

    def get(self, barcode: str) -> CachedProduct | None:
        return self.rows.get(barcode)

    def save(self, product: CachedProduct) -> None:
        self.rows[product.barcode] = product


def fixed_clock(on: date, hour: int = 12) -> Clock:
    """A clock stopped at ``hour`` o'clock UTC on ``on``."""
    moment = datetime.combine(on, time(hour), tzinfo=UTC)
    return Clock(lambda: moment)


class FakeExerciseLibraries(ExerciseLibraries):
    """Every person's library is ``library`` (or what the function returns, asked each time)."""

    def __init__(self, library: ExerciseLibrary | Callable[[], ExerciseLibrary]) -> None:
        self.library = library

    def library_for(self, user: User) -> ExerciseLibrary:
        return self.library() if callable(self.library) else self.library


def _no_files(path: Path) -> FoodFile:
    raise AssertionError(f"unit tests read no food files ({path})")


def nutrition_service(
    uow: UnitOfWork,
    today: date,
    foods: Iterable[Food] = (),
    products: ProductLookup | None = None,
    library: ExerciseLibrary | Callable[[], ExerciseLibrary] | None = None,
    hour: int = 12,
) -> NutritionService:
    """A NutritionService over the in-memory ``uow`` with its clock stopped on ``today``."""
    from tests.fakes_open_food_facts import FakeOpenFoodFacts

    shelf = tuple(foods)
    return NutritionService(
        lambda: uow,
        fixed_clock(today, hour),
        bundled_foods=lambda: shelf,
        food_indexes={},
        products=products or FakeOpenFoodFacts(),
        exercises=FakeExerciseLibraries(library or ExerciseLibrary([])),
        read_food_file=_no_files,
    )


def body_service(
    uow: UnitOfWork, today: date, nutrition: NutritionService | None = None, hour: int = 12
) -> BodyService:
    """A BodyService over the in-memory ``uow`` on ``today`` (with ``nutrition``, or a fresh
    NutritionService over the same ``uow``)."""
    nutrition = nutrition or nutrition_service(uow, today, hour=hour)
    return BodyService(lambda: uow, fixed_clock(today, hour), nutrition)
