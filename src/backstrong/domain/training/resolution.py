"""How free text names an exercise: the port the fuzzy exercise search plugs into.

Quick entry and import name mapping take a :data:`Resolver` — any callable from text to a
:class:`ResolvedName` — so the domain never depends on how the search works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ResolvedName:
    """The best exercise for a piece of text. ``score`` is 0–100 (rapidfuzz's scale)."""

    exercise_id: str | None
    name: str | None = None  # the exercise's own name, to show next to what was typed
    score: float = 0.0

    @property
    def found(self) -> bool:
        return self.exercise_id is not None


NOT_FOUND = ResolvedName(None)

Resolver = Callable[[str], ResolvedName]
