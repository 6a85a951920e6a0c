"""Nutrition profiles, a person's own foods, diary entries and diary days; always by owner."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from pydantic import TypeAdapter
from sqlalchemy import Row, delete, func, insert, select
from sqlalchemy.orm import Session

from backstrong.adapters.db.entries import PersonalEntries
from backstrong.adapters.db.nutrition.tables import (
    CustomFoodRow,
    DiaryDayRow,
    DiaryEntryRow,
    NutritionProfileRow,
)
from backstrong.adapters.db.orm import utcnow
from backstrong.domain.nutrition.diary import DiaryEntry, Meal
from backstrong.domain.nutrition.food_ranking import FoodUsage
from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.domain.nutrition.profile import (
    STORED_FIELDS,
    NutritionProfile,
    profile_from_stored,
    stored_profile,
)
from backstrong.services.ports.nutrition import LoggedEntry

INSERT_BATCH = 1000  # rows per INSERT when importing thousands of foods
# The JSON columns of a person's foods: portions as [[name, grams], ...] and aliases as [name].
PORTIONS = TypeAdapter(list[tuple[str, float]])
ALIASES = TypeAdapter(list[str])


class SqlNutritionProfileRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, user_id: int) -> NutritionProfile | None:
        row = self._s.scalar(
            select(NutritionProfileRow).where(NutritionProfileRow.user_id == user_id)
        )
        if row is None:
            return None
        return profile_from_stored({name: getattr(row, name) for name in STORED_FIELDS})

    def save(self, user_id: int, profile: NutritionProfile) -> None:
        row = self._s.scalar(
            select(NutritionProfileRow).where(NutritionProfileRow.user_id == user_id)
        )
        if row is None:
            row = NutritionProfileRow(user_id=user_id)
            self._s.add(row)
        for name, value in stored_profile(profile).items():
            setattr(row, name, value)
        row.updated_at = utcnow()


_FOOD_COLUMNS = (
    CustomFoodRow.food_id, CustomFoodRow.name, CustomFoodRow.kcal, CustomFoodRow.protein_g,
    CustomFoodRow.fat_g, CustomFoodRow.carbohydrate_g, CustomFoodRow.fiber_g,
    CustomFoodRow.portions, CustomFoodRow.aliases, CustomFoodRow.category, CustomFoodRow.everyday,
    CustomFoodRow.source, CustomFoodRow.licence, CustomFoodRow.density_g_per_ml,
    CustomFoodRow.brand,
)  # fmt: skip


def _food(row: Row[Any]) -> Food:
    return Food(
        id=row.food_id,
        name=row.name,
        per_100g=Nutrients(row.kcal, row.protein_g, row.fat_g, row.carbohydrate_g, row.fiber_g),
        portions=tuple(
            Portion(name, grams) for name, grams in PORTIONS.validate_python(row.portions)
        ),
        aliases=tuple(ALIASES.validate_python(row.aliases)),
        category=row.category,
        everyday=row.everyday,
        source=row.source,
        licence=row.licence,
        density_g_per_ml=row.density_g_per_ml,
        brand=row.brand,
    )


def _food_values(user_id: int, food: Food, now: object) -> dict[str, object]:
    n = food.per_100g
    return {
        "user_id": user_id,
        "food_id": food.id,
        "name": food.name,
        "source": food.source,
        "licence": food.licence,
        "category": food.category,
        "brand": food.brand,
        "everyday": food.everyday,
        "kcal": n.kcal,
        "protein_g": n.protein_g,
        "fat_g": n.fat_g,
        "carbohydrate_g": n.carbohydrate_g,
        "fiber_g": n.fiber_g,
        "density_g_per_ml": food.density_g_per_ml,
        "portions": PORTIONS.dump_python([(p.name, p.grams) for p in food.portions], mode="json"),
        "aliases": ALIASES.dump_python(list(food.aliases), mode="json"),
        "created_at": now,
    }


class SqlCustomFoodRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list_for(self, user_id: int) -> list[Food]:
        # Plain columns, not ORM objects: thousands of imported foods load several times faster.
        stmt = select(*_FOOD_COLUMNS).where(CustomFoodRow.user_id == user_id)
        return [_food(row) for row in self._s.execute(stmt.order_by(CustomFoodRow.id))]

    def ids_for(self, user_id: int) -> set[str]:
        stmt = select(CustomFoodRow.food_id).where(CustomFoodRow.user_id == user_id)
        return set(self._s.scalars(stmt))

    def add_many(self, user_id: int, foods: Iterable[Food]) -> int:
        now = utcnow()
        values = [_food_values(user_id, food, now) for food in foods]
        for start in range(0, len(values), INSERT_BATCH):
            self._s.execute(insert(CustomFoodRow), values[start : start + INSERT_BATCH])
        return len(values)

    def get(self, user_id: int, food_id: str) -> Food | None:
        stmt = select(*_FOOD_COLUMNS).where(
            CustomFoodRow.user_id == user_id, CustomFoodRow.food_id == food_id
        )
        row = self._s.execute(stmt).first()
        return _food(row) if row else None

    def delete(self, user_id: int, food_id: str) -> bool:
        stmt = delete(CustomFoodRow).where(
            CustomFoodRow.user_id == user_id, CustomFoodRow.food_id == food_id
        )
        return bool(self._s.execute(stmt).rowcount)  # type: ignore[attr-defined]

    def count_by_source(self, user_id: int) -> dict[str, int]:
        stmt = (
            select(CustomFoodRow.source, func.count())
            .where(CustomFoodRow.user_id == user_id)
            .group_by(CustomFoodRow.source)
        )
        return {str(source): int(count) for source, count in self._s.execute(stmt)}

    def revision(self, user_id: int) -> tuple[int, int]:
        stmt = select(func.count(), func.coalesce(func.max(CustomFoodRow.id), 0)).where(
            CustomFoodRow.user_id == user_id
        )
        count, highest = self._s.execute(stmt).one()
        return int(count), int(highest)


def _entry(row: DiaryEntryRow) -> LoggedEntry:
    nutrients = Nutrients(row.kcal, row.protein_g, row.fat_g, row.carbohydrate_g, row.fiber_g)
    entry = DiaryEntry(
        row.day,
        Meal(row.meal),
        row.food_id,
        row.food_name,
        row.grams,
        nutrients,
        row.portion_label,
        row.text,
    )
    return LoggedEntry(row.id, entry)


def _fill(row: DiaryEntryRow, entry: DiaryEntry) -> None:
    row.day, row.meal = entry.day, entry.meal.value
    row.food_id, row.food_name, row.grams = entry.food_id, entry.food_name, entry.grams
    n = entry.nutrients
    row.kcal, row.protein_g, row.fat_g = n.kcal, n.protein_g, n.fat_g
    row.carbohydrate_g, row.fiber_g = n.carbohydrate_g, n.fiber_g
    row.portion_label, row.text = entry.portion_label, entry.text


class SqlDiaryEntryRepository(PersonalEntries[DiaryEntryRow, DiaryEntry, LoggedEntry]):
    def __init__(self, session: Session) -> None:
        super().__init__(session, DiaryEntryRow, _fill, _entry)

    def for_day(self, user_id: int, day: date) -> list[LoggedEntry]:
        stmt = (
            select(DiaryEntryRow)
            .where(DiaryEntryRow.user_id == user_id, DiaryEntryRow.day == day)
            .order_by(DiaryEntryRow.id)
        )
        return [_entry(row) for row in self._s.scalars(stmt)]

    def add_many(self, user_id: int, entries: Iterable[DiaryEntry]) -> int:
        now = utcnow()
        rows = []
        for entry in entries:
            row = DiaryEntryRow()
            _fill(row, entry)
            values = {c.key: getattr(row, c.key) for c in DiaryEntryRow.__table__.columns}
            rows.append({**values, "id": None, "user_id": user_id, "created_at": now})
        for start in range(0, len(rows), INSERT_BATCH):
            self._s.execute(insert(DiaryEntryRow), rows[start : start + INSERT_BATCH])
        return len(rows)

    def meals_with(self, user_id: int, food_id: str) -> set[tuple[date, Meal]]:
        stmt = (
            select(DiaryEntryRow.day, DiaryEntryRow.meal)
            .where(DiaryEntryRow.user_id == user_id, DiaryEntryRow.food_id == food_id)
            .distinct()
        )
        return {(day, Meal(meal)) for day, meal in self._s.execute(stmt)}

    def all_for(self, user_id: int) -> list[LoggedEntry]:
        return self._all_for(user_id, DiaryEntryRow.day)

    def food_usage(self, user_id: int, since: date) -> dict[str, FoodUsage]:
        stmt = (
            select(DiaryEntryRow.food_id, func.count(), func.max(DiaryEntryRow.day))
            .where(DiaryEntryRow.user_id == user_id, DiaryEntryRow.day >= since)
            .group_by(DiaryEntryRow.food_id)
        )
        return {
            food_id: FoodUsage(int(times), last) for food_id, times, last in self._s.execute(stmt)
        }

    def daily_kcal(self, user_id: int, start: date, end: date) -> dict[date, float]:
        stmt = (
            select(DiaryEntryRow.day, func.sum(DiaryEntryRow.kcal))
            .where(
                DiaryEntryRow.user_id == user_id,
                DiaryEntryRow.day >= start,
                DiaryEntryRow.day <= end,
            )
            .group_by(DiaryEntryRow.day)
        )
        return {day: float(kcal) for day, kcal in self._s.execute(stmt)}


class SqlDiaryDayRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def marks(self, user_id: int, start: date, end: date) -> Mapping[date, bool]:
        stmt = select(DiaryDayRow.day, DiaryDayRow.complete).where(
            DiaryDayRow.user_id == user_id, DiaryDayRow.day >= start, DiaryDayRow.day <= end
        )
        return {day: bool(complete) for day, complete in self._s.execute(stmt)}

    def mark(self, user_id: int, day: date, complete: bool | None) -> None:
        where = (DiaryDayRow.user_id == user_id, DiaryDayRow.day == day)
        if complete is None:
            self._s.execute(delete(DiaryDayRow).where(*where))
            return
        row = self._s.scalar(select(DiaryDayRow).where(*where))
        if row is None:
            row = DiaryDayRow(user_id=user_id, day=day)
            self._s.add(row)
        row.complete = complete
        row.updated_at = utcnow()
