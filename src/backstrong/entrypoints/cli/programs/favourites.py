"""Favourite exercises for `backstrong plan new`, named in words and found with the library's
fuzzy search: an exact name (or id) is taken; a close one is taken with ``--yes``, asked about in
a terminal, and otherwise refused with the candidates, so that a plan is never built on a guess
nobody saw. Each name prints what it was read as."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape

from backstrong.entrypoints.cli.runtime import fail
from backstrong.services.programs.favourites import (
    MAX_FAVOURITES,
    FavouriteMatch,
    favourite_ids,
    not_found_message,
)

if TYPE_CHECKING:
    from backstrong.services.training.names import Candidate


def resolve(
    matches: list[FavouriteMatch], *, yes: bool, interactive: bool, out: Console
) -> list[str]:
    """The ids of the favourites the typed names mean, in order, each once."""
    if len(matches) > MAX_FAVOURITES:
        fail(f"--favourite: at most {MAX_FAVOURITES} favourites, {len(matches)} given")
    chosen: list[Candidate] = []
    for match in matches:
        picked = _pick(match, yes=yes, interactive=interactive)
        if picked is not None:
            chosen.append(picked)
            out.print(
                f"Favourite '{escape(match.text)}' → {escape(picked.name)} ({picked.exercise_id})",
                highlight=False,
            )
    return favourite_ids(chosen)


def _pick(match: FavouriteMatch, *, yes: bool, interactive: bool) -> Candidate | None:
    best = match.best
    if best is None:
        fail(escape(not_found_message(match.text)) + "; try `backstrong exercises search NAME`")
    if match.clear or yes:
        return best
    if not interactive:
        shown = ", ".join(f"{c.name} ({c.exercise_id})" for c in match.candidates)
        fail(
            escape(
                f"--favourite '{match.text}' could be {shown}; add --yes for the first, "
                "or give its name exactly (or its id)"
            )
        )
    return _ask(match)


def _ask(match: FavouriteMatch) -> Candidate | None:
    """Asked where the prompts go (the terminal), like the wizard's questions."""
    typer.echo(f"Which exercise is your favourite '{match.text}'?")
    for number, candidate in enumerate(match.candidates, start=1):
        typer.echo(f"  {number}. {candidate.name}  ({candidate.exercise_id})")
    accepted = range(len(match.candidates) + 1)

    def check(text: str) -> int:
        value = str(text).strip()
        if not value.isdigit() or int(value) not in accepted:
            raise typer.BadParameter(f"a number from 0 to {len(match.candidates)}")
        return int(value)

    pick = typer.prompt("Number (0 to leave it out)", default=1, value_proc=check)
    return None if pick == 0 else match.candidates[pick - 1]
