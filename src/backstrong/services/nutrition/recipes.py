"""Recipes and meals of one's own: each food line read like a diary line, the recipe stored
with the food it makes (searched and logged like any food of one's own, by the serving)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from backstrong.domain.accounts import User
from backstrong.domain.nutrition.diary_lines import read_line
from backstrong.domain.nutrition.food_search import FoodIndex
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.nutrition.recipes import MAX_ITEMS, Recipe, RecipeItem
from backstrong.services.errors import NotFound
from backstrong.services.nutrition.diary import check_grams
from backstrong.services.unit_of_work import UnitOfWork, fetch_or_raise


class RecipeNotFound(NotFound):
    def __init__(self, food_id: str) -> None:
        super().__init__("recipe", food_id)


def new_recipe_id(name: str) -> str:
    slug = "-".join(re.findall(r"[a-z0-9]+", name.casefold()))[:40] or "recipe"
    return f"recipe-{slug}-{uuid.uuid4().hex[:8]}"


def servings_from(value: float | str) -> float:
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        raise InvalidInput("servings", value, "a number above 0, e.g. 2") from None


def read_items(
    lines: Sequence[str], index: FoodIndex, own_id: str | None
) -> tuple[RecipeItem, ...]:
    """Each line ("80 g oats", "1 banana and 250 ml milk") read into foods and grams. A line
    naming no food is refused with the closest foods, and so is the recipe itself."""
    items: list[RecipeItem] = []
    written = [line.strip() for line in lines if line.strip()]
    if len(written) > MAX_ITEMS:
        raise InvalidInput("items", len(written), f"at most {MAX_ITEMS} foods")
    for line in written:
        reading = read_line(line[:500], index)
        for part in reading.unread:
            closest = ", ".join(food.name for food in part.candidates[:3]) or "nothing close"
            raise InvalidInput("items", part.text, f"{part.problem} (closest: {closest})")
        for part in reading.parts:
            parsed = part.parsed
            assert parsed is not None  # every part was read
            if parsed.food.id == own_id:
                raise InvalidInput("items", part.text, "a recipe cannot hold itself")
            check_grams(parsed.grams)
            items.append(RecipeItem(part.text, parsed.food.id, parsed.food.name, parsed.grams,
                                    parsed.nutrients))  # fmt: skip
    return tuple(items)


def save_recipe(
    uow: UnitOfWork,
    index: FoodIndex,
    user: User,
    name: str,
    servings: float | str,
    lines: Sequence[str],
    food_id: str | None = None,
) -> Recipe:
    """Add a recipe, or replace ``food_id``'s; its food is stored with it (one transaction).
    Diary entries already logged keep what they were logged with."""
    recipe = Recipe(food_id or new_recipe_id(name), " ".join(name.split()), servings_from(servings),
                    read_items(lines, index, food_id))  # fmt: skip
    with uow:
        if food_id is not None and uow.recipes.get(user.id, food_id) is None:
            raise RecipeNotFound(food_id)
        uow.recipes.save(user.id, recipe)
        uow.custom_foods.delete(user.id, recipe.food_id)
        uow.custom_foods.add_many(user.id, [recipe.as_food()])
        uow.commit()
    return recipe


def recipe_of(uow: UnitOfWork, user: User, food_id: str) -> Recipe:
    return fetch_or_raise(
        uow, lambda uow: uow.recipes.get(user.id, food_id), RecipeNotFound(food_id)
    )


def delete_recipe(uow: UnitOfWork, user: User, food_id: str) -> None:
    with uow:
        if not uow.recipes.delete(user.id, food_id):
            raise RecipeNotFound(food_id)
        uow.custom_foods.delete(user.id, food_id)
        uow.commit()
