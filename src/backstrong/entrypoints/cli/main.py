"""The `backstrong` command. Only Typer is imported up front and each command's module is loaded
when that command runs (a lazy command group), so `backstrong --help` starts fast."""

from __future__ import annotations

import importlib
from typing import NamedTuple

import typer
from typer import _click as click
from typer.core import TyperGroup

from backstrong import __version__


class Entry(NamedTuple):
    """Where a top-level command lives and its one-line help (a test keeps the two in step)."""

    module: str
    attribute: str
    help: str


_CLI = "backstrong.entrypoints.cli."
COMMANDS: dict[str, Entry] = {
    "serve": Entry(_CLI + "serve", "serve", "Run the web app (migrations are applied first)."),
    "db": Entry(
        _CLI + "db", "app", "Database schema: apply migrations, show the current revision."
    ),
    "account": Entry(
        _CLI + "accounts.account",
        "app",
        "Your account and this server's accounts: unit, tokens, invites, passwords, admin.",
    ),
    "exercises": Entry(
        _CLI + "exercises.commands",
        "app",
        "The exercise library: list, search, show, pictures, validate, import.",
    ),
    "plan": Entry(
        _CLI + "programs.plan",
        "app",
        "Your program: a safety screen, a personal plan, today's session, exports.",
    ),
    "log": Entry(
        _CLI + "training.log",
        "log",
        "Log sets in one line of text; the exercise name is matched to your library.",
    ),
    "workout": Entry(
        _CLI + "training.workout",
        "workout",
        "Walk through today's exercises set by set; each set is stored as soon as it is done.",
    ),
    "history": Entry(
        _CLI + "training.history",
        "history",
        "Your logged sets, newest first, with the estimated 1RM of each.",
    ),
    "records": Entry(
        _CLI + "training.history",
        "records",
        "Personal records per exercise: heaviest, best e1RM, best session volume, longest hold.",
    ),
    "stats": Entry(
        _CLI + "training.history",
        "stats_app",
        "Training statistics: weekly volume per body region.",
    ),
    "progress": Entry(
        _CLI + "training.history",
        "progress",
        "Progress of one exercise: e1RM per day, best set and volume, reps and hold times.",
    ),
    "import": Entry(
        _CLI + "training.imports",
        "import_app",
        "Bring data in: workouts from Strong, Hevy or a CSV file, or a Backstrong backup.",
    ),
    "export": Entry(
        _CLI + "training.export",
        "export",
        "Export your data: every set as CSV, or everything as a JSON backup.",
    ),
    "calories": Entry(
        _CLI + "nutrition.commands",
        "calories_app",
        "Daily calorie target: BMR, TDEE, goal, safety floor, macros.",
    ),
    "eat": Entry(
        _CLI + "nutrition.commands",
        "eat",
        'Log food in plain words to your diary ("2 eggs, 1 coffee with milk": several foods on'
        " one line), or a packaged food by its barcode.",
    ),
    "nutrition": Entry(
        _CLI + "nutrition.commands",
        "app",
        "Nutrition: today's diary against your target, your profile, closing days.",
    ),
    "food": Entry(
        _CLI + "nutrition.food",
        "app",
        "Foods: search them, add your own, look barcodes up, import USDA tables.",
    ),
    "weigh": Entry(_CLI + "body.commands", "weigh", "Log a weigh-in."),
    "weight": Entry(
        _CLI + "body.commands",
        "weight_app",
        "Where your weight is heading: projections and goal plans (models).",
    ),
    "body": Entry(
        _CLI + "body.commands",
        "app",
        "Your body weight: weigh-ins, trend and real energy expenditure.",
    ),
    "form": Entry(
        _CLI + "form.commands",
        "app",
        "Form checks: count and judge reps from a video or landmarks file.",
    ),
}


def load_command(name: str) -> click.Command:
    """Import one top-level command's module and build its Click command."""
    entry = COMMANDS[name]
    target = getattr(importlib.import_module(entry.module), entry.attribute)
    if isinstance(target, typer.Typer):
        target.rich_markup_mode = None  # plain Click help, as at the top: no Rich import for --help
        command: click.Command = typer.main.get_group(target)
    else:
        single = typer.Typer(rich_markup_mode=None, add_completion=False)
        single.command(name)(target)
        command = typer.main.get_command(single)
    command.name = name
    return command


class LazyCommands(TyperGroup):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return load_command(cmd_name) if cmd_name in COMMANDS else None

    def invoke(self, ctx: click.Context) -> object:
        """Run the command; the shared errors (a refused value, a missing or clashing row)
        become one red line and exit code 2, whatever the command."""
        from backstrong.domain.errors import FieldError
        from backstrong.services.errors import Busy, Conflict, Forbidden, NotFound

        try:
            return super().invoke(ctx)
        except (FieldError, NotFound, Conflict, Forbidden, Busy) as exc:
            from rich.markup import escape

            from backstrong.entrypoints.cli.runtime import fail

            fail(escape(str(exc)))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, entry.help) for name, entry in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


app = typer.Typer(
    name="backstrong",
    cls=LazyCommands,
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


def render_root_help() -> str:
    """The top-level help exactly as `backstrong --help` prints it in a terminal of 80 columns
    or more (Click wraps at min(columns, 80) - 2)."""
    command = typer.main.get_command(app)
    context = command.make_context(
        "backstrong", ["--help"], resilient_parsing=True, terminal_width=78, max_content_width=80
    )
    return command.get_help(context) + "\n"


def run() -> None:
    app()
