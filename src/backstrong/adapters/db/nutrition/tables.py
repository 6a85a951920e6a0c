"""Nutrition: each person's profile, their own foods (imported or hand-made), the food diary and
which diary days are complete."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from backstrong.adapters.db.orm import (
    Base,
    PersonalRow,
    PersonalRowIndexedByTable,
    UtcDateTime,
    utcnow,
)


class NutritionProfileRow(Base):
    __tablename__ = "nutrition_profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True, unique=True
    )
    sex: Mapped[str] = mapped_column(String(10))
    birth_year: Mapped[int] = mapped_column(Integer)
    height_cm: Mapped[float] = mapped_column(Float)
    activity: Mapped[str] = mapped_column(String(20))
    goal: Mapped[str] = mapped_column(String(20))
    equation: Mapped[str] = mapped_column(String(40))
    body_fat_percent: Mapped[float | None] = mapped_column(Float)
    protein_g_per_kg: Mapped[float | None] = mapped_column(Float)
    add_training_energy: Mapped[bool] = mapped_column(Boolean, default=False)
    allow_below_floor: Mapped[bool] = mapped_column(Boolean, default=False)
    due_date: Mapped[date | None] = mapped_column(Date)
    breastfeeding: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CustomFoodRow(PersonalRow, Base):
    """A food of one person: imported (USDA) or made by hand. Values per 100 g."""

    __tablename__ = "custom_foods"
    __table_args__ = (UniqueConstraint("user_id", "food_id"),)

    food_id: Mapped[str] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(40))
    licence: Mapped[str | None] = mapped_column(String(80))
    category: Mapped[str] = mapped_column(String(200), default="")
    brand: Mapped[str | None] = mapped_column(String(200))
    everyday: Mapped[bool] = mapped_column(Boolean, default=False)
    kcal: Mapped[float] = mapped_column(Float)
    protein_g: Mapped[float] = mapped_column(Float)
    fat_g: Mapped[float] = mapped_column(Float)
    carbohydrate_g: Mapped[float] = mapped_column(Float)
    fiber_g: Mapped[float] = mapped_column(Float, default=0.0)
    density_g_per_ml: Mapped[float | None] = mapped_column(Float)
    portions: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [[name, grams], ...]
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DiaryEntryRow(PersonalRowIndexedByTable, Base):
    """One logged food; nutrients are kept as they were when logged."""

    __tablename__ = "diary_entries"
    # A day's entries without reading the person's whole diary (tests/integration/db/
    # test_db_query_plans.py); its user_id prefix also serves every per-person query.
    __table_args__ = (Index("ix_diary_entries_user_id_day", "user_id", "day"),)

    day: Mapped[date] = mapped_column(Date)
    meal: Mapped[str] = mapped_column(String(20))
    food_id: Mapped[str] = mapped_column(String(120))
    food_name: Mapped[str] = mapped_column(String(300))
    grams: Mapped[float] = mapped_column(Float)
    kcal: Mapped[float] = mapped_column(Float)
    protein_g: Mapped[float] = mapped_column(Float)
    fat_g: Mapped[float] = mapped_column(Float)
    carbohydrate_g: Mapped[float] = mapped_column(Float)
    fiber_g: Mapped[float] = mapped_column(Float, default=0.0)
    portion_label: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DiaryDayRow(PersonalRow, Base):
    """A person's own word on whether a day's food log is complete."""

    __tablename__ = "diary_days"
    __table_args__ = (UniqueConstraint("user_id", "day"),)

    day: Mapped[date] = mapped_column(Date)
    complete: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class RecipeRow(PersonalRow, Base):
    """A recipe or meal of one person: its foods as written and read (JSON), and servings. Its
    food (what search and the diary use) is the custom_foods row with the same food_id."""

    __tablename__ = "recipes"
    __table_args__ = (UniqueConstraint("user_id", "food_id", name="uq_recipes_food"),)

    food_id: Mapped[str] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(300))
    servings: Mapped[float] = mapped_column(Float)
    items: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
