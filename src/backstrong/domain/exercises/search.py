"""Find exercises: filters (muscle or region, pattern, kind, level, equipment, safety tags) and a
fuzzy name search that forgives typos, spacing, hyphens and common abbreviations.

The normalised names of a library are computed once (its :class:`SearchIndex`) and kept while the
library lives, so each query only scores and filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from weakref import WeakKeyDictionary

from backstrong.domain.exercises.library import ExerciseLibrary
from backstrong.domain.exercises.model import Exercise
from backstrong.domain.exercises.name_index import NameIndex
from backstrong.domain.exercises.names import compact, normalise
from backstrong.domain.exercises.terms import (
    UnknownVocabulary,
    equipment_named,
    member_named,
    muscles_named,
    tags_named,
)
from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern

__all__ = ["Query", "SearchIndex", "UnknownVocabulary", "index_for", "search"]

BUNDLED_SOURCE = "backstrong"
BUNDLED_BONUS = 5.0  # name-match points: curated entries rank first among similar matches


@dataclass(frozen=True, slots=True)
class Query:
    """What a person looks for; every field left as ``None`` (or empty) does not filter.

    ``muscle`` is a muscle id or lay name, or a region id or lay name ("lower back" = erector
    spinae, multifidus and quadratus lumborum, worked as primary or secondary muscles).
    ``equipment`` is what is available: an exercise qualifies only when all it needs is there;
    the empty set means body weight only. ``exclude_tags`` holds safety tags or sensitivities
    (``flexion``, ``extension``, ``rotation``). ``max_level`` keeps that level and easier ones.
    """

    muscle: str | None = None
    pattern: str | None = None
    kind: str | None = None
    level: str | None = None
    max_level: str | None = None
    equipment: frozenset[str] | None = None
    exclude_tags: frozenset[str] = frozenset()
    text: str | None = None


@dataclass(frozen=True, slots=True)
class _Entry:
    exercise: Exercise
    muscles: frozenset[str]
    primary: frozenset[str]
    equipment: frozenset[str]
    tags: frozenset[str]
    level_rank: int
    bundled: bool
    sort_name: str


@dataclass(frozen=True, slots=True)
class _Filter:
    muscles: frozenset[str] | None
    pattern: Pattern | None
    kind: Kind | None
    level: Level | None
    max_rank: int | None
    equipment: frozenset[str] | None
    excluded: frozenset[str]

    @classmethod
    def of(cls, query: Query) -> _Filter:
        """Resolve the query's words; raises :class:`UnknownVocabulary` for an unknown one."""
        max_level = query.max_level
        return cls(
            muscles=None if query.muscle is None else muscles_named(query.muscle),
            pattern=None
            if query.pattern is None
            else member_named(query.pattern, "pattern", Pattern),
            kind=None if query.kind is None else member_named(query.kind, "kind", Kind),
            level=None if query.level is None else member_named(query.level, "level", Level),
            max_rank=None if max_level is None else member_named(max_level, "level", Level).rank,
            equipment=None if query.equipment is None else equipment_named(query.equipment),
            excluded=tags_named(query.exclude_tags),
        )

    def accepts(self, entry: _Entry) -> bool:
        ex = entry.exercise
        return (
            (self.muscles is None or not self.muscles.isdisjoint(entry.muscles))
            and (self.pattern is None or ex.pattern is self.pattern)
            and (self.kind is None or ex.kind is self.kind)
            and (self.level is None or ex.level is self.level)
            and (self.max_rank is None or entry.level_rank <= self.max_rank)
            and (self.equipment is None or entry.equipment <= self.equipment)
            and self.excluded.isdisjoint(entry.tags)
        )

    def order(self, entry: _Entry) -> tuple[bool, bool, int, str]:
        """Without text: primary-muscle hits, then bundled entries, then easier, then by name."""
        misses = self.muscles is not None and self.muscles.isdisjoint(entry.primary)
        return (misses, not entry.bundled, entry.level_rank, entry.sort_name)


class SearchIndex:
    """A library's entries with their filter keys and names, computed once."""

    def __init__(self, library: ExerciseLibrary) -> None:
        self.entries = tuple(_entry(exercise) for exercise in library)
        self.names = NameIndex((e.name, *e.aliases, e.id) for e in library)


def _entry(exercise: Exercise) -> _Entry:
    return _Entry(
        exercise=exercise,
        muscles=frozenset(exercise.muscles),
        primary=frozenset(exercise.primary_muscles),
        equipment=frozenset(exercise.equipment),
        tags=frozenset(exercise.safety_tags),
        level_rank=exercise.level.rank,
        bundled=exercise.source.name == BUNDLED_SOURCE,
        sort_name=compact(exercise.name),
    )


_INDEXES: WeakKeyDictionary[ExerciseLibrary, SearchIndex] = WeakKeyDictionary()


def index_for(library: ExerciseLibrary) -> SearchIndex:
    """The library's search index, built on first use and kept while the library lives."""
    index = _INDEXES.get(library)
    if index is None:
        index = _INDEXES[library] = SearchIndex(library)
    return index


def search(library: ExerciseLibrary, query: Query) -> list[Exercise]:
    """Exercises matching every filter; with ``text``, best name match first.

    Raises :class:`~backstrong.domain.exercises.terms.UnknownVocabulary` when a filter names
    something the vocabulary does not know.
    """
    accept = _Filter.of(query)
    index = index_for(library)
    chosen = [i for i, entry in enumerate(index.entries) if accept.accepts(entry)]
    if query.text is not None and normalise(query.text):
        scores = index.names.scores(query.text)
        entries = index.entries
        ranked = {
            i: scores[i] + (BUNDLED_BONUS if entries[i].bundled else 0.0)
            for i in chosen
            if i in scores
        }
        order = sorted(
            ranked, key=lambda i: (-ranked[i], len(entries[i].sort_name), entries[i].sort_name)
        )
        return [entries[i].exercise for i in order]
    chosen.sort(key=lambda i: accept.order(index.entries[i]))
    return [index.entries[i].exercise for i in chosen]
