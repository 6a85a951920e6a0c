"""Find foods by what people type: exact names first, then prefixes, then words, then typos.

Everyday foods (the bundled table, a user's own foods) rank above imported ones, and brands last,
so "chicken breast" opens with chicken breast rather than a branded nugget. ``FoodIndex.build``
normalises every name once; a search then touches only dictionaries and sorted lists, and calls
rapidfuzz only when the exact, prefix and word tiers leave room.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from rapidfuzz import fuzz, process

from backstrong.domain.nutrition.foods import Food

TYPO_TOKEN_CUTOFF = 75.0  # rapidfuzz ratio (0–100) for "chiken" → "chicken"; tried on SR28
SIMILAR_NAME_CUTOFF = 80.0  # rapidfuzz ratio for the last-resort whole-name match
MIN_WORD_SEARCH_CHARS = 3  # shorter queries ("c", "ch") match name beginnings only
SHORT_QUERY_RESULTS = 50  # results kept per one- or two-letter query, ranked at build time
TYPO_CANDIDATES_PER_TOKEN = 6
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_UNCHANGED_ENDINGS = ("ss", "us", "is", "ous")


class MatchKind(IntEnum):
    """How a food matched, best first."""

    EXACT = 0
    PREFIX = 1
    WORDS = 2
    FUZZY = 3  # each query word is within a typo of a word of the food
    SIMILAR = 4  # only the whole name looks alike (last resort)


@dataclass(frozen=True, slots=True)
class FoodMatch:
    food: Food
    kind: MatchKind
    score: float  # 100 for exact, prefix and word matches; the rapidfuzz score otherwise
    complete: bool  # every query word matched a whole word of the food's name or an alias


def singular(token: str) -> str:
    """A crude singular so "eggs", "berries" and "tomatoes" find "egg", "berry", "tomato"."""
    if len(token) <= 3 or token.endswith(_UNCHANGED_ENDINGS) or not token.isalpha():
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith(("oes", "ches", "shes", "sses", "xes")):
        return token[:-2]
    if token.endswith("s"):
        return token[:-1]
    return token


def normalise(text: str) -> str:
    """Lower case, no accents or punctuation, singular words, single spaces."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("&", " and "))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("'", "")
    return " ".join(singular(word) for word in _WORD.findall(plain))


@dataclass(frozen=True, slots=True)
class _Entry:
    """One food as the index sees it, with the parts of its rank that never change."""

    food: Food
    name_tokens: tuple[str, ...]
    positions: dict[str, int]  # each word of the name → where it first appears
    tokens: frozenset[str]
    rank: tuple[int, int, int]  # (not everyday, branded, number of words in the name)


