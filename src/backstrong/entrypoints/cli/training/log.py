"""`backstrong log`: one line of quick entry → sets in the day's session."""

from __future__ import annotations

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container, print_json
from backstrong.entrypoints.cli.training.common import (
    choose_exercise,
    fail_plain,
    library,
    on_day,
    parse_day,
)

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
    from backstrong.domain.training.quick_entry import QuickEntryError, parse_quick_entry
    from backstrong.domain.training.validation import TrainingValueError
    from backstrong.domain.units import MassUnit
    from backstrong.services.training import log as training_log
    from backstrong.services.training.mapping import history_item

    user = acting_user()
    try:
        parsed = parse_quick_entry(entry, default_unit=MassUnit(user.unit))
    except QuickEntryError as exc:
        fail_plain(str(exc))
    when = on_day(parse_day(date))
    chosen = choose_exercise(parsed.name_text, yes=yes, exercise_id=exercise)
    try:
        logged = training_log.log_entry(
            container().uow(), user, library(), parsed, chosen.exercise_id, when
        )
    except TrainingValueError as exc:
        fail_plain(str(exc))
    if as_json:
        print_json([history_item(s) for s in logged])
        return
    text = sets_text([s.performed for s in logged])
    console().print(
        f"Logged {chosen.name} on {when:%Y-%m-%d}: {text}", highlight=False, markup=False
    )
    if parsed.assumed_unit is not None:
        console().print(
            f"(no unit given: took {parsed.assumed_unit.value}, your display unit)",
            style="dim",
            markup=False,
        )
