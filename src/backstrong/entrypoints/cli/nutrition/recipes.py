"""`backstrong food recipe ...`: recipes and meals of your own (foods with amounts, made into
servings), then logged like a food: `backstrong eat "1 serving of my porridge"`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.nutrition.input import JSON_OPTION
from backstrong.entrypoints.cli.runtime import acting_user, console, container, print_json

if TYPE_CHECKING:
    from backstrong.domain.nutrition.recipes import Recipe

app = typer.Typer(help="Recipes and meals of your own: foods with amounts, made into servings.")
ITEM_HELP = "A food with its amount, as in the diary ('80 g oats'); repeat for each food."


def _show(recipe: Recipe, as_json: bool, verb: str = "") -> None:
    if as_json:
        from pydantic import TypeAdapter

        from backstrong.domain.nutrition.recipes import Recipe

        print_json(TypeAdapter(Recipe).dump_python(recipe, mode="json"))
        return
    s = recipe.per_serving
    head = f"{verb} {recipe.name}" if verb else recipe.name
    lines = [
        f"{head} ({recipe.food_id}): {recipe.servings:g} serving(s)"
        f" of {recipe.serving_grams:.0f} g",
        f"  a serving: {s.kcal:,.0f} kcal, protein {s.protein_g:.0f} g, fat {s.fat_g:.0f} g,"
        f" carbs {s.carbohydrate_g:.0f} g, fibre {s.fiber_g:.0f} g",
        *(f"  - {i.text}: {i.food_name}, {i.grams:.0f} g" for i in recipe.items),
    ]
    console().print("\n".join(lines), highlight=False, markup=False, soft_wrap=True)


@app.command("add")
def add(
    name: str = typer.Argument(..., help="Its name, e.g. 'my porridge'."),
    item: list[str] = typer.Option(..., "--item", "-i", help=ITEM_HELP),
    servings: float = typer.Option(1.0, help="How many servings it makes."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Add a recipe or meal; log it with `eat "1 serving of NAME"`."""
    _show(container().nutrition.save_recipe(acting_user(), name, servings, item), as_json, "Added")


@app.command("edit")
def edit(
    recipe_id: str = typer.Argument(..., metavar="ID", help="The recipe's id (see `list`)."),
    name: str | None = typer.Option(None, help="A new name."),
    item: list[str] | None = typer.Option(None, "--item", "-i", help=ITEM_HELP + " Replaces all."),
    servings: float | None = typer.Option(None, help="How many servings it makes."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Change a recipe; what you logged before stays as it was."""
    nutrition, user = container().nutrition, acting_user()
    now = nutrition.recipe(user, recipe_id)
    saved = nutrition.save_recipe(
        user, name or now.name, servings or now.servings,
        item or [i.text for i in now.items], food_id=recipe_id,
    )  # fmt: skip
    _show(saved, as_json, "Changed")


@app.command("list")
def list_recipes(as_json: bool = JSON_OPTION) -> None:
    """Your recipes and meals, by name."""
    found, _ = container().nutrition.recipes(acting_user(), 200, 0)
    if as_json:
        from pydantic import TypeAdapter

        from backstrong.domain.nutrition.recipes import Recipe

        print_json(TypeAdapter(list[Recipe]).dump_python(found, mode="json"))
        return
    if not found:
        console().print("No recipes yet: `backstrong food recipe add NAME --item ...`.")
    for recipe in found:
        console().print(
            f"{recipe.food_id}  {recipe.name}: {recipe.per_serving.kcal:,.0f} kcal a serving",
            highlight=False, markup=False, soft_wrap=True,
        )  # fmt: skip


@app.command("show")
def show(
    recipe_id: str = typer.Argument(..., metavar="ID", help="The recipe's id."),
    as_json: bool = JSON_OPTION,
) -> None:
    """One recipe: its foods and a serving's energy and macros."""
    _show(container().nutrition.recipe(acting_user(), recipe_id), as_json)


@app.command("delete")
def delete(recipe_id: str = typer.Argument(..., metavar="ID", help="The recipe's id.")) -> None:
    """Delete a recipe (what you logged stays)."""
    container().nutrition.delete_recipe(acting_user(), recipe_id)
    console().print(f"Deleted recipe {recipe_id}.", highlight=False, soft_wrap=True)
