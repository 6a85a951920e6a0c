"""`backstrong nutrition import FILE`: a food diary from MyFitnessPal (its nutrition summary) or a
plain CSV, one entry per meal and day, shown for review before anything is stored."""

from __future__ import annotations

from pathlib import Path

import typer

from backstrong.entrypoints.cli.nutrition.input import JSON_OPTION
from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

FORMAT_HELP = (
    "myfitnesspal (the nutrition summary of its data export) or generic (date,meal,kcal"
    "[,protein_g,fat_g,carbohydrate_g,fiber_g]); recognised from the header when left out."
)


def import_diary(
    file: Path = typer.Argument(..., help="The export: a CSV with one row per meal and day."),
    fmt: str | None = typer.Option(None, "--format", help=FORMAT_HELP),
    skip_invalid: bool = typer.Option(
        False, "--skip-invalid", help="Import the readable rows and list the others."
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="Import without asking."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Import a food diary: each meal of each day becomes one entry with its calories and
    macros. Shows what will be added and skipped first; a meal already imported on a day is
    skipped, so importing the same file again adds nothing."""
    from backstrong.domain.nutrition.diary_import import DiaryImportRejected
    from backstrong.entrypoints.cli.import_files import opened
    from backstrong.entrypoints.public import shown
    from backstrong.entrypoints.public.nutrition import DiaryImportPublic

    nutrition, user = container().nutrition, acting_user()
    with opened(file, quiet=as_json) as (data, _):  # size limit, progress bar for big files
        try:
            plan = nutrition.preview_diary_import(user, data, fmt, skip_invalid=skip_invalid)
        except DiaryImportRejected as exc:
            fail(str(exc))
    if not as_json:
        _print_plan(shown(DiaryImportPublic, plan))
    asking = plan.added_count and not yes and not as_json
    if asking and not typer.confirm(f"Import {plan.added_count} meals?", default=True):
        console().print("Nothing imported.", markup=False)
        raise typer.Exit(1)
    done = plan
    if plan.new:
        with opened(file, quiet=as_json) as (data, _):
            done = nutrition.import_diary(user, data, fmt, skip_invalid=skip_invalid)
    if as_json:
        print_json(shown(DiaryImportPublic, done))
        return
    console().print(f"Imported {done.added_count} meals.", markup=False)


def _print_plan(preview: dict[str, object]) -> None:
    out = console()
    first, last = preview["first"], preview["last"]
    span = "" if not first else f", {first}" if first == last else f", {first} to {last}"
    out.print(
        f"{preview['source']}: {preview['added']} new meals on {preview['days']} days{span}, "
        f"{preview['kcal']:,} kcal in all; {preview['duplicates']} already imported (skipped).",
        markup=False,
    )
    for problem in preview["skipped_rows"]:  # type: ignore[attr-defined]
        out.print(f"  skipped {problem}", markup=False)
    for warning in preview["warnings"]:  # type: ignore[attr-defined]
        out.print(f"  note: {warning}", markup=False, highlight=False, style="dim")