class FoodIndex:
    """A search index over a fixed list of foods. Build once; search many times."""

    def __init__(
        self,
        entries: Sequence[_Entry],
        keys: Sequence[tuple[str, int]],
        postings: dict[str, frozenset[int]],
    ) -> None:
        self._entries = entries
        self._by_id = {entry.food.id: entry.food for entry in entries}
        self._keys = [key for key, _ in keys]
        self._key_owner = [owner for _, owner in keys]
        self._key_words = [key.count(" ") + 1 for key, _ in keys]
        self._exact: dict[str, list[int]] = {}
        for key, owner in keys:
            self._exact.setdefault(key, []).append(owner)
        self._postings = postings
        self._vocabulary = sorted(postings)
        self.portion_words = frozenset(
            word
            for entry in entries
            for portion in entry.food.portions
            for word in normalise(portion.name).split()[:1]
        )
        """First words of every portion name ("slice", "cup", "large"), for reading diary lines."""
        self._short: dict[str, list[tuple[int, MatchKind, float, bool]]] = {}
        for prefix in sorted({key[:n] for key in self._keys for n in (1, 2)}):
            ranking = _Ranking()
            self._rank_exact_and_prefix(prefix, ranking)
            self._short[prefix] = ranking.best(SHORT_QUERY_RESULTS)

    @classmethod
    def build(cls, foods: Iterable[Food]) -> FoodIndex:
        entries: list[_Entry] = []
        keys: list[tuple[str, int]] = []
        postings: dict[str, set[int]] = {}
        for position, food in enumerate(foods):
            name = normalise(food.name)
            names = dict.fromkeys([name, *(normalise(alias) for alias in food.aliases)])
            tokens = frozenset(token for key in names for token in key.split())
            name_tokens = tuple(name.split())
            rank = (0 if food.everyday else 1, 1 if food.brand else 0, len(name_tokens))
            positions = {t: i for i, t in reversed(list(enumerate(name_tokens)))}
            entries.append(_Entry(food, name_tokens, positions, tokens, rank))
            keys.extend((key, position) for key in names if key)
            for token in tokens:
                postings.setdefault(token, set()).add(position)
        keys.sort()
        return cls(entries, keys, {token: frozenset(ids) for token, ids in postings.items()})

    def __len__(self) -> int:
        return len(self._entries)

    def food(self, food_id: str) -> Food | None:
        """The indexed food with this id (the last one indexed wins), or None."""
        return self._by_id.get(food_id)

    def search(self, text: str, limit: int = 20) -> list[Food]:
        """The best ``limit`` foods for ``text``, best first; [] when nothing is close."""
        return [match.food for match in self.matches(text, limit)]

    def matches(self, text: str, limit: int = 20) -> list[FoodMatch]:
        """Like ``search`` but says how each food matched."""
        query = normalise(text)
        if not query or limit <= 0:
            return []
        if len(query) < MIN_WORD_SEARCH_CHARS and limit <= SHORT_QUERY_RESULTS:
            best = self._short.get(query, [])[:limit]
        else:
            best = self._rank(query, limit)
        return [
            FoodMatch(self._entries[owner].food, kind, score, complete)
            for owner, kind, score, complete in best
        ]

    def _rank(self, query: str, limit: int) -> list[tuple[int, MatchKind, float, bool]]:
        words = query.split()
        ranking = _Ranking()
        self._rank_exact_and_prefix(query, ranking)
        if len(query) >= MIN_WORD_SEARCH_CHARS:
            self._rank_words(words, ranking)
            if len(ranking) < limit:
                self._rank_typos(words, ranking)
            if not ranking:
                self._rank_similar_names(query, limit, ranking)
        return ranking.best(limit)

    def _rank_exact_and_prefix(self, query: str, ranking: _Ranking) -> None:
        for owner in self._exact.get(query, ()):
            entry = self._entries[owner]
            ranking.offer(owner, entry, MatchKind.EXACT, (entry.rank[2],), complete=True)
        start = bisect_left(self._keys, query)
        for i in range(start, len(self._keys)):
            key = self._keys[i]
            if not key.startswith(query):
                break
            at_word_end = len(key) == len(query) or key[len(query)] == " "
            owner = self._key_owner[i]
            detail = (self._key_words[i],)
            ranking.offer(owner, self._entries[owner], MatchKind.PREFIX, detail, at_word_end)

    def _tokens_with_prefix(self, prefix: str) -> list[str]:
        start = bisect_left(self._vocabulary, prefix)
        found: list[str] = []
        for token in self._vocabulary[start:]:
            if not token.startswith(prefix):
                break
            found.append(token)
        return found

    def _owners(self, tokens: Iterable[str]) -> set[int]:
        owners: set[int] = set()
        for token in tokens:
            owners |= self._postings[token]
        return owners

    def _rank_words(self, words: list[str], ranking: _Ranking) -> None:
        """Foods that contain every query word, the last one possibly half typed."""
        candidates: set[int] | None = None
        for word in sorted(words, key=len, reverse=True):
            owners = self._owners(self._tokens_with_prefix(word))
            candidates = owners if candidates is None else candidates & owners
            if not candidates:
                return
        exact = [self._postings.get(word, frozenset()) for word in words]
        complete = exact[0].intersection(*exact[1:])
        for owner in candidates or ():
            entry = self._entries[owner]
            detail = (_first_position(entry, words[0]), entry.rank[2])
            ranking.offer(owner, entry, MatchKind.WORDS, detail, owner in complete)

    def _rank_typos(self, words: list[str], ranking: _Ranking) -> None:
        """Foods whose words are each within a typo of the query words ("chiken brest")."""
        candidates: dict[int, float] | None = None
        for word in words:
            owners: dict[int, float] = {}
            for token, score, _ in process.extract(
                word,
                self._vocabulary,
                scorer=fuzz.ratio,
                limit=TYPO_CANDIDATES_PER_TOKEN,
                score_cutoff=TYPO_TOKEN_CUTOFF,
            ):
                for owner in self._postings[token]:
                    owners[owner] = max(owners.get(owner, 0.0), score)
            if candidates is None:
                candidates = owners
            else:
                candidates = {o: min(s, owners[o]) for o, s in candidates.items() if o in owners}
            if not candidates:
                return
        for owner, score in (candidates or {}).items():
            ranking.offer(owner, self._entries[owner], MatchKind.FUZZY, (), False, score)

    def _rank_similar_names(self, query: str, limit: int, ranking: _Ranking) -> None:
        """Last resort: whole names that look like the query ("peanutbutter")."""
        for _, score, i in process.extract(
            query, self._keys, scorer=fuzz.ratio, limit=limit, score_cutoff=SIMILAR_NAME_CUTOFF
        ):
            owner = self._key_owner[i]
            ranking.offer(owner, self._entries[owner], MatchKind.SIMILAR, (), False, score)


class _Ranking:
    """The best rank seen so far for each food.

    Exact, prefix and word matches come first: everyday foods before imported ones, unbranded
    before branded, complete (every word whole) before partial, then exact > prefix > words.
    Typo matches follow by score, and whole-name look-alikes come last.
    """

    def __init__(self) -> None:
        self._best: dict[int, tuple[tuple[float, ...], MatchKind, float, bool]] = {}

    def __len__(self) -> int:
        return len(self._best)

    def offer(
        self,
        owner: int,
        entry: _Entry,
        kind: MatchKind,
        detail: tuple[int, ...],
        complete: bool,
        score: float = 100.0,
    ) -> None:
        everyday, branded, length = entry.rank
        if kind < MatchKind.FUZZY:
            rank: tuple[float, ...] = (0, everyday, branded, not complete, kind, *detail)
        else:
            rank = (kind, 100.0 - score, everyday, branded, length)
        current = self._best.get(owner)
        if current is None or rank < current[0]:
            self._best[owner] = (rank, kind, score, complete)

    def best(self, limit: int) -> list[tuple[int, MatchKind, float, bool]]:
        top = heapq.nsmallest(limit, self._best.items(), key=lambda item: (item[1][0], item[0]))
        return [(owner, kind, score, done) for owner, (_, kind, score, done) in top]


def _first_position(entry: _Entry, word: str) -> int:
    """Where ``word`` starts a word of the food's name; words only in aliases count as last."""
    position = entry.positions.get(word)
    if position is not None:
        return position
    for position, token in enumerate(entry.name_tokens):
        if token.startswith(word):
            return position
    return len(entry.name_tokens)
