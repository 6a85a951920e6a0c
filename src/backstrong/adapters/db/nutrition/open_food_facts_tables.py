"""Products looked up at Open Food Facts, cached for everyone.

Kept in a table of their own, apart from each person's foods, because the data is under the
ODbL 1.0 (share-alike, with attribution): it can be told apart, credited and exported on its own.
Public data, so no owner; diary entries that use a product stay per person.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from backstrong.adapters.db.orm import Base, UtcDateTime


class OpenFoodFactsProductRow(Base):
    """One product as mapped from Open Food Facts; values per 100 g."""

    __tablename__ = "open_food_facts_products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    barcode: Mapped[str] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    brand: Mapped[str | None] = mapped_column(String(200))
    kcal: Mapped[float] = mapped_column(Float)
    protein_g: Mapped[float] = mapped_column(Float)
    fat_g: Mapped[float] = mapped_column(Float)
    carbohydrate_g: Mapped[float] = mapped_column(Float)
    fiber_g: Mapped[float] = mapped_column(Float)
    serving_grams: Mapped[float | None] = mapped_column(Float)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)
