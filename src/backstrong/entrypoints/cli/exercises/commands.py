"""`backstrong exercises`: the exercise library."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

if TYPE_CHECKING:
    from backstrong.domain.exercises.model import Exercise
    from backstrong.domain.exercises.search import Query

app = typer.Typer(help="The exercise library: list, search, show, pictures, validate, import.")

JSON_OPTION = typer.Option(False, "--json", help="Print JSON.")


def _find(query: Query) -> list[Exercise]:
    return container().exercises.search(acting_user(), query)


def _equipment(value: str | None) -> frozenset[str] | None:
    if value is None:
        return None
    if value.strip().lower() in ("none", "bodyweight", "body-weight", ""):
        return frozenset()
    return frozenset(item.strip() for item in value.split(",") if item.strip())


def _print_table(found: list[Exercise], title: str) -> None:
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column("id", no_wrap=True, style="bold")
    for column in ("name", "pattern", "level", "equipment"):
        table.add_column(column)
    for ex in found:
        table.add_row(ex.id, ex.name, ex.pattern, ex.level, ", ".join(ex.equipment) or "none")
    console().print(table)


def _emit(found: list[Exercise], as_json: bool, title: str) -> None:
    from backstrong.domain.exercises.validation import exercise_to_mapping

    if as_json:
        print_json([exercise_to_mapping(ex) for ex in found])
    elif not found:
        console().print("No exercise matches.")
    else:
        _print_table(found, title)


@app.command("list")
def list_(
    muscle: str | None = typer.Option(None, help="Muscle or region: id or lay name."),
    pattern: str | None = typer.Option(None, help="Movement pattern, e.g. hinge."),
    kind: str | None = typer.Option(None, help="strength, isometric, stretch or mobility."),
    level: str | None = typer.Option(None, help="beginner, intermediate or advanced."),
    equipment: str | None = typer.Option(
        None, help="What you have, comma-separated; `none` = body weight only."
    ),
    exclude_tag: list[str] = typer.Option(
        [], "--exclude-tag", help="Leave out a safety tag or sensitivity (repeatable)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """List exercises, filtered."""
    from backstrong.domain.exercises.search import Query

    query = Query(
        muscle=muscle,
        pattern=pattern,
        kind=kind,
        level=level,
        equipment=_equipment(equipment),
        exclude_tags=frozenset(exclude_tag),
    )
    found = _find(query)
    _emit(found, as_json, f"{len(found)} exercises")


@app.command("search")
def search_(
    text: str = typer.Argument(..., help="A name, alias or typo of one."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Find exercises by name, best match first (forgives typos, spacing and abbreviations)."""
    from backstrong.domain.exercises.search import Query

    found = _find(Query(text=text))
    _emit(found, as_json, f"Best matches for '{text}'")


@app.command("show")
def show(exercise_id: str = typer.Argument(..., metavar="ID"), as_json: bool = JSON_OPTION) -> None:
    """Everything about one exercise."""
    from backstrong.domain.exercises.validation import exercise_to_mapping
    from backstrong.entrypoints.cli.exercises.view import render_exercise

    exercise = container().exercises.get(acting_user(), exercise_id)
    if as_json:
        print_json(exercise_to_mapping(exercise))
    else:
        render_exercise(console(), exercise)


@app.command("figure")
def figure(
    exercise_id: str = typer.Argument(..., metavar="ID"),
    output: Path = typer.Option(..., "-o", "--output", help="Where to write the SVG."),
) -> None:
    """Draw the exercise's start and end positions as an SVG stick figure."""
    svg = container().exercises.figure(acting_user(), exercise_id)
    output.write_text(svg, encoding="utf-8")
    console().print(f"Wrote {output}", highlight=False)


@app.command("validate")
def validate(
    path: Path | None = typer.Argument(
        None, help="A folder or file of exercise TOML files [default: the bundled library]."
    ),
) -> None:
    """Check exercise files: fields, vocabulary, links, cycles, seed exercises."""
    problems = container().exercises.validate(path)
    if problems:
        for problem in problems:
            console().print(f"[red]✗[/] {problem}", highlight=False, soft_wrap=True)
        fail(f"{len(problems)} problem(s) found", code=1)
    console().print("[green]✓[/] The library is valid.", highlight=False)


@app.command("import")
def import_(
    file: Path = typer.Argument(..., help="A free-exercise-db exercises.json file."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Import exercises in the free-exercise-db JSON format into your own library."""
    from backstrong.entrypoints.cli.exercises.view import print_import_report
    from backstrong.entrypoints.cli.import_files import check_file

    check_file(file)
    report = container().exercises.import_free_exercise_db(acting_user(), file)
    print_import_report(report, as_json)
