"""`backstrong import …`: workouts from Strong, Hevy or a generic CSV, or a Backstrong backup."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container, print_json
from backstrong.entrypoints.cli.training.common import fail_plain, training

if TYPE_CHECKING:
    from backstrong.domain.training.imported import ParsedImport
    from backstrong.domain.units import MassUnit

import_app = typer.Typer(
    help="Bring data in: workouts from Strong, Hevy or a CSV file, or a Backstrong backup."
)

SKIP_HELP = "Import the readable rows and leave out the ones with errors (they are listed)."
YES_HELP = "Import without asking after the review."
UNIT_HELP = "Unit of weights in a file that does not name one [default: your display unit]."
JSON_HELP = "Print the outcome as JSON."
MATCH_HELP = (
    "Your match for one exercise name of the file, as 'NAME=EXERCISE-ID' (see `exercises"
    " search`), or 'NAME=new' to keep it as your own exercise. Repeat for several names."
)


def _choices(matches: list[str]) -> dict[str, str | None]:
    """--match values → imported name → exercise id (None: a custom exercise of their own)."""
    from backstrong.services.training.pending import choice_value

    choices: dict[str, str | None] = {}
    for text in matches:
        name, sep, exercise_id = text.rpartition("=")
        if not sep or not name.strip() or not exercise_id.strip():
            fail_plain(f"--match '{text}': must be NAME=EXERCISE-ID or NAME=new")
        choices[name.strip()] = choice_value(exercise_id)
    return choices


class Unit(StrEnum):
    KG = "kg"
    LB = "lb"


def _read(file: Path, parse: Callable[[TextIO], ParsedImport], quiet: bool) -> ParsedImport:
    """The file parsed as it is read (size limit, encoding and progress: ``import_files``)."""
    from backstrong.entrypoints.cli.import_files import import_text

    with import_text(file, quiet=quiet) as stream:
        return parse(stream)


def _import(
    file: Path,
    parse: Callable[[TextIO], ParsedImport],
    options: tuple[bool, bool, bool, list[str]],
) -> None:
    """Read the file, review what it holds, ask, then store it all or nothing."""
    from backstrong.entrypoints.cli.import_files import working
    from backstrong.entrypoints.cli.training.import_report import (
        print_plan,
        print_result,
        result_json,
    )

    skip_invalid, yes, as_json, matches = options
    user = acting_user()
    size = file.stat().st_size if file.is_file() else 0
    parsed = _read(file, parse, as_json)
    with working("Matching exercise names…", size=size, quiet=as_json):
        plan = training().prepare_import(
            user, parsed, skip_invalid=skip_invalid, choices=_choices(matches)
        )
    if not as_json:
        print_plan(plan)
    result = None
    if plan.new_sets > 0:
        if not yes and not typer.confirm(f"Import {plan.new_sets} sets?", default=True):
            console().print("Nothing imported.", markup=False)
            raise typer.Exit(1)
        with working(f"Storing {plan.new_sets} sets…", size=size, quiet=as_json):
            result = training().apply_import(user, plan)
    if as_json:
        print_json(result_json(plan, result))
    else:
        print_result(result)


# The options every import command shares (Typer reads each default afresh per command).
SKIP_OPTION = typer.Option(False, "--skip-invalid", help=SKIP_HELP)
YES_OPTION = typer.Option(False, "--yes", "-y", help=YES_HELP)
JSON_OPTION = typer.Option(False, "--json", help=JSON_HELP)
MATCH_OPTION = typer.Option([], "--match", help=MATCH_HELP, metavar="NAME=ID")
UNIT_OPTION = typer.Option(None, "--unit", help=UNIT_HELP)


def _unit(unit: Unit | None) -> MassUnit:
    from backstrong.domain.units import MassUnit

    return MassUnit(unit.value if unit is not None else acting_user().unit)


UnitParser = Callable[..., "ParsedImport"]  # (stream, unit=MassUnit) → ParsedImport


def _strong_parser() -> UnitParser:
    from backstrong.adapters.files.training.strong import parse_strong_csv

    return parse_strong_csv


def _generic_parser() -> UnitParser:
    from backstrong.adapters.files.training.generic_csv import parse_generic_csv

    return parse_generic_csv


def _import_with_unit(
    name: str, file_help: str, doc: str, load_parser: Callable[[], UnitParser]
) -> None:
    """Register `import NAME`: a file whose weights may need --unit, read by the parser
    ``load_parser`` gives (imported when the command runs, not when the CLI starts)."""

    def command(
        file: Path = typer.Argument(..., help=file_help),
        unit: Unit | None = UNIT_OPTION,
        skip_invalid: bool = SKIP_OPTION,
        yes: bool = YES_OPTION,
        as_json: bool = JSON_OPTION,
        match: list[str] = MATCH_OPTION,
    ) -> None:
        parse, mass_unit = load_parser(), _unit(unit)
        options = (skip_invalid, yes, as_json, match)
        _import(file, lambda stream: parse(stream, unit=mass_unit), options)

    command.__doc__ = doc
    import_app.command(name)(command)


_import_with_unit(
    "strong",
    "The CSV file Strong exported.",
    "Import workouts from a Strong export (classic or newer layout).",
    _strong_parser,
)


@import_app.command("hevy")
def import_hevy(
    file: Path = typer.Argument(..., help="The CSV file Hevy exported."),
    skip_invalid: bool = SKIP_OPTION,
    yes: bool = YES_OPTION,
    as_json: bool = JSON_OPTION,
    match: list[str] = MATCH_OPTION,
) -> None:
    """Import workouts from a Hevy export (metric or imperial)."""
    from backstrong.adapters.files.training.hevy import parse_hevy_csv

    _import(file, parse_hevy_csv, (skip_invalid, yes, as_json, match))


_import_with_unit(
    "csv",
    "A CSV file in the generic layout (see the docs).",
    "Import sets from a CSV file: date, exercise, reps or seconds, weight, unit, … per row.",
    _generic_parser,
)


@import_app.command("backup")
def import_backup(
    file: Path = typer.Argument(..., help="A file `backstrong export` wrote."),
) -> None:
    """Restore a full JSON backup into this (empty) account, all or nothing (docs/backup.md)."""
    from backstrong.entrypoints.cli.import_files import import_whole_text
    from backstrong.services.backup import service as backup

    try:
        report = container().backup.restore_text(acting_user(), import_whole_text(file))
    except backup.BackupError as exc:
        fail_plain(f"{file}: {exc}")
    parts = ", ".join(f"{name}: {count}" for name, count in report.restored.items())
    console().print(f"Restored {file} ({parts}).", markup=False, highlight=False)
