"""The recipes part of a backup: each recipe as written and read (its foods with grams and
nutrients) and its servings; restoring stores the food it makes beside it."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError

from backstrong.domain.accounts import User
from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.recipes import Recipe, RecipeItem
from backstrong.services.backup.sections import DamagedBackup
from backstrong.services.unit_of_work import UnitOfWork

ITEMS = TypeAdapter(list[RecipeItem])
PAGE = 200


class RecipesSection:
    name = "recipes"

    def dump(self, uow: UnitOfWork, user: User) -> Any:
        found: list[Recipe] = []
        while True:
            page, total = uow.recipes.page(user.id, PAGE, len(found))
            found.extend(page)
            if not page or len(found) >= total:
                break
        return [
            {"id": r.food_id, "name": r.name, "servings": float(r.servings),
             "items": ITEMS.dump_python(list(r.items), mode="json")}
            for r in found
        ]  # fmt: skip

    def has_data(self, uow: UnitOfWork, user: User) -> bool:
        return uow.recipes.page(user.id, 1, 0)[1] > 0

    def load(self, uow: UnitOfWork, user: User, data: Any) -> int:
        try:
            recipes = [
                Recipe(str(item["id"]), str(item["name"]), float(item["servings"]),
                       tuple(ITEMS.validate_python(item["items"])))
                for item in data
            ]  # fmt: skip
        except FieldError as exc:
            raise DamagedBackup(f"recipes.{exc}", f"recipes.{exc.field}", exc.value) from exc
        except (ValidationError, ValueError, KeyError, TypeError) as exc:
            raise DamagedBackup(f"recipes: a recipe is malformed ({exc})", "recipes") from exc
        for recipe in recipes:
            uow.recipes.save(user.id, recipe)
            uow.custom_foods.delete(user.id, recipe.food_id)
            uow.custom_foods.add_many(user.id, [recipe.as_food()])
        return len(recipes)
