"""`backstrong food add|edit|delete`: foods of your own, values per 100 g."""

from __future__ import annotations

import typer

from backstrong.entrypoints.cli.nutrition.input import JSON_OPTION
from backstrong.entrypoints.cli.runtime import acting_user, console, container, print_json

PER_100G = "per 100 g"
# The values `food add` and `food edit` both take (Typer reads each default afresh per command).
KCAL = typer.Option(..., help=f"kcal {PER_100G}.")
PROTEIN = typer.Option("0", help=f"Protein g {PER_100G}.")
FAT = typer.Option("0", help=f"Fat g {PER_100G}.")
CARBS = typer.Option("0", help=f"Carbohydrate g {PER_100G}, fibre not included.")
FIBRE = typer.Option("0", help=f"Fibre g {PER_100G}.")
PORTION = typer.Option(None, help="One household portion: 'slice=36'.")


def _fields(name: str, kcal: str, protein: str, fat: str, carbs: str, fibre: str,
            portion: str | None) -> dict[str, str]:  # fmt: skip
    named, grams = [*portion.split("=", 1), ""][:2] if portion else ("", "")
    return {"name": name, "kcal": kcal, "protein_g": protein, "fat_g": fat,
            "carbohydrate_g": carbs, "fiber_g": fibre, "portion": named.strip(),
            "portion_g": grams.strip()}  # fmt: skip


def _show(food: object, as_json: bool, verb: str) -> None:
    from backstrong.entrypoints.public import shown
    from backstrong.entrypoints.public.nutrition import FoodPublic
    from backstrong.services.nutrition.foods import FoundFood

    data = shown(FoodPublic, FoundFood(food))  # type: ignore[arg-type]
    if as_json:
        print_json(data)
        return
    console().print(f"{verb} {data['name']} ({data['id']}): {data['kcal_per_100g']:g} kcal per"
                    " 100 g.", markup=False, soft_wrap=True)  # fmt: skip


def add(
    name: str = typer.Argument(..., help="What you call it: 'Rye toast with seeds'."),
    kcal: str = KCAL,
    protein: str = PROTEIN,
    fat: str = FAT,
    carbs: str = CARBS,
    fibre: str = FIBRE,
    portion: str | None = PORTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Add a food of your own; it is searched and logged like any other, yours first."""
    food = container().nutrition.add_food(
        acting_user(), _fields(name, kcal, protein, fat, carbs, fibre, portion)
    )
    _show(food, as_json, "Added")


def edit(
    food_id: str = typer.Argument(..., help="The food's id (`food search --json`)."),
    name: str = typer.Option(..., help="Its name."),
    kcal: str = KCAL,
    protein: str = PROTEIN,
    fat: str = FAT,
    carbs: str = CARBS,
    fibre: str = FIBRE,
    portion: str | None = PORTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Replace a food of your own (the whole food); entries already logged stay as they were."""
    food = container().nutrition.change_food(
        acting_user(), food_id, _fields(name, kcal, protein, fat, carbs, fibre, portion)
    )
    _show(food, as_json, "Changed")


def delete(food_id: str = typer.Argument(..., help="The food's id.")) -> None:
    """Delete a food of your own; entries already logged stay as they were."""
    container().nutrition.delete_food(acting_user(), food_id)
    console().print(f"Deleted {food_id}.", markup=False)
