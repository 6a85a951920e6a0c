"""`backstrong nutrition import FILE`: a food diary from MyFitnessPal (its nutrition summary),
Cronometer (its servings) or a plain CSV, one entry per meal and day, shown for review before
anything is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from backstrong.entrypoints.cli.import_files import SKIP_ROWS_OPTION, YES_OPTION
from backstrong.entrypoints.cli.nutrition.input import JSON_OPTION
from backstrong.entrypoints.cli.runtime import acting_user, container

FORMAT_HELP = (
    "myfitnesspal (the nutrition summary of its data export), cronometer (its servings export)"
    " or generic (date,meal,kcal[,protein_g,fat_g,carbohydrate_g,fiber_g]); recognised from"
    " the header when left out."
)


def import_diary(
    file: Path = typer.Argument(..., help="The export: a CSV of meals or foods by day."),
    fmt: str | None = typer.Option(None, "--format", help=FORMAT_HELP),
    skip_invalid: bool = SKIP_ROWS_OPTION,
    yes: bool = YES_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Import a food diary: each meal of each day becomes one entry with its calories and
    macros. Shows what will be added and skipped first; a meal already imported on a day is
    skipped, so importing the same file again adds nothing."""
    from backstrong.entrypoints.cli.import_files import review_then_import
    from backstrong.entrypoints.public.nutrition import DiaryImportPublic

    nutrition, user = container().nutrition, acting_user()
    review_then_import(
        file,
        lambda data: nutrition.preview_diary_import(user, data, fmt, skip_invalid=skip_invalid),
        lambda data: nutrition.import_diary(user, data, fmt, skip_invalid=skip_invalid),
        DiaryImportPublic,
        _summary,
        noun="meals",
        yes=yes,
        as_json=as_json,
    )


def _summary(preview: dict[str, Any]) -> str:
    first, last = preview["first"], preview["last"]
    span = "" if not first else f", {first}" if first == last else f", {first} to {last}"
    return (
        f"{preview['source']}: {preview['added']} new meals on {preview['days']} days{span}, "
        f"{preview['kcal']:,} kcal in all; {preview['duplicates']} already imported (skipped)."
    )
