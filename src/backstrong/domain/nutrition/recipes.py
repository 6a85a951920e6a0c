"""Recipes and meals of one's own: a named set of foods with their amounts, made into a number
of servings. A recipe is offered and logged as a food whose portion is one serving ("1 serving
of my porridge"), with values per 100 g of the whole dish."""

from __future__ import annotations

import math
from dataclasses import dataclass

from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.nutrition.nutrients import GRAMS_PER_REFERENCE, Nutrients

RECIPE_SOURCE = "recipe"
SERVING = "serving"
MAX_SERVINGS = 100.0
MAX_ITEMS = 50
MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class RecipeItem:
    """One food of a recipe as the person wrote it ("80 g oats"), read into a food and grams."""

    text: str
    food_id: str
    food_name: str
    grams: float
    nutrients: Nutrients


@dataclass(frozen=True, slots=True)
class Recipe:
    food_id: str  # the id it is searched and logged by
    name: str
    servings: float
    items: tuple[RecipeItem, ...]

    def __post_init__(self) -> None:
        name = self.name.strip()
        if not name or len(name) > MAX_NAME:
            raise InvalidInput("name", name[:40], f"give a name of 1 to {MAX_NAME} characters")
        if not (math.isfinite(self.servings) and 0 < self.servings <= MAX_SERVINGS):
            raise InvalidInput(
                "servings", self.servings, f"a number above 0, up to {MAX_SERVINGS:g}"
            )
        if not self.items:
            raise InvalidInput("items", "", "name at least one food, e.g. '80 g oats'")
        if len(self.items) > MAX_ITEMS:
            raise InvalidInput("items", len(self.items), f"at most {MAX_ITEMS} foods")

    @property
    def grams(self) -> float:
        return sum(item.grams for item in self.items)

    @property
    def total(self) -> Nutrients:
        return sum((item.nutrients for item in self.items), Nutrients.zero())

    @property
    def per_serving(self) -> Nutrients:
        return self.total.scaled(1 / self.servings)

    @property
    def serving_grams(self) -> float:
        return self.grams / self.servings

    def as_food(self) -> Food:
        """The recipe as a food to search and log: per 100 g of the dish, one serving its
        first portion."""
        return Food(
            id=self.food_id,
            name=self.name.strip(),
            per_100g=self.total.scaled(GRAMS_PER_REFERENCE / self.grams),
            portions=(Portion(SERVING, self.serving_grams),),
            category="recipe",
            everyday=True,
            source=RECIPE_SOURCE,
        )
