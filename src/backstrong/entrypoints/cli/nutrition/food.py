"""`backstrong food`: search the foods you can log, look a packaged food up by its barcode, and
import USDA food tables."""

from __future__ import annotations

from pathlib import Path

import typer

from backstrong.entrypoints.cli.nutrition import own_foods, recipes
from backstrong.entrypoints.cli.nutrition.input import JSON_OPTION
from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

app = typer.Typer(help="Foods: search them, add your own, look barcodes up, import USDA tables.")
app.command("add")(own_foods.add)
app.command("edit")(own_foods.edit)
app.command("delete")(own_foods.delete)
app.add_typer(recipes.app, name="recipe")
import_app = typer.Typer(help="Import foods from a file into your own food list.")
app.add_typer(import_app, name="import")


@app.command("search")
def search(
    text: str = typer.Argument(..., help="A food name, part of one, or a typo of one."),
    limit: int = typer.Option(20, min=1, max=100, help="How many foods to show."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Find foods by name, best match first; foods you logged lately and often come first."""
    from backstrong.entrypoints.public import shown_all
    from backstrong.entrypoints.public.nutrition import FoodPublic

    found = container().nutrition.find_foods(acting_user(), text, limit)
    rows = shown_all(FoodPublic, found)
    if as_json:
        print_json(rows)
        return
    if not rows:
        console().print(f"No food matches '{text}'.", highlight=False, soft_wrap=True)
        return
    from rich.table import Table

    table = Table(title=f"Foods for '{text}' (per 100 g)", title_justify="left")
    table.add_column("name", ratio=1)
    for column in ("kcal", "protein", "fat", "carbs"):
        table.add_column(column, justify="right")
    table.add_column("source")
    keys = ("name", "kcal_per_100g", "protein_g", "fat_g", "carbohydrate_g", "source")
    for row in rows:
        table.add_row(*(f"{row[key]:g}" if key != "name" and key != "source" else str(row[key])
                        for key in keys))  # fmt: skip
    console().print(table)


@app.command("barcode")
def barcode(
    code: str = typer.Argument(..., help="The 8 to 14 digits under a product's bars."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Look a packaged food up by its barcode at Open Food Facts (saved here for next time,
    so it also works offline once looked up)."""
    from backstrong.services.nutrition.open_food_facts import ProductUnavailable

    try:
        product = container().nutrition.look_up_barcode(acting_user(), code)
    except ProductUnavailable as exc:
        fail(str(exc))
    if as_json:
        from backstrong.entrypoints.public import shown
        from backstrong.entrypoints.public.nutrition import BarcodeProductPublic

        print_json(shown(BarcodeProductPublic, product))
        return
    from backstrong.entrypoints.cli.nutrition.view import show_product

    show_product(console(), product)


@import_app.command("usda")
def import_usda(
    path: Path = typer.Argument(
        ...,
        help="A FoodData Central CSV folder (with food.csv), a FoodData Central JSON download,"
        " or the flat SR28 macros CSV.",
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Import USDA foods (public domain / CC0) into your own food list. All or nothing:
    a malformed file stores nothing; importing the same file again adds nothing."""
    from backstrong.entrypoints.cli.import_files import check_file
    from backstrong.entrypoints.public import shown
    from backstrong.entrypoints.public.nutrition import FoodImportPublic

    check_file(path)
    report = container().nutrition.import_food_file(acting_user(), path)
    if as_json:
        print_json(shown(FoodImportPublic, report))
        return
    from backstrong.entrypoints.cli.nutrition.view import show_food_import

    show_food_import(console(), report)
