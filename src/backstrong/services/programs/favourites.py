"""Favourite exercises, named in the person's own words → exercises of their library.

``ProgramsService.match_favourites`` matches them in the person's own library. The ranking is
the library's fuzzy search (through ``training_names.candidates``, which also
serves quick entry). A name is *clear* when its best match is exact (the exercise's name, an
alias, its id or a known abbreviation); anything less is a guess to show the person before a plan
is built on it, and a name nothing matches is an error to put right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.services.training.names import Candidate, candidates

MAX_FAVOURITES = 20  # as many as the API's intake takes: more would stop being favourites


@dataclass(frozen=True, slots=True)
class FavouriteMatch:
    """What one typed name matched, best first (empty when nothing did)."""

    text: str
    candidates: tuple[Candidate, ...]

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def clear(self) -> bool:
        return bool(self.candidates) and self.candidates[0].exact

    @property
    def alternatives(self) -> tuple[Candidate, ...]:
        return self.candidates[1:]


def match_favourite(library: ExerciseLibrary, text: str) -> FavouriteMatch:
    return FavouriteMatch(text.strip(), tuple(candidates(library, text.strip())))


def favourite_ids(chosen: Sequence[Candidate]) -> list[str]:
    """The chosen exercises' ids in order, each once."""
    return list(dict.fromkeys(c.exercise_id for c in chosen))


def not_found_message(text: str) -> str:
    return (
        f"favourite '{text}': nothing in your exercise library matches; "
        "check the spelling or look the exercise up in the library"
    )
