"""Exercise names typed in a quick entry or found in an import → exercises of the person's library.

The ranking is the library search's (``services.exercises.find`` with ``Query(text=...)``); the
score beside each candidate is the name index's, put on the 0–100 scale the training domain
uses (exact, prefix and contained matches score 100). A name is *clear* when the best candidate
matches exactly (name, alias, id or a known abbreviation): anything less is worth a question.
"""

from __future__ import annotations

from dataclasses import dataclass

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.name_index import EXACT_SCORE
from backstrong.domain.exercises.search import Query, index_for, search
from backstrong.domain.training.resolution import NOT_FOUND, ResolvedName, Resolver

SHOWN_CANDIDATES = 3  # a terminal shows the top 3 to pick from
FULL_SCORE = 100.0  # the top of rapidfuzz's scale, where ResolvedName scores live


@dataclass(frozen=True, slots=True)
class Candidate:
    exercise_id: str
    name: str
    score: float  # 0–100
    exact: bool

    def resolved(self) -> ResolvedName:
        return ResolvedName(self.exercise_id, self.name, self.score)


def candidates(
    library: ExerciseLibrary, text: str, limit: int = SHOWN_CANDIDATES
) -> list[Candidate]:
    """The best matches for ``text``, best first (empty when nothing is close)."""
    found = search(library, Query(text=text))[:limit]
    if not found:
        return []
    index = index_for(library)
    raw = index.names.scores(text)
    position = {entry.exercise.id: i for i, entry in enumerate(index.entries)}
    result = []
    for exercise in found:
        score = raw.get(position[exercise.id], 0.0)
        result.append(
            Candidate(exercise.id, exercise.name, min(score, FULL_SCORE), score >= EXACT_SCORE)
        )
    return result


def is_clear(found: list[Candidate]) -> bool:
    return bool(found) and found[0].exact


def resolver(library: ExerciseLibrary) -> Resolver:
    """The :data:`Resolver` the import's name mapping calls: the best candidate or nothing."""

    def resolve(text: str) -> ResolvedName:
        found = candidates(library, text, limit=1)
        return found[0].resolved() if found else NOT_FOUND

    return resolve
