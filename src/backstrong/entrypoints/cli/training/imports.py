"""`backstrong import …` (Strong, Hevy, generic CSV, a backup) and `backstrong export`."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container, print_json
from backstrong.entrypoints.cli.training.common import fail_plain, library

if TYPE_CHECKING:
    from backstrong.domain.training.imported import ParsedImport
    from backstrong.domain.units import MassUnit

import_app = typer.Typer(
    help="Bring data in: workouts from Strong, Hevy or a CSV file, or a Backstrong backup."
)

SKIP_HELP = "Import the readable rows and leave out the ones with errors (they are listed)."
YES_HELP = "Import without asking after the review."
UNIT_HELP = "Unit of weights in a file that does not name one [default: your display unit]."


class Unit(StrEnum):
    KG = "kg"
    LB = "lb"


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


def _text(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        fail_plain(f"{file}: cannot read it: {exc}")


def _import(parsed: ParsedImport, skip_invalid: bool, yes: bool, as_json: bool) -> None:
    from backstrong.domain.training.imported import ImportRejected
    from backstrong.entrypoints.cli.training.import_report import print_plan, result_json
    from backstrong.services.training import imports as training_import

    c, user = container(), acting_user()
    try:
        plan = training_import.prepare_import(
            c.uow(),
            user,
            c.bundled_exercises,
            parsed,
            skip_invalid=skip_invalid,
            cache=c.exercise_libraries,
        )
    except ImportRejected as exc:
        fail_plain(str(exc))
    if not as_json:
        print_plan(plan)
    if plan.new_sets == 0:
        if as_json:
            print_json(result_json(plan, None))
        else:
            console().print("Nothing new to import.", markup=False)
        return
    if not yes and not typer.confirm(f"Import {plan.new_sets} sets?", default=True):
        console().print("Nothing imported.", markup=False)
        raise typer.Exit(1)
    result = training_import.apply_import(c.uow(), user, plan)
    if as_json:
        print_json(result_json(plan, result))
        return
    console().print(
        f"Imported {result.sets} sets in {result.sessions} sessions"
        f" ({result.duplicates} already there, {len(result.exercises_created)} new exercises).",
        markup=False,
    )


def _unit(unit: Unit | None) -> MassUnit:
    from backstrong.domain.units import MassUnit

    return MassUnit(unit.value if unit is not None else acting_user().unit)


@import_app.command("strong")
def import_strong(
    file: Path = typer.Argument(..., help="The CSV file Strong exported."),
    unit: Unit | None = typer.Option(None, "--unit", help=UNIT_HELP),
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help=SKIP_HELP),
    yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the outcome as JSON."),
) -> None:
    """Import workouts from a Strong export (classic or newer layout)."""
    from backstrong.adapters.files.training.strong import parse_strong_csv

    parsed = parse_strong_csv(_text(file), unit=_unit(unit))
    _import(parsed, skip_invalid, yes, as_json)


@import_app.command("hevy")
def import_hevy(
    file: Path = typer.Argument(..., help="The CSV file Hevy exported."),
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help=SKIP_HELP),
    yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the outcome as JSON."),
) -> None:
    """Import workouts from a Hevy export (metric or imperial)."""
    from backstrong.adapters.files.training.hevy import parse_hevy_csv

    _import(parse_hevy_csv(_text(file)), skip_invalid, yes, as_json)


@import_app.command("csv")
def import_csv(
    file: Path = typer.Argument(..., help="A CSV file in the generic layout (see the docs)."),
    unit: Unit | None = typer.Option(None, "--unit", help=UNIT_HELP),
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help=SKIP_HELP),
    yes: bool = typer.Option(False, "--yes", "-y", help=YES_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the outcome as JSON."),
) -> None:
    """Import sets from a CSV file: date, exercise, reps or seconds, weight, unit, … per row."""
    from backstrong.adapters.files.training.generic_csv import parse_generic_csv

    parsed = parse_generic_csv(_text(file), unit=_unit(unit))
    _import(parsed, skip_invalid, yes, as_json)


@import_app.command("backup")
def import_backup(
    file: Path = typer.Argument(..., help="A file `backstrong export` wrote."),
) -> None:
    """Restore a full JSON backup into this (empty) account."""
    from backstrong.services.backup import service as backup

    try:
        document = json.loads(_text(file))
    except json.JSONDecodeError as exc:
        fail_plain(f"{file}: not JSON: {exc}")
    c = container()
    try:
        report = c.backup.restore(acting_user(), document)
    except backup.BackupError as exc:
        fail_plain(str(exc))
    parts = ", ".join(f"{name}: {count}" for name, count in report.restored.items())
    console().print(f"Restored {file} ({parts}).", markup=False, highlight=False)


def export(
    format: ExportFormat = typer.Option(
        ExportFormat.JSON, "--format", help="csv: one row per set; json: a full backup."
    ),
    output: Path = typer.Option(..., "-o", "--output", help="The file to write."),
) -> None:
    """Export your data: every set as CSV, or everything as a JSON backup."""
    c, user = container(), acting_user()
    if format is ExportFormat.JSON:
        document = c.backup.export(user)
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    else:
        from backstrong.adapters.files.training.export import sets_csv
        from backstrong.services.training import sessions as training_sessions

        sessions = training_sessions.all_with_sets(c.uow(), user)
        names = {exercise.id: exercise.name for exercise in library()}
        text = sets_csv(((s.session, s.sets) for s in sessions), names)
    partial = output.with_name(output.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(output)  # a crash never leaves half a backup under the real name
    console().print(f"Wrote {output}", markup=False, highlight=False)
