"""What the nutrition and body commands share: options and their help, and days as people type
them."""

from __future__ import annotations

from datetime import date, timedelta

import typer

from backstrong.entrypoints.cli.runtime import acting_user, container, fail

JSON_OPTION = typer.Option(False, "--json", help="Print JSON.")
DATE_HELP = "The day: YYYY-MM-DD, 'today' or 'yesterday' [default: today]."
SEX_HELP = "male or female."
AGE_HELP = "Age in years (adults)."
HEIGHT_HELP = "'5 ft 10 in', 5'10\", '178 cm', '1.78 m', or a bare number in cm."
WEIGHT_HELP = "'180 lb', '82 kg', '12 st 8 lb', or a bare number in kg."
ACTIVITY_HELP = "sedentary, light, moderate, very or extra."
GOAL_HELP = "maintain, lose-0.5 … lose-2 or gain-0.5 … gain-2 (lb a week; add 'kg' for kg)."
EQUATION_HELP = "mifflin-st-jeor, harris-benedict-revised or katch-mcardle (needs --body-fat)."
# The person and the day, as every body and nutrition command takes them.
SEX_OPTION = typer.Option(None, help=SEX_HELP)
AGE_OPTION = typer.Option(None, help=AGE_HELP)
HEIGHT_OPTION = typer.Option(None, help=HEIGHT_HELP)
WEIGHT_OPTION = typer.Option(None, help=WEIGHT_HELP)
ACTIVITY_OPTION = typer.Option(None, help=ACTIVITY_HELP)
DATE_OPTION = typer.Option(None, "--date", help=DATE_HELP)
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}


def parse_day(text: str | None) -> date | None:
    """The day typed; None when none was (the service then takes the person's today).
    'today', 'yesterday' and 'tomorrow' count from the person's own today."""
    if text is None or not text.strip():
        return None
    key = text.strip().lower()
    if key in _RELATIVE:
        return container().clock.today(acting_user()) + timedelta(days=_RELATIVE[key])
    try:
        return date.fromisoformat(key)
    except ValueError:
        fail(f"date '{text}': use YYYY-MM-DD, 'today' or 'yesterday'")
