"""Each person's recipes: their definition (foods as written and read, servings). The food a
recipe makes is stored beside it in custom_foods by the service, in the same transaction."""

from __future__ import annotations

from pydantic import TypeAdapter
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from backstrong.adapters.db.nutrition.tables import RecipeRow
from backstrong.adapters.db.orm import utcnow
from backstrong.domain.nutrition.recipes import Recipe, RecipeItem

ITEMS = TypeAdapter(list[RecipeItem])


def _recipe(row: RecipeRow) -> Recipe:
    return Recipe(row.food_id, row.name, row.servings, tuple(ITEMS.validate_python(row.items)))


class SqlRecipeRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def page(self, user_id: int, limit: int, offset: int) -> tuple[list[Recipe], int]:
        """One page of the person's recipes by name, and how many they have."""
        mine = RecipeRow.user_id == user_id
        rows = self._s.scalars(
            select(RecipeRow).where(mine).order_by(RecipeRow.name, RecipeRow.id)
            .limit(limit).offset(offset)
        )  # fmt: skip
        total = self._s.scalar(select(func.count()).select_from(RecipeRow).where(mine)) or 0
        return [_recipe(row) for row in rows], total

    def get(self, user_id: int, food_id: str) -> Recipe | None:
        row = self._s.scalar(
            select(RecipeRow).where(RecipeRow.user_id == user_id, RecipeRow.food_id == food_id)
        )
        return None if row is None else _recipe(row)

    def save(self, user_id: int, recipe: Recipe) -> None:
        """Add the recipe, or replace the one with its food_id."""
        self.delete(user_id, recipe.food_id)
        self._s.add(
            RecipeRow(
                user_id=user_id, food_id=recipe.food_id, name=recipe.name,
                servings=recipe.servings,
                items=ITEMS.dump_python(list(recipe.items), mode="json"), updated_at=utcnow(),
            )
        )  # fmt: skip
        self._s.flush()

    def delete(self, user_id: int, food_id: str) -> bool:
        result = self._s.execute(
            delete(RecipeRow).where(RecipeRow.user_id == user_id, RecipeRow.food_id == food_id)
        )
        return bool(getattr(result, "rowcount", 0))
