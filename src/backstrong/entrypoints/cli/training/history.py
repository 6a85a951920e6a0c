"""`backstrong history`, `records`, `stats volume` and `progress`: what the log adds up to."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container, print_json
from backstrong.entrypoints.cli.training.common import choose_exercise, fail_plain, library

if TYPE_CHECKING:
    from backstrong.domain.training.one_rep_max import Formula

stats_app = typer.Typer(help="Training statistics: weekly volume per body region.")

JSON_OPTION = typer.Option(False, "--json", help="Print JSON.")
FORMULA_HELP = "e1RM formula: epley, brzycki, lander, lombardi, mayhew, oconner or wathan."


def _formula(text: str) -> Formula:
    from backstrong.domain.training.one_rep_max import parse_formula
    from backstrong.domain.training.validation import TrainingValueError

    try:
        return parse_formula(text)
    except TrainingValueError as exc:
        fail_plain(f"--formula {exc}")


def history(
    exercise: str | None = typer.Argument(None, help="Only this exercise (a name or an id)."),
    limit: int = typer.Option(50, help="Show at most this many sets, newest first."),
    formula: str = typer.Option("epley", help=FORMULA_HELP),
    yes: bool = typer.Option(False, "--yes", "-y", help="Take the best-matching exercise."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Your logged sets, newest first, with the estimated 1RM of each."""
    from backstrong.domain.training.describe import set_text
    from backstrong.services.ports.training import SetFilter
    from backstrong.services.training import log as training_log
    from backstrong.services.training.mapping import history_item

    chosen = None if exercise is None else choose_exercise(exercise, yes=yes)
    where = SetFilter(
        exercise_id=None if chosen is None else chosen.exercise_id,
        limit=max(1, limit),
        newest_first=True,
    )
    found = training_log.history(container().uow(), acting_user(), where)
    method = _formula(formula)
    items = [history_item(s, method) for s in found]
    if as_json:
        print_json(items)
        return
    if not found:
        console().print('Nothing logged yet. Try: backstrong log "bridge 2x15"', markup=False)
        return
    from rich.table import Table

    names = {ex.id: ex.name for ex in library()}
    table = Table(title="Sets, newest first", title_justify="left")
    for column in ("day", "exercise", "set", "e1RM"):
        table.add_column(column)
    for logged, item in zip(found, items, strict=True):
        e1rm = item["e1rm"]
        table.add_row(
            f"{logged.performed.performed_at:%Y-%m-%d}",
            names.get(logged.performed.exercise_id, logged.performed.exercise_id),
            set_text(logged.performed),
            "" if e1rm is None else f"{e1rm['value']:g} {e1rm['unit']}",
        )
    console().print(table)


def records(
    formula: str = typer.Option("epley", help=FORMULA_HELP), as_json: bool = JSON_OPTION
) -> None:
    """Personal records per exercise: heaviest, best e1RM, best session volume, longest hold."""
    from backstrong.entrypoints.cli.training.tables import print_records
    from backstrong.services.training import stats as training_stats
    from backstrong.services.training.reports import records_json

    user, c = acting_user(), container()
    found = training_stats.records(
        c.uow(),
        user,
        unit=training_stats.unit_of(user),
        formula=_formula(formula),
        cache=c.training_stats,
    )
    if as_json:
        print_json(records_json(found))
    else:
        print_records(found, {ex.id: ex.name for ex in library()})


@stats_app.command("volume")
def volume(
    weeks: int = typer.Option(8, min=1, max=520, help="How many recent weeks to show."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Weekly hard sets and tonnage per body region (warm-ups left out)."""
    from backstrong.entrypoints.cli.training.tables import print_volume
    from backstrong.services.training import stats as training_stats
    from backstrong.services.training.reports import volume_json

    user, c = acting_user(), container()
    found = training_stats.volume(
        c.uow(),
        user,
        library(),
        unit=training_stats.unit_of(user),
        weeks=weeks,
        cache=c.training_stats,
    )
    if as_json:
        print_json(volume_json(found))
    else:
        print_volume(found)


def progress(
    exercise: str = typer.Argument(..., help="The exercise (a name or an id)."),
    plot: Path | None = typer.Option(None, "--plot", help="Also draw the e1RM line to a PNG."),
    formula: str = typer.Option("epley", help=FORMULA_HELP),
    yes: bool = typer.Option(False, "--yes", "-y", help="Take the best-matching exercise."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Progress of one exercise: e1RM per day, best set and volume, reps and hold times.

    The RPE chart's estimate is a line of its own; days from sets over 10 reps are marked as
    less reliable."""
    from backstrong.entrypoints.cli.training.tables import print_progress, print_trend
    from backstrong.services.training import progress as training_progress
    from backstrong.services.training import stats as training_stats
    from backstrong.services.training.progress import progress_json
    from backstrong.services.training.reports import trend_json

    chosen = choose_exercise(exercise, yes=yes)
    user, c = acting_user(), container()
    lines = training_stats.trend(
        c.uow(),
        user,
        unit=training_stats.unit_of(user),
        formula=_formula(formula),
        cache=c.training_stats,
    )
    points = lines.get(chosen.exercise_id, ())
    found = training_progress.exercise_progress(
        c.uow(),
        user,
        chosen.exercise_id,
        unit=training_stats.unit_of(user),
        formula=_formula(formula),
    )
    if plot is not None:
        from backstrong.adapters.render.chart_png import render_png
        from backstrong.adapters.render.progress_chart import progress_chart

        plot.write_bytes(render_png(progress_chart(chosen.name, points)))
    if as_json:
        print_json({**trend_json(chosen.exercise_id, points), **progress_json(found)})
        return
    print_trend(chosen.name, points)
    print_progress(found)
    if plot is not None:
        console().print(f"Wrote {plot}", highlight=False, markup=False)
