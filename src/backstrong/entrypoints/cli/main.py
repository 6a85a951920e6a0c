"""The `backstrong` command. Only Typer is imported up front: `--help` must start fast."""

from __future__ import annotations

import typer

from backstrong import __version__
from backstrong.entrypoints.cli import (
    accounts,
    body,
    db,
    exercises,
    food,
    history,
    log,
    nutrition,
    plan,
    serve,
    transfer,
    workout,
)

app = typer.Typer(
    name="backstrong",
    help="Backstrong: a stronger lower back and hips, a training log and nutrition tracking.",
    rich_markup_mode=None,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"backstrong {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Backstrong: a stronger lower back and hips, a training log and nutrition tracking."""


app.command("serve")(serve.serve)
app.add_typer(db.app, name="db")
app.add_typer(exercises.app, name="exercises")
app.add_typer(accounts.app, name="account")
app.add_typer(plan.app, name="plan")
app.add_typer(nutrition.calories_app, name="calories")
app.command("eat")(nutrition.eat)
app.add_typer(nutrition.app, name="nutrition")
app.add_typer(food.app, name="food")
app.command("weigh")(body.weigh)
app.add_typer(body.weight_app, name="weight")
app.add_typer(body.app, name="body")
app.command("log")(log.log)
app.command("workout")(workout.workout)
app.command("history")(history.history)
app.command("records")(history.records)
app.add_typer(history.stats_app, name="stats")
app.command("progress")(history.progress)
app.add_typer(transfer.import_app, name="import")
app.command("export")(transfer.export)


def run() -> None:
    app()
