"""Energy and macronutrients as a value object: add them up, scale them to a portion."""

from __future__ import annotations

import math
from dataclasses import dataclass

GRAMS_PER_REFERENCE = 100.0  # food tables give values per 100 g of edible portion (USDA FDC)
KCAL_PER_G_PROTEIN = 4.0  # Atwater general factor (USDA FoodData Central fallback)
KCAL_PER_G_FAT = 9.0  # Atwater general factor (USDA FoodData Central fallback)
KCAL_PER_G_CARBOHYDRATE = 4.0  # Atwater general factor (USDA FoodData Central fallback)


class InvalidNutrients(ValueError):
    """A nutrient amount that cannot be right (negative, not a number)."""


@dataclass(frozen=True, slots=True)
class Nutrients:
    """Energy in kcal and macronutrients in grams, for whatever amount of food the holder says.

    Carbohydrate is "by difference" (USDA convention), so it includes fiber.
    """

    kcal: float
    protein_g: float
    fat_g: float
    carbohydrate_g: float
    fiber_g: float = 0.0

    def __post_init__(self) -> None:
        for name in ("kcal", "protein_g", "fat_g", "carbohydrate_g", "fiber_g"):
            value = getattr(self, name)
            if not math.isfinite(value) or value < 0:
                raise InvalidNutrients(f"{name} '{value}': must be a number of zero or more")

    @classmethod
    def zero(cls) -> Nutrients:
        return cls(0.0, 0.0, 0.0, 0.0, 0.0)

    @classmethod
    def from_macros(
        cls, protein_g: float, fat_g: float, carbohydrate_g: float, fiber_g: float = 0.0
    ) -> Nutrients:
        """Nutrients whose energy is computed with the general Atwater factors (4P + 9F + 4C)."""
        kcal = atwater_kcal(protein_g, fat_g, carbohydrate_g)
        return cls(kcal, protein_g, fat_g, carbohydrate_g, fiber_g)

    def __add__(self, other: Nutrients) -> Nutrients:
        return Nutrients(
            self.kcal + other.kcal,
            self.protein_g + other.protein_g,
            self.fat_g + other.fat_g,
            self.carbohydrate_g + other.carbohydrate_g,
            self.fiber_g + other.fiber_g,
        )

    def scaled(self, factor: float) -> Nutrients:
        """Every amount multiplied by ``factor`` (≥ 0)."""
        if not math.isfinite(factor) or factor < 0:
            raise InvalidNutrients(f"factor '{factor}': must be a number of zero or more")
        return Nutrients(
            self.kcal * factor,
            self.protein_g * factor,
            self.fat_g * factor,
            self.carbohydrate_g * factor,
            self.fiber_g * factor,
        )

    def for_grams(self, grams: float) -> Nutrients:
        """Read ``self`` as per 100 g and return the amounts in ``grams`` of the food."""
        if not math.isfinite(grams) or grams < 0:
            raise InvalidNutrients(f"grams '{grams}': must be a weight of zero or more")
        return self.scaled(grams / GRAMS_PER_REFERENCE)

    @property
    def macro_grams(self) -> float:
        """Protein + fat + carbohydrate (fiber is already inside carbohydrate)."""
        return self.protein_g + self.fat_g + self.carbohydrate_g

    def rounded(self, digits: int = 1) -> Nutrients:
        """The same amounts rounded for display."""
        return Nutrients(
            round(self.kcal, digits),
            round(self.protein_g, digits),
            round(self.fat_g, digits),
            round(self.carbohydrate_g, digits),
            round(self.fiber_g, digits),
        )


def atwater_kcal(protein_g: float, fat_g: float, carbohydrate_g: float) -> float:
    """Energy from macronutrients with the general Atwater factors: 4P + 9F + 4C."""
    return (
        KCAL_PER_G_PROTEIN * protein_g
        + KCAL_PER_G_FAT * fat_g
        + KCAL_PER_G_CARBOHYDRATE * carbohydrate_g
    )
