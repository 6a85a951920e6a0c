"""Fuzzy matching of exercise names and aliases, precomputed once per set of exercises.

A query scores against every name, alias and id of an exercise, keeping the best:

- the same letters and digits, ignoring spaces, hyphens and case ("goodmorning") → EXACT_SCORE;
- the query at the start of a word of the name ("deadlift" → "Deadlift (barbell)", "Sumo
  deadlift") → about PREFIX_SCORE, less for longer names;
- the query inside a word ("lift" → "Deadlift") → about CONTAINS_SCORE;
- otherwise the better of a whole-name typo match ("deadlfit") and a word-by-word match that
  forgives word order, typos in each word and extra words in the name ("ham glute raise"),
  both on rapidfuzz's 0–100 scale, kept from TEXT_CUTOFF up.

Common abbreviations ("RDL", "kb") are also tried spelt out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from backstrong.domain.exercises.names import expand_abbreviations, normalise

EXACT_SCORE = 200.0
PREFIX_SCORE = 150.0
CONTAINS_SCORE = 120.0
PER_EXTRA_CHAR = 0.25  # among prefix or contains matches, the shorter name ranks first
MAX_LENGTH_PENALTY = 19.0  # ...but a long name stays in its class (contains > 100 ≥ fuzzy)
MIN_PART_CHARS = 4  # prefixes and parts shorter than this match too much (convention)
TEXT_CUTOFF = 70.0  # rapidfuzz score below which a name does not match (tuned on test cases)
WORD_CUTOFF = 80.0  # a word within a name matches from this ratio up: one typo in 5–10 letters
WORD_PREFIX_SCORE = 95.0  # a name word starting with the query word ("hamst" → "hamstring")
WORD_MATCH_WEIGHT = 0.9  # word-by-word matches rank below whole-name matches of equal quality
SHORT_WORD_CHARS = 3  # query words this short must match a name word exactly


@dataclass(frozen=True, slots=True)
class _Spelling:
    owner: int  # index of the exercise
    text: str  # normalised: "glute ham raise"
    squeezed: str  # without spaces: "glute ham raise" → "glutehamraise"
    words: tuple[str, ...]
    word_starts: frozenset[int]  # where each word starts in ``squeezed``: {0, 5, 8}


class NameIndex:
    """Names, aliases and ids of exercises, normalised once; scores queries against them."""

    def __init__(self, names_per_exercise: Iterable[Iterable[str]]) -> None:
        spellings: list[_Spelling] = []
        for owner, names in enumerate(names_per_exercise):
            for text in dict.fromkeys(normalise(name) for name in names):
                if text:
                    spellings.append(_spelling(owner, text))
        self._spellings = tuple(spellings)
        self._texts = [s.text for s in spellings]
        postings: dict[str, list[int]] = {}
        for k, spelling in enumerate(spellings):
            for word in dict.fromkeys(spelling.words):
                postings.setdefault(word, []).append(k)
        self._postings = postings
        self._words = list(postings)

    def scores(self, text: str) -> dict[int, float]:
        """Exercise index → how well its best name matches ``text`` (higher is better)."""
        query = normalise(text)
        best: dict[int, float] = {}
        for spelling in dict.fromkeys((query, expand_abbreviations(query))):
            if spelling:
                self._letters(spelling.replace(" ", ""), best)
                self._whole(spelling, best)
                self._by_word(spelling.split(), best)
        return best

    def _letters(self, squeezed: str, best: dict[int, float]) -> None:
        """Exact, prefix and contains matches on the names without spaces."""
        long_enough = len(squeezed) >= MIN_PART_CHARS
        for s in self._spellings:
            if s.squeezed == squeezed:
                _keep(best, s.owner, EXACT_SCORE)
            elif long_enough and squeezed in s.squeezed:
                base = PREFIX_SCORE if _at_word_start(s, squeezed) else CONTAINS_SCORE
                extra = len(s.squeezed) - len(squeezed)
                _keep(best, s.owner, base - min(PER_EXTRA_CHAR * extra, MAX_LENGTH_PENALTY))

    def _whole(self, query: str, best: dict[int, float]) -> None:
        """Typos in the whole name: "deadlfit" → "deadlift", "gluteham raise"."""
        found = process.extract(
            query, self._texts, scorer=fuzz.ratio, limit=None, score_cutoff=TEXT_CUTOFF
        )
        for _text, score, k in found:
            _keep(best, self._spellings[k].owner, score)

    def _by_word(self, words: list[str], best: dict[int, float]) -> None:
        """Each query word against the names' words; a name scores the mean over query words."""
        per_name: dict[int, list[float]] = {}
        for position, word in enumerate(words):
            for name_word, score in self._similar_words(word):
                for k in self._postings[name_word]:
                    scores = per_name.setdefault(k, [0.0] * len(words))
                    scores[position] = max(scores[position], score)
        for k, scores in per_name.items():
            score = WORD_MATCH_WEIGHT * sum(scores) / len(scores)
            if score >= TEXT_CUTOFF:
                _keep(best, self._spellings[k].owner, score)

    def _similar_words(self, word: str) -> list[tuple[str, float]]:
        if len(word) <= SHORT_WORD_CHARS:
            return [(word, 100.0)] if word in self._postings else []
        found = {
            name_word: score
            for name_word, score, _ in process.extract(
                word, self._words, scorer=fuzz.ratio, limit=None, score_cutoff=WORD_CUTOFF
            )
        }
        for name_word in self._words:
            if name_word.startswith(word) and found.get(name_word, 0.0) < WORD_PREFIX_SCORE:
                found[name_word] = WORD_PREFIX_SCORE
        return list(found.items())


def _spelling(owner: int, text: str) -> _Spelling:
    words = tuple(text.split())
    starts: list[int] = []
    at = 0
    for word in words:
        starts.append(at)
        at += len(word)
    return _Spelling(owner, text, "".join(words), words, frozenset(starts))


def _at_word_start(spelling: _Spelling, squeezed: str) -> bool:
    at = spelling.squeezed.find(squeezed)
    while at >= 0:
        if at in spelling.word_starts:
            return True
        at = spelling.squeezed.find(squeezed, at + 1)
    return False


def _keep(best: dict[int, float], owner: int, score: float) -> None:
    if score > best.get(owner, 0.0):
        best[owner] = score
