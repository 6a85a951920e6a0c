"""What the nutrition and body commands share: dates as people type them and clean failures."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import TYPE_CHECKING

import typer

from backstrong.entrypoints.cli.runtime import fail

if TYPE_CHECKING:
    from backstrong.bootstrap import Container
    from backstrong.domain.accounts import User
    from backstrong.domain.exercises.library import ExerciseLibrary

JSON_OPTION = typer.Option(False, "--json", help="Print JSON.")
DATE_HELP = "The day: YYYY-MM-DD, 'today' or 'yesterday' [default: today]."
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}


@contextmanager
def reported() -> Iterator[None]:
    """Bad input (the domain's ValueErrors) and missing rows become an error message, exit 2."""
    try:
        yield
    except (ValueError, LookupError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        fail(str(message))


def parse_day(text: str | None, today: date | None = None) -> date:
    today = today or date.today()
    if text is None or not text.strip():
        return today
    key = text.strip().lower()
    if key in _RELATIVE:
        return today + timedelta(days=_RELATIVE[key])
    try:
        return date.fromisoformat(key)
    except ValueError:
        fail(f"date '{text}': use YYYY-MM-DD, 'today' or 'yesterday'")


def exercise_library(c: Container, user: User) -> Callable[[], ExerciseLibrary]:
    """The person's exercise library, loaded only when called (for training energy)."""

    def load() -> ExerciseLibrary:
        return c.exercises.library_for(user)

    return load
