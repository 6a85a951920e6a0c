"""`backstrong export`: every set as CSV, or everything as a JSON backup."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container
from backstrong.entrypoints.cli.training.common import training


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


def export(
    format: ExportFormat = typer.Option(
        ExportFormat.JSON, "--format", help="csv: one row per set; json: a full backup."
    ),
    output: Path = typer.Option(..., "-o", "--output", help="The file to write."),
) -> None:
    """Export your data: every set as CSV, or everything as a JSON backup."""
    user = acting_user()
    if format is ExportFormat.JSON:
        text = container().backup.export_text(user)
    else:
        from backstrong.adapters.files.training.export import sets_csv

        sessions = training().all_with_sets(user)
        text = sets_csv(((s.session, s.sets) for s in sessions), training().names(user))
    partial = output.with_name(output.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(output)  # a crash never leaves half a backup under the real name
    console().print(f"Wrote {output}", markup=False, highlight=False)
