"""A food as the diary knows it, its household portions, and the catalogue of all foods."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from backstrong.domain.nutrition.nutrients import Nutrients

MAX_MACRO_GRAMS_PER_100G = 100.5  # protein + fat + carbohydrate in 100 g; 0.5 g slack for rounding
BUNDLED_SOURCE = "backstrong"
CUSTOM_SOURCE = "custom"


class InvalidFood(ValueError):
    """A food or portion whose fields cannot be right."""


@dataclass(frozen=True, slots=True)
class Portion:
    """A household measure of one food: ``name`` is what people say ("large", "cup", "slice")."""

    name: str
    grams: float

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise InvalidFood("portion name '': give a name such as 'cup' or 'slice'")
        if not math.isfinite(self.grams) or self.grams <= 0:
            raise InvalidFood(f"portion '{self.name}' grams '{self.grams}': must be above 0")


@dataclass(frozen=True, slots=True)
class Food:
    """A food with its values per 100 g; the first portion is the default one ("1 banana")."""

    id: str
    name: str
    per_100g: Nutrients
    portions: tuple[Portion, ...] = ()
    aliases: tuple[str, ...] = ()
    category: str = ""
    everyday: bool = False
    source: str = BUNDLED_SOURCE
    licence: str | None = None
    density_g_per_ml: float | None = None
    brand: str | None = None

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise InvalidFood(f"food '{self.name}' id '': give a stable id")
        if not self.name.strip():
            raise InvalidFood(f"food '{self.id}' name '': give a name")
        total = self.per_100g.macro_grams
        if total > MAX_MACRO_GRAMS_PER_100G:
            raise InvalidFood(
                f"food '{self.id}' macros per 100 g '{total:.1f} g': protein + fat + "
                "carbohydrate must not exceed 100 g"
            )
        density = self.density_g_per_ml
        if density is not None and (not math.isfinite(density) or density <= 0):
            raise InvalidFood(f"food '{self.id}' density_g_per_ml '{density}': must be above 0")

    @property
    def default_portion(self) -> Portion | None:
        return self.portions[0] if self.portions else None

    def portion(self, name: str) -> Portion | None:
        """The portion called ``name`` (case-insensitive), or None."""
        key = name.strip().casefold()
        for portion in self.portions:
            if portion.name.casefold() == key:
                return portion
        return None

    def nutrients_for(self, grams: float) -> Nutrients:
        return self.per_100g.for_grams(grams)


def custom_food(
    food_id: str,
    name: str,
    per_100g: Nutrients,
    portions: Iterable[Portion] = (),
    aliases: Iterable[str] = (),
    density_g_per_ml: float | None = None,
) -> Food:
    """A food a user adds themselves; it counts as everyday so their own foods rank first."""
    return Food(
        id=food_id,
        name=name.strip(),
        per_100g=per_100g,
        portions=tuple(portions),
        aliases=tuple(a.strip() for a in aliases if a.strip()),
        category="custom",
        everyday=True,
        source=CUSTOM_SOURCE,
        density_g_per_ml=density_g_per_ml,
    )


class UnknownFood(KeyError):
    """No food with that id in the catalogue."""


class FoodCatalogue:
    """All foods by id. Later layers replace earlier ones with the same id (a re-import updates)."""

    def __init__(self, foods: Iterable[Food] = ()) -> None:
        self._by_id: dict[str, Food] = {}
        for food in foods:
            self._by_id[food.id] = food

    @classmethod
    def layered(cls, *layers: Iterable[Food]) -> FoodCatalogue:
        """Bundled, imported and custom foods in one catalogue; the last layer wins on an id."""
        return cls(food for layer in layers for food in layer)

    def with_foods(self, foods: Iterable[Food]) -> FoodCatalogue:
        """A new catalogue with ``foods`` added or replacing those with the same id."""
        return FoodCatalogue([*self._by_id.values(), *foods])

    def get(self, food_id: str) -> Food | None:
        return self._by_id.get(food_id)

    def __getitem__(self, food_id: str) -> Food:
        try:
            return self._by_id[food_id]
        except KeyError:
            raise UnknownFood(f"food id '{food_id}': not in the catalogue") from None

    def __contains__(self, food_id: object) -> bool:
        return food_id in self._by_id

    def __iter__(self) -> Iterator[Food]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)
