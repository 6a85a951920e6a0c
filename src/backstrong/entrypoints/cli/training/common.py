"""What the training commands share: the training service, typed dates, failures whose text is
shown as written, and choosing an exercise from what was typed."""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING, NoReturn

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail

if TYPE_CHECKING:
    from backstrong.services.training.names import Candidate
    from backstrong.services.training.service import TrainingService


def training() -> TrainingService:
    return container().training


def fail_plain(message: str) -> NoReturn:
    """Like ``fail``, but brackets and carets in the message are shown, not read as markup."""
    from rich.markup import escape

    fail(escape(message))


def names() -> dict[str, str]:
    """Exercise id → name in the acting person's library."""
    return training().names(acting_user())


def parse_day(text: str | None, option: str = "--date") -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        fail_plain(f"{option} '{text}': use a date like 2026-03-13")


def is_interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def choose_exercise(text: str, *, yes: bool) -> Candidate:
    """The exercise meant by ``text``: clear, the best (``--yes``) or asked for."""
    found = training().candidates(acting_user(), text)
    if found and (yes or found[0].exact):
        return found[0]
    return pick(text, found)


def pick(text: str, found: list[Candidate]) -> Candidate:
    """Ask which of ``found`` ``text`` means; fail when nothing matched or no one can answer."""
    if not found:
        fail_plain(
            f"exercise '{text}': nothing in your library matches; "
            "try `backstrong exercises search` for its name"
        )
    if not is_interactive():
        shown = ", ".join(f"{c.name} ({c.exercise_id})" for c in found)
        fail_plain(
            f"exercise '{text}' could be {shown}; add --yes for the first "
            "or --exercise ID to choose"
        )
    console().print(f"Which exercise is '{text}'?", highlight=False, markup=False)
    for number, candidate in enumerate(found, start=1):
        console().print(f"  {number}. {candidate.name}  ({candidate.exercise_id})", markup=False)
    choice = int(typer.prompt("Number (0 to cancel)", default=1, type=int))
    if not 1 <= choice <= len(found):
        console().print("Nothing logged.")
        raise typer.Exit(1)
    return found[choice - 1]
