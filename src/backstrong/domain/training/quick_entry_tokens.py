"""Tokens of a quick log entry ("deadlift 3x12@60kg rpe8"), each with its place in the text.

Every character of any input lands in some token, so the lexer itself never fails; the parser
decides what is wrong and points at the token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    NUMBER = "number"
    WORD = "word"
    AT = "@"
    COMMA = ","
    SEMICOLON = ";"
    TIMES = "×"
    PLUS = "+"
    SLASH = "/"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Token:
    kind: Kind
    text: str
    start: int
    end: int

    @property
    def word(self) -> str:
        """Lower-case text, for comparing words ("KG" is "kg")."""
        return self.text.casefold()

    def touches(self, other: Token) -> bool:
        """True when ``other`` starts right where this token ends (no space between)."""
        return self.end == other.start


_PATTERN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<number>[0-9]+(?:\.[0-9]+)?)
  | (?P<word>[^\W\d_]+(?:['’-][^\W\d_]+)*)
  | (?P<at>@)
  | (?P<comma>,)
  | (?P<semicolon>;)
  | (?P<times>[×*])
  | (?P<plus>\+)
  | (?P<slash>/)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

_KINDS = {
    "number": Kind.NUMBER,
    "word": Kind.WORD,
    "at": Kind.AT,
    "comma": Kind.COMMA,
    "semicolon": Kind.SEMICOLON,
    "times": Kind.TIMES,
    "plus": Kind.PLUS,
    "slash": Kind.SLASH,
    "other": Kind.OTHER,
}


def tokenize(text: str) -> tuple[Token, ...]:
    """All tokens of ``text`` except white space, in order."""
    tokens = []
    for found in _PATTERN.finditer(text):
        group = found.lastgroup
        if group is None or group == "space":
            continue
        tokens.append(Token(_KINDS[group], found.group(), found.start(), found.end()))
    return tuple(tokens)


def follows_space(text: str, token: Token) -> bool:
    """True when the token starts the text or comes after white space or ':' / '-'."""
    return token.start == 0 or text[token.start - 1].isspace() or text[token.start - 1] in ":-–"
