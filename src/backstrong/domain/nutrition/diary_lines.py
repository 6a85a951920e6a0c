"""One diary line that names several foods: "2 eggs, 1 coffee with milk", "toast with butter and
jam". Commas, semicolons and "+" always separate; "and", "with" and "&" separate unless the words
on both sides name one food together ("coffee with milk", "half and half"). Each part is read on
its own; a part that names no food comes back with the closest foods to pick from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from backstrong.domain.nutrition.amounts import read_amount
from backstrong.domain.nutrition.diary import ParsedEntry, UnreadableEntry, parse_entry
from backstrong.domain.nutrition.food_search import FoodIndex, MatchKind, normalise
from backstrong.domain.nutrition.foods import Food

CLOSEST_FOODS = 5  # foods offered for a part that names none
MAX_PARTS = 20  # a line naming more foods than this is refused
_SEPARATOR = re.compile(r"\s*(?:[,;+]|\bplus\b)\s*", re.IGNORECASE)
_JOINER = re.compile(r"\s+(and|with|&)\s+", re.IGNORECASE)
_FILLER = {"of", "a", "an", "some"}


@dataclass(frozen=True, slots=True)
class LinePart:
    """One food of a line: read (``parsed``), or not, with the ``problem`` and the closest
    foods (``candidates``) the person can pick instead."""

    text: str
    parsed: ParsedEntry | None = None
    problem: str = ""
    candidates: tuple[Food, ...] = ()
    food_start: int = 0  # where the food's words start, after the amount and a portion word

    @property
    def food_text(self) -> str:
        """The words after the amount: what a new food of the person's own would be called."""
        return self.text[self.food_start :].strip()


@dataclass(frozen=True, slots=True)
class LineReading:
    text: str
    parts: tuple[LinePart, ...]

    @property
    def complete(self) -> bool:
        return all(part.parsed is not None for part in self.parts)

    @property
    def unread(self) -> tuple[LinePart, ...]:
        return tuple(part for part in self.parts if part.parsed is None)

    def choosing(self, part: LinePart, food: Food) -> str:
        """The line again with ``part``'s food replaced by ``food`` (its amount kept, and its
        portion word when ``food`` has that portion), as the person would type it:
        "2 eggs, 1 slice of bread whole wheat"."""
        quantity_end = read_amount(part.text).food_start
        portion = normalise(part.text[quantity_end : part.food_start]).split()[:1]
        has_it = any(normalise(p.name).split()[:1] == portion for p in food.portions)
        amount = part.text[: part.food_start if has_it else quantity_end].strip()
        chosen = " ".join(filter(None, (amount, normalise(food.name))))
        return ", ".join(chosen if other is part else other.text for other in self.parts)


class UnmatchedFoods(UnreadableEntry):
    """A line with parts that name no food; ``reading`` holds every part and the candidates."""

    def __init__(self, reading: LineReading) -> None:
        first = reading.unread[0]
        start = max(reading.text.find(first.text), 0)
        super().__init__(reading.text, start, first.problem)
        self.reading = reading


def split_line(text: str, index: FoodIndex) -> list[str]:
    """The parts of a line, each naming one food (with its amount)."""
    parts: list[str] = []
    for chunk in _SEPARATOR.split(text):
        if chunk.strip():
            parts.extend(_split_joined(chunk.strip(), index))
    if len(parts) > MAX_PARTS:
        raise UnreadableEntry(text, 0, f"name at most {MAX_PARTS} foods on one line")
    return parts


def _split_joined(chunk: str, index: FoodIndex) -> list[str]:
    pieces = _JOINER.split(chunk)
    parts: list[str] = []
    current = pieces[0]
    for joiner, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        together = f"{current} {joiner} {piece}"
        if names_one_food(together, index):
            current = together
        else:
            parts.append(current)
            current = piece
    parts.append(current)
    return [part for part in parts if part.strip()]


def names_one_food(text: str, index: FoodIndex) -> bool:
    """Whether the words after the amount (and a portion word) are exactly a food's name or
    alias: "1 cup of coffee with milk" when "coffee with milk" is a food."""
    return any(
        _is_a_name(name, index)
        for name in (normalise(text), _food_words(text[read_amount(text).food_start :], index))
    )


def _food_words(text: str, index: FoodIndex) -> str:
    """The words of ``text`` without a leading portion word and fillers ("slice of a")."""
    words = normalise(text).split()
    if words and words[0] in index.portion_words:
        words = words[1:]
    while words and words[0] in _FILLER:
        words = words[1:]
    return " ".join(words)


def _is_a_name(name: str, index: FoodIndex) -> bool:
    return bool(name) and any(
        match.kind is MatchKind.EXACT for match in index.matches(name, CLOSEST_FOODS)
    )


def read_line(text: str, index: FoodIndex) -> LineReading:
    """Read every part of ``text``; parts naming no food carry their closest foods."""
    if not text.strip():
        raise UnreadableEntry(text, 0, "the line is empty")
    parts: list[LinePart] = []
    for part in split_line(text, index):
        try:
            parts.append(LinePart(part, parse_entry(part, index)))
        except UnreadableEntry as exc:
            start = _food_start(part, index)
            closest = closest_foods(part[start:], index)
            parts.append(LinePart(part, None, exc.problem, closest, start))
    return LineReading(text, tuple(parts))


def _food_start(part: str, index: FoodIndex) -> int:
    """Where the food's words start: after the amount, a portion word and "of" ("2 slices of")."""
    start = read_amount(part).food_start
    match = re.match(r"\s*(\S+)\s+(?:of\s+)?", part[start:])
    if match and normalise(match[1]) in index.portion_words and part[start + match.end() :]:
        return start + match.end()
    return start


def closest_foods(words: str, index: FoodIndex, limit: int = CLOSEST_FOODS) -> tuple[Food, ...]:
    """Foods to offer for food words that name none: the best matches of all the words, then
    of each word alone (longest first, typos allowed), a couple from each so all are heard."""
    kept = [word for word in normalise(words).split() if word not in _FILLER]
    queries = [" ".join(kept), *sorted(set(kept), key=len, reverse=True)]
    per_query = [[m.food for m in index.matches(query, limit)] for query in queries if query]
    found: dict[str, Food] = {}
    for round_ in range(limit):
        for foods in per_query:
            for food in foods[round_ * 2 : round_ * 2 + 2]:
                found.setdefault(food.id, food)
        if len(found) >= limit:
            break
    return tuple(found.values())[:limit]
