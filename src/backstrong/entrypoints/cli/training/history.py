"""`backstrong history`, `records`, `stats volume` and `progress`: what the log adds up to."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, print_json
from backstrong.entrypoints.cli.training.common import choose_exercise, names, training

if TYPE_CHECKING:
    from backstrong.domain.training.one_rep_max import Formula

stats_app = typer.Typer(help="Training statistics: weekly volume per body region.")

JSON_OPTION = typer.Option(False, "--json", help="Print JSON.")
FORMULA_HELP = "e1RM formula: epley, brzycki, lander, lombardi, mayhew, oconner or wathan."


def _formula(text: str) -> Formula:
    from backstrong.domain.training.one_rep_max import parse_formula

    return parse_formula(text)


def history(
    exercise: str | None = typer.Argument(None, help="Only this exercise (a name or an id)."),
    limit: int = typer.Option(50, help="Show at most this many sets, newest first."),
    formula: str = typer.Option("epley", help=FORMULA_HELP),
    yes: bool = typer.Option(False, "--yes", "-y", help="Take the best-matching exercise."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Your logged sets, newest first, with the estimated 1RM of each."""
    from backstrong.entrypoints.cli.training.tables import print_history
    from backstrong.services.ports.training import SetFilter
    from backstrong.services.training.mapping import history_item

    chosen = None if exercise is None else choose_exercise(exercise, yes=yes)
    where = SetFilter(
        exercise_id=None if chosen is None else chosen.exercise_id,
        limit=max(1, limit),
        newest_first=True,
    )
    method = _formula(formula)
    user = acting_user()
    found = training().history(user, where)
    if as_json:
        print_json([history_item(s, method) for s in found])
    else:
        print_history(found, names(), method, unit=user.unit)


def records(
    formula: str = typer.Option("epley", help=FORMULA_HELP), as_json: bool = JSON_OPTION
) -> None:
    """Personal records per exercise: heaviest, best e1RM, best session volume, longest hold."""
    from backstrong.entrypoints.cli.training.tables import print_records
    from backstrong.services.training.reports import records_json

    user = acting_user()
    found = training().records(user, formula=_formula(formula))
    if as_json:
        print_json(records_json(found))
    else:
        print_records(found, names(), unit=user.unit)


@stats_app.command("volume")
def volume(
    weeks: int = typer.Option(8, min=1, max=520, help="How many recent weeks to show."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Weekly hard sets and tonnage per body region (warm-ups left out)."""
    from backstrong.entrypoints.cli.training.tables import print_volume
    from backstrong.services.training.reports import volume_json

    user = acting_user()
    found = training().volume(user, weeks=weeks)
    if as_json:
        print_json(volume_json(found))
    else:
        print_volume(found, unit=user.unit)


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
    from backstrong.services.training.progress import progress_json
    from backstrong.services.training.reports import trend_json

    chosen = choose_exercise(exercise, yes=yes)
    user = acting_user()
    points = training().progress(user, chosen.exercise_id, formula=_formula(formula))
    found = training().exercise_progress(user, chosen.exercise_id, formula=_formula(formula))
    if plot is not None:
        from backstrong.adapters.render.chart_png import render_png
        from backstrong.adapters.render.progress_chart import progress_chart

        plot.write_bytes(render_png(progress_chart(chosen.name, points)))
    if as_json:
        print_json({**trend_json(chosen.exercise_id, points), **progress_json(found)})
        return
    print_trend(chosen.name, points, unit=user.unit)
    print_progress(found, unit=user.unit)
    if plot is not None:
        console().print(f"Wrote {plot}", highlight=False, markup=False)
