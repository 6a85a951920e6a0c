"""`backstrong body import FILE`: weigh-ins from Withings, Fitbit, MyFitnessPal, Apple Health
or a plain CSV, shown for review before anything is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from backstrong.entrypoints.cli.import_files import SKIP_ROWS_OPTION, YES_OPTION
from backstrong.entrypoints.cli.nutrition.input import JSON_OPTION
from backstrong.entrypoints.cli.runtime import acting_user, container

FORMAT_HELP = (
    "withings, fitbit, myfitnesspal, apple-health or generic (date,weight[,body_fat]);"
    " guessed from the file when left out."
)


def import_weigh_ins(
    file: Path = typer.Argument(..., help="The export: a CSV, or Apple Health's export.xml."),
    fmt: str | None = typer.Option(None, "--format", help=FORMAT_HELP),
    skip_invalid: bool = SKIP_ROWS_OPTION,
    yes: bool = YES_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Import weigh-ins from a file. Shows what will be added and skipped first; weigh-ins at a
    moment already logged are skipped, so importing the same file again adds nothing. Bare
    numbers (Fitbit, MyFitnessPal, generic) are in your unit (`backstrong account unit`)."""
    from backstrong.entrypoints.cli.import_files import review_then_import
    from backstrong.entrypoints.public.body import WeighInImportPublic

    body, user = container().body, acting_user()
    review_then_import(
        file,
        lambda data: body.preview_weigh_ins(user, data, fmt, skip_invalid=skip_invalid),
        lambda data: body.import_weigh_ins(user, data, fmt, skip_invalid=skip_invalid),
        WeighInImportPublic,
        _summary,
        noun="weigh-ins",
        yes=yes,
        as_json=as_json,
    )


def _summary(preview: dict[str, Any]) -> str:
    span = f", {preview['first'][:10]} to {preview['last'][:10]}" if preview["first"] else ""
    return (
        f"{preview['source']}: {preview['added']} new weigh-ins{span};"
        f" {preview['duplicates']} already logged (skipped)."
    )
