"""`backstrong body import FILE`: weigh-ins from Withings, Fitbit, MyFitnessPal, Apple Health
or a plain CSV, shown for review before anything is stored."""

from __future__ import annotations

from pathlib import Path

import typer

from backstrong.entrypoints.cli.nutrition.input import JSON_OPTION
from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

FORMAT_HELP = (
    "withings, fitbit, myfitnesspal, apple-health or generic (date,weight[,body_fat]);"
    " guessed from the file when left out."
)


def import_weigh_ins(
    file: Path = typer.Argument(..., help="The export: a CSV, or Apple Health's export.xml."),
    fmt: str | None = typer.Option(None, "--format", help=FORMAT_HELP),
    skip_invalid: bool = typer.Option(
        False, "--skip-invalid", help="Import the readable rows and list the others."
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="Import without asking."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Import weigh-ins from a file. Shows what will be added and skipped first; weigh-ins at a
    moment already logged are skipped, so importing the same file again adds nothing. Bare
    numbers (Fitbit, MyFitnessPal, generic) are in your unit (`backstrong account unit`)."""
    from backstrong.domain.body.weigh_in_import import WeighInsRejected
    from backstrong.entrypoints.cli.import_files import opened
    from backstrong.entrypoints.public import shown
    from backstrong.entrypoints.public.body import WeighInImportPublic

    body, user = container().body, acting_user()
    with opened(file, quiet=as_json) as (data, _):  # size limit, progress bar for big files
        try:
            plan = body.preview_weigh_ins(user, data, fmt, skip_invalid=skip_invalid)
        except WeighInsRejected as exc:
            fail(str(exc))
    if not as_json:
        _print_plan(shown(WeighInImportPublic, plan))
    asking = plan.added_count and not yes and not as_json
    if asking and not typer.confirm(f"Import {plan.added_count} weigh-ins?", default=True):
        console().print("Nothing imported.", markup=False)
        raise typer.Exit(1)
    done = plan
    if plan.new:
        with opened(file, quiet=as_json) as (data, _):
            done = body.import_weigh_ins(user, data, fmt, skip_invalid=skip_invalid)
    if as_json:
        print_json(shown(WeighInImportPublic, done))
        return
    console().print(f"Imported {done.added_count} weigh-ins.", markup=False)


def _print_plan(preview: dict[str, object]) -> None:
    out = console()
    span = f", {preview['first'][:10]} to {preview['last'][:10]}" if preview["first"] else ""  # type: ignore[index]
    out.print(
        f"{preview['source']}: {preview['added']} new weigh-ins{span};"
        f" {preview['duplicates']} already logged (skipped).",
        markup=False,
    )
    for problem in preview["skipped_rows"]:  # type: ignore[attr-defined]
        out.print(f"  skipped {problem}", markup=False)
    for warning in preview["warnings"]:  # type: ignore[attr-defined]
        out.print(f"  note: {warning}", markup=False, highlight=False, style="dim")
