"""`backstrong log`: sets from one line of text, the exercise matched to your library."""

from __future__ import annotations

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, print_json
from backstrong.entrypoints.cli.training import common

ENTRY_HELP = (
    'What you did, e.g. "deadlift 3x12@60kg rpe8", "bridge 2x15", "side plank 3x10s each side", '
    '"good morning 5,5,4 @ 95 lb", "rdl 3x10 @ 40kg, 3x8 @ 50kg".'
)


def log(
    entry: str = typer.Argument(..., help=ENTRY_HELP, metavar="ENTRY"),
    date: str | None = typer.Option(None, "--date", help="Log on a past day (YYYY-MM-DD)."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Take the best-matching exercise."),
    exercise: str | None = typer.Option(
        None, "--exercise", help="The exercise id, instead of matching the name."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the stored sets as JSON."),
) -> None:
    """Log sets in one line of text; the exercise name is matched to your library."""
    from backstrong.domain.training.describe import sets_text
    from backstrong.services.training.log import Ambiguous
    from backstrong.services.training.mapping import history_item

    user, day = acting_user(), common.parse_day(date)
    done = common.training().log_text(user, entry, exercise, day=day, best=yes)
    if isinstance(done, Ambiguous):
        chosen = common.pick(done.name, list(done.candidates))
        done = common.training().log_text(user, entry, chosen.exercise_id, day=day)
    assert not isinstance(done, Ambiguous)  # a choice is never ambiguous
    if as_json:
        print_json([history_item(s) for s in done.sets])
        return
    text = sets_text([s.performed for s in done.sets])
    console().print(
        f"Logged {done.exercise.name} on {done.when:%Y-%m-%d}: {text}",
        highlight=False,
        markup=False,
    )
    if done.entry.assumed_unit is not None:
        console().print(
            f"(no unit given: took {done.entry.assumed_unit.value}, your display unit)",
            style="dim",
            markup=False,
        )
