"""What the training commands share: the person's library, the analytics cache, dates, failures
whose text is shown as written, and choosing an exercise from what was typed."""

from __future__ import annotations

import sys
from datetime import date, datetime
from typing import TYPE_CHECKING, NoReturn

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail

if TYPE_CHECKING:
    from backstrong.domain.exercises.library import ExerciseLibrary
    from backstrong.services.training.names import Candidate


def fail_plain(message: str) -> NoReturn:
    """Like ``fail``, but brackets and carets in the message are shown, not read as markup."""
    from rich.markup import escape

    fail(escape(message))


def library() -> ExerciseLibrary:
    c = container()
    return c.exercises.library_for(acting_user())


def now() -> datetime:
    """The current local time, with its UTC offset."""
    return datetime.now().astimezone()


def on_day(day: date | None) -> datetime:
    """Now, or the same time of day on ``day`` (local, with that day's offset)."""
    current = now()
    if day is None:
        return current
    return datetime.combine(day, current.time().replace(tzinfo=None)).astimezone()


def parse_day(text: str | None, option: str = "--date") -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        fail_plain(f"{option} '{text}': use a date like 2026-03-13")


def is_interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def choose_exercise(text: str, *, yes: bool, exercise_id: str | None = None) -> Candidate:
    """The exercise meant by ``text``: given, clear, the best (``--yes``) or asked for."""
    from backstrong.services.training import names as training_names

    lib = library()
    if exercise_id is not None:
        found = lib.find(exercise_id)
        if found is None:
            fail_plain(f"--exercise '{exercise_id}': not in your library")
        return training_names.Candidate(found.id, found.name, 100.0, True)
    found_candidates = training_names.candidates(lib, text)
    if not found_candidates:
        fail_plain(
            f"exercise '{text}': nothing in your library matches; "
            "try `backstrong exercises search` for its name"
        )
    if yes or training_names.is_clear(found_candidates):
        return found_candidates[0]
    if not is_interactive():
        shown = ", ".join(f"{c.name} ({c.exercise_id})" for c in found_candidates)
        fail_plain(
            f"exercise '{text}' could be {shown}; add --yes for the first "
            "or --exercise ID to choose"
        )
    return _ask(text, found_candidates)


def _ask(text: str, found: list[Candidate]) -> Candidate:
    console().print(f"Which exercise is '{text}'?", highlight=False, markup=False)
    for number, candidate in enumerate(found, start=1):
        console().print(f"  {number}. {candidate.name}  ({candidate.exercise_id})", markup=False)
    pick = int(typer.prompt("Number (0 to cancel)", default=1, type=int))
    if not 1 <= pick <= len(found):
        console().print("Nothing logged.")
        raise typer.Exit(1)
    return found[pick - 1]
