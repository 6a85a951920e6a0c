"""The set part of a quick entry ("3x12 @ 60kg rpe 8, 3x8 @ 70kg"), read into groups.

Syntax only: the values are checked against the accepted ranges afterwards, by ``quick_entry``,
which also documents the grammar. A :class:`Failure` carries the position of the offending token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NoReturn

from backstrong.domain.training.model import Side
from backstrong.domain.training.quick_entry_tokens import Kind, Token
from backstrong.domain.units import MassUnit, parse_mass_unit

EXAMPLES: dict[str, str] = {
    "general": "deadlift 3x12 @ 60kg rpe 8",
    "sets": "bridge 2x15  or  good morning 5,5,4 @ 95 lb",
    "time": "plank 3x30s  or  side plank 3x10s each side",
    "load": "squat 5x5 @ 100kg  or  back extension 3x12 @ bw+10kg",
    "groups": "rdl 3x10 @ 40kg, 3x8 @ 50kg",
    "effort": "deadlift 3x5 @ 80kg rpe 8  or  … rir 2",
}

SECONDS_PER: dict[str, float] = {
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), 1.0),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), 60.0),
}
REPS_WORDS = frozenset({"rep", "reps"})
SETS_WORDS = frozenset({"set", "sets"})
BODY_WEIGHT_WORDS = frozenset({"bw", "bodyweight", "body-weight"})
WARMUP_WORDS = frozenset({"warmup", "warm-up", "warmups", "warm-ups", "wu", "warm"})
SIDE_WORDS = frozenset({"side", "sides", "leg", "legs", "arm", "arms"})
MAX_DIGITS = 9  # longer numbers are typos (and Python would refuse the largest)


class Failure(Exception):
    def __init__(self, position: int, length: int, problem: str, example: str = "general") -> None:
        super().__init__(problem)
        self.position = position
        self.length = length
        self.problem = problem
        self.example = example


@dataclass(slots=True)
class Value:
    value: float
    token: Token


@dataclass(slots=True)
class Span:
    """A load as typed: number, unit (None when left out) and the text they cover."""

    value: float
    unit: MassUnit | None
    token: Token


@dataclass(slots=True)
class Amount:
    reps: int | None
    seconds: float | None
    token: Token


@dataclass(slots=True)
class Group:
    start: Token
    repeat: int = 1
    count_token: Token | None = None
    amounts: list[Amount] = field(default_factory=list)
    load: Span | None = None
    added: Span | None = None
    body_weight: bool = False
    rpe: Value | None = None
    rir: Value | None = None
    pain: Value | None = None
    side: Side | None = None
    each_side: bool = False
    warmup: bool = False


def mass_unit(token: Token | None) -> MassUnit | None:
    if token is None or token.kind is not Kind.WORD:
        return None
    try:
        return parse_mass_unit(token.text)
    except ValueError:
        return None


class Parser:
    """Recursive descent over the tokens from ``start`` to the end."""

    def __init__(self, text: str, tokens: tuple[Token, ...], start: int) -> None:
        self.text = text
        self.tokens = tokens
        self.i = start

    # -- plumbing -------------------------------------------------------------------------------

    def peek(self, ahead: int = 0) -> Token | None:
        index = self.i + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def fail(self, token: Token | None, problem: str, example: str = "general") -> NoReturn:
        if token is None:
            raise Failure(len(self.text), 1, problem, example)
        raise Failure(token.start, token.end - token.start, problem, example)

    def is_word(self, token: Token | None, words: frozenset[str] | set[str]) -> bool:
        return token is not None and token.kind is Kind.WORD and token.word in words

    def is_times(self, token: Token | None) -> bool:
        return token is not None and (
            token.kind is Kind.TIMES or (token.kind is Kind.WORD and token.word == "x")
        )

    def number(self, token: Token) -> float:
        if len(token.text.split(".")[0]) > MAX_DIGITS:
            self.fail(token, f"'{token.text}' is too long a number")
        return float(token.text)

    def whole(self, token: Token, what: str) -> int:
        if "." in token.text:
            self.fail(token, f"{what} '{token.text}': must be a whole number")
        return int(self.number(token))

    def span(self, first: Token, last: Token) -> Token:
        return Token(first.kind, self.text[first.start : last.end], first.start, last.end)

    # -- grammar --------------------------------------------------------------------------------

    def groups(self) -> list[Group]:
        groups = [self.group()]
        while (token := self.peek()) is not None:
            if token.kind not in (Kind.COMMA, Kind.SEMICOLON):
                self.fail(token, _unexpected(token, self.tokens[self.i - 1]), _example_for(token))
            self.take()
            if self.peek() is None:
                self.fail(
                    None, f"nothing after '{token.text}': add more sets or remove it", "groups"
                )
            groups.append(self.group())
        return groups

    def group(self) -> Group:
        first = self.peek()
        if first is None or first.kind is not Kind.NUMBER:
            self.fail(first, "expected sets and reps here, like 3x10 or 5,5,4", "sets")
        self.take()
        group = Group(start=first)
        after = self.peek()
        if self.is_times(after) or self.is_word(after, SETS_WORDS):
            self.take()
            if self.is_word(after, SETS_WORDS) and (
                self.is_word(self.peek(), {"of"}) or self.is_times(self.peek())
            ):
                self.take()
            group.repeat = self.whole(first, "sets")
            group.count_token = first
            group.amounts.append(self.amount())
        else:
            group.amounts.append(self.amount_from(first))
            while self.list_continues():
                self.take()
                group.amounts.append(self.amount())
        self.options(group)
        return group

    def list_continues(self) -> bool:
        comma, number, after = self.peek(), self.peek(1), self.peek(2)
        return (
            comma is not None
            and comma.kind is Kind.COMMA
            and number is not None
            and number.kind is Kind.NUMBER
            and not self.is_times(after)
            and not self.is_word(after, SETS_WORDS)
        )

    def amount(self) -> Amount:
        token = self.peek()
        if token is None or token.kind is not Kind.NUMBER:
            self.fail(
                token, "expected the reps or the time of each set, like 3x10 or 3x30s", "sets"
            )
        return self.amount_from(self.take())

    def amount_from(self, number: Token) -> Amount:
        unit = self.peek()
        if unit is not None and unit.kind is Kind.WORD and unit.word in SECONDS_PER:
            self.take()
            seconds = self.number(number) * SECONDS_PER[unit.word]
            return Amount(None, seconds, self.span(number, unit))
        reps = self.whole(number, "reps")
        if self.is_word(self.peek(), REPS_WORDS):
            self.take()
        return Amount(reps, None, number)

    def options(self, group: Group) -> None:
        while (token := self.peek()) is not None:
            if token.kind is Kind.AT:
                self.take()
                self.after_at(group, token)
            elif token.kind is Kind.NUMBER and self.unit_follows():
                self.load(group)
            elif self.is_times(token) and group.count_token is not None:
                self.take()  # 3x5x100: sets × reps × load
                self.load(group)
            elif token.kind is Kind.PLUS:
                self.take()
                self.added(group, token)
            elif not self.word_option(group, token):
                return

    def word_option(self, group: Group, token: Token) -> bool:
        word = token.word if token.kind is Kind.WORD else ""
        if word in BODY_WEIGHT_WORDS:
            self.take()
            self.body_weight(group, token)
        elif word in ("rpe", "rir", "pain"):
            self.take()
            self.effort(group, token)
        elif word in WARMUP_WORDS:
            self.take()
            if word == "warm" and self.is_word(self.peek(), {"up"}):
                self.take()
            group.warmup = True
        elif word in ("each", "per") or token.kind is Kind.SLASH:
            self.each_side(group)
        elif word in ("left", "right"):
            self.take()
            if group.each_side or group.side is not None:
                self.fail(token, "the side is given twice in this group", "time")
            group.side = Side(word)
        else:
            return False
        return True

    def after_at(self, group: Group, at: Token) -> None:
        token = self.peek()
        if self.is_word(token, BODY_WEIGHT_WORDS) and token is not None:
            self.take()
            self.body_weight(group, token)
        elif self.is_word(token, {"rpe"}) and token is not None:
            self.take()
            self.effort(group, token)
        elif token is not None and token.kind is Kind.NUMBER:
            self.load(group)
        else:
            self.fail(token or at, "expected a load after '@', like @ 60kg or @ bw", "load")

    def unit_follows(self) -> bool:
        after = self.peek(1)
        if mass_unit(after) is not None:
            return True
        return self.decimal_comma() and mass_unit(self.peek(3)) is not None

    def decimal_comma(self) -> bool:
        """102,5 (touching, no '.' in either part, not the start of a new group like 3x8)."""
        whole, comma, fraction = self.peek(), self.peek(1), self.peek(2)
        return (
            whole is not None
            and comma is not None
            and fraction is not None
            and comma.kind is Kind.COMMA
            and fraction.kind is Kind.NUMBER
            and whole.touches(comma)
            and comma.touches(fraction)
            and "." not in whole.text + fraction.text
            and not self.is_times(self.peek(3))
            and not self.is_word(self.peek(3), SETS_WORDS)
        )

    def load_span(self) -> Span:
        first = self.peek()
        if first is None or first.kind is not Kind.NUMBER:
            self.fail(first, "expected a number for the load, like 60kg", "load")
        if self.decimal_comma():
            self.take()
            self.take()
            last = self.take()
            value = self.number(
                Token(Kind.NUMBER, f"{first.text}.{last.text}", first.start, last.end)
            )
        else:
            last = self.take()
            value = self.number(first)
        unit = mass_unit(self.peek())
        if unit is not None:
            last = self.take()
        return Span(value, unit, self.span(first, last))

    def load(self, group: Group) -> None:
        start = self.peek()
        if group.load is not None or group.body_weight:
            self.fail(
                start, "a second load in one group: start a new group after a comma", "groups"
            )
        group.load = self.load_span()

    def added(self, group: Group, plus: Token) -> None:
        if group.load is not None or group.added is not None:
            self.fail(plus, "added load goes with body weight only once, like @ bw+10kg", "load")
        group.body_weight = True
        group.added = self.load_span()

    def body_weight(self, group: Group, token: Token) -> None:
        if group.load is not None or group.body_weight:
            self.fail(
                token, "a second load in one group: start a new group after a comma", "groups"
            )
        group.body_weight = True
        plus = self.peek()
        if plus is not None and plus.kind is Kind.PLUS:
            self.take()
            self.added(group, plus)

    def effort(self, group: Group, word: Token) -> None:
        name = word.word
        if getattr(group, name) is not None:
            self.fail(word, f"{name} is given twice in this group", "effort")
        token = self.peek()
        if token is not None and token.kind is Kind.AT and name == "rpe":
            self.take()
            token = self.peek()
        if token is None or token.kind is not Kind.NUMBER:
            self.fail(token or word, f"expected a number after {name}, like {name} 8", "effort")
        self.take()
        value = self.number(token) if name == "rpe" else float(self.whole(token, name))
        setattr(group, name, Value(value, token))

    def each_side(self, group: Group) -> None:
        token = self.take()
        needs_word = token.kind is Kind.SLASH or token.word == "per"
        if self.is_word(self.peek(), SIDE_WORDS):
            self.take()
        elif needs_word:
            self.fail(self.peek() or token, f"expected 'side' after '{token.text}'", "time")
        if group.each_side or group.side is not None:
            self.fail(token, "the side is given twice in this group", "time")
        group.each_side = True


def _unexpected(token: Token, before: Token) -> str:
    if token.kind is Kind.WORD and before.kind is Kind.NUMBER and before.touches(token):
        if token.word.startswith("x"):
            return f"'{token.text}': write sets and reps as 3x10"
        return f"unit '{token.text}': use kg or lb for a load, s or min for a time"
    if mass_unit(token) is not None:
        return f"'{token.text}' needs a number in front of it, like @ 60{token.text}"
    if token.kind is Kind.WORD and token.word in SECONDS_PER:
        return f"'{token.text}' needs a number in front of it, like 3x30{token.text}"
    if token.kind is Kind.WORD:
        return (
            f"'{token.text}' is not understood after the sets: the name comes first, and after "
            "the sets only a load (@ 60kg), rpe 8, rir 2, pain 3, warmup or each side"
        )
    if token.kind is Kind.NUMBER:
        return f"'{token.text}' is not understood here: separate groups of sets with a comma"
    return f"'{token.text}' is not understood here"


def _example_for(token: Token) -> str:
    if token.kind is Kind.NUMBER:
        return "groups"
    return "load" if mass_unit(token) is not None else "general"
