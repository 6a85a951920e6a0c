"""Quick entry: one line of text → the sets of one exercise.

    deadlift 3x12@60kg rpe8          good morning 5,5,4 @ 95 lb       plank 3x30s
    side plank 3x10s each side       rdl 3x10 @ 40kg, 3x8 @ 50kg      squat 5x5 @ 100
    deadlift 1x5 @ 140kg warmup      back extension 3x12 @ bw+10kg rir 2 pain 1

Grammar (any case; spaces between parts optional)::

    entry   = name group { ("," | ";") group }
    group   = count ("x" | "×" | "*" | "sets of") amount { option }      3x12, 3 sets of 30s
            | amount { "," amount } { option }                          5,5,4: one set each
    amount  = number [ "s" | "sec" | "min" … ] [ "reps" ]
    option  = [ "@" ] number [ "kg" | "lb" … ]   load; "@" is needed when the unit is left out,
                                                 which then means the person's default unit
            | "@" "bw" [ "+" number [unit] ]  |  "+" number [unit]      body weight (+ added load)
            | "rpe" number | "rir" number | "pain" number
            | "warmup" | "warm-up" | "wu"  |  "each side" | "per side" | "/side" | "left" | "right"

The name is the text before the first group; it starts at a number that follows a space, so
"90/90 hip switch 2x10" keeps its digits. Options belong to the group they follow. "each side" gives
two sets per set, left then right. A decimal comma works in loads ("102,5kg").

Nothing is half-parsed: the result is complete or :class:`QuickEntryError` points at the problem.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import TypeVar

from backstrong.domain.training.model import EntrySet, Load, PerformedSet, Side
from backstrong.domain.training.quick_entry_grammar import (
    EXAMPLES,
    Failure,
    Group,
    Parser,
    Span,
)
from backstrong.domain.training.quick_entry_tokens import Kind, Token, follows_space, tokenize
from backstrong.domain.training.resolution import ResolvedName, Resolver
from backstrong.domain.training.validation import (
    TrainingValueError,
    check_load,
    check_pain,
    check_reps,
    check_rir,
    check_rpe,
    check_seconds,
    check_set_count,
)
from backstrong.domain.units import MassUnit

MAX_ENTRY_LENGTH = 500  # characters; a quick entry is one line

V = TypeVar("V")

_SET_LIKE = re.compile(r"[@;]|\d\s*[x×*](?![^\W\d_])|\b(?:rpe|rir|kgs?|lbs?|bw)\b", re.IGNORECASE)


class QuickEntryError(ValueError):
    """Text that is not a quick entry: says what is wrong, points at it, and shows an example."""

    def __init__(
        self,
        text: str,
        position: int,
        problem: str,
        *,
        length: int = 1,
        example: str = EXAMPLES["general"],
        field: str | None = None,
    ) -> None:
        self.text = text
        self.position = max(0, min(position, len(text)))
        self.length = max(1, length)
        self.problem = problem
        self.example = example
        self.field = field
        super().__init__(
            f"{problem}\n  {_printable(text)}\n  {self.caret_line}\nfor example: {example}"
        )

    @property
    def caret_line(self) -> str:
        """Spaces up to the problem, then ``^`` under it."""
        return " " * self.position + "^" * self.length


@dataclass(frozen=True, slots=True)
class QuickEntry:
    text: str
    name_text: str  # the exercise as typed, for the resolver and for a custom exercise
    sets: tuple[EntrySet, ...]
    resolved: ResolvedName | None = None  # what the resolver made of name_text, when given one
    assumed_unit: MassUnit | None = None  # set when a load had no unit and the default was used

    def performed_sets(
        self, performed_at: datetime, exercise_id: str | None = None
    ) -> tuple[PerformedSet, ...]:
        """The sets as logged, for ``exercise_id`` or else the resolved exercise."""
        chosen = exercise_id or (self.resolved.exercise_id if self.resolved else None)
        if chosen is None:
            raise TrainingValueError(
                "exercise", self.name_text, "no exercise matches: choose one or add it as your own"
            )
        return tuple(s.to_performed_set(chosen, performed_at) for s in self.sets)


def parse_quick_entry(
    text: str, *, default_unit: MassUnit = MassUnit.KG, resolve: Resolver | None = None
) -> QuickEntry:
    """Read one quick entry; ``resolve`` (the exercise search) is called once, on the name."""
    if len(text) > MAX_ENTRY_LENGTH:
        raise QuickEntryError(
            text,
            MAX_ENTRY_LENGTH,
            f"too long: keep a quick entry under {MAX_ENTRY_LENGTH} characters",
        )
    tokens = tokenize(text)
    failures: list[Failure] = []
    for index, token in enumerate(tokens):
        if token.kind is not Kind.NUMBER or not follows_space(text, token):
            continue
        name = _clean_name(text[: token.start])
        if not name or (failures and _holds_sets(name)):
            continue
        try:
            groups = Parser(text, tokens, index).groups()
        except Failure as failure:
            failures.append(failure)
            continue
        sets, assumed = _build(text, groups, default_unit)
        return QuickEntry(text, name, sets, resolve(name) if resolve else None, assumed)
    raise _not_understood(text, tokens, failures)


def _holds_sets(name: str) -> bool:
    """True when the text before a later number already has set-like parts ("3x12", "@", "rpe"):
    the name then ended earlier, and the first reading's error is the one to show."""
    return _SET_LIKE.search(name) is not None


def _clean_name(text: str) -> str:
    return " ".join(text.strip(" \t\r\n:-–,;").split())


def _not_understood(
    text: str, tokens: tuple[Token, ...], failures: list[Failure]
) -> QuickEntryError:
    if failures:
        worst = max(failures, key=lambda failure: failure.position)
        return QuickEntryError(
            text,
            worst.position,
            worst.problem,
            length=worst.length,
            example=EXAMPLES[worst.example],
        )
    if not text.strip():
        return QuickEntryError(text, 0, "empty: write the exercise, then the sets")
    if tokens and tokens[0].kind is Kind.NUMBER:
        return QuickEntryError(text, 0, "start with the exercise name, then the sets")
    return QuickEntryError(
        text,
        len(text),
        "no sets found: add them after the name, like 3x10",
        example=EXAMPLES["sets"],
    )


def _build(
    text: str, groups: list[Group], default_unit: MassUnit
) -> tuple[tuple[EntrySet, ...], MassUnit | None]:
    for group in groups:
        if group.count_token is not None:
            _checked(text, group.count_token, check_set_count, group.repeat)
    total = sum(group.repeat * len(group.amounts) for group in groups)
    _checked(text, groups[0].start, partial(check_set_count, field="sets in one entry"), total)
    sets: list[EntrySet] = []
    assumed = None
    for group in groups:
        if any(span is not None and span.unit is None for span in (group.load, group.added)):
            assumed = default_unit
        template = _template(text, group, default_unit)
        sides = (Side.LEFT, Side.RIGHT) if group.each_side else (group.side,)
        for _ in range(group.repeat):
            for amount in group.amounts:
                sets.extend(
                    replace(template, reps=amount.reps, hold_seconds=amount.seconds, side=side)
                    for side in sides
                )
    return tuple(sets), assumed


def _template(text: str, group: Group, default_unit: MassUnit) -> EntrySet:
    """Everything the sets of a group share, each value checked where it was typed."""
    for amount in group.amounts:
        if amount.reps is not None:
            _checked(text, amount.token, check_reps, amount.reps)
        if amount.seconds is not None:
            _checked(text, amount.token, check_seconds, amount.seconds)
    return EntrySet(
        load=_load(text, group.load, default_unit),
        added_load=_load(text, group.added, default_unit),
        rpe=None
        if group.rpe is None
        else _checked(text, group.rpe.token, check_rpe, group.rpe.value),
        rir=None
        if group.rir is None
        else _checked(text, group.rir.token, check_rir, int(group.rir.value)),
        pain=None
        if group.pain is None
        else _checked(text, group.pain.token, check_pain, int(group.pain.value)),
        warmup=group.warmup,
    )


def _load(text: str, span: Span | None, default_unit: MassUnit) -> Load | None:
    if span is None:
        return None
    return _checked(text, span.token, check_load, Load(span.value, span.unit or default_unit))


def _checked(text: str, token: Token, check: Callable[[V], V], value: V) -> V:
    try:
        return check(value)
    except TrainingValueError as error:
        raise QuickEntryError(
            text, token.start, str(error), length=token.end - token.start, field=error.field
        ) from None


def _printable(text: str) -> str:
    """The text with tabs and line breaks as spaces, so the caret lines up under it."""
    return "".join(" " if char.isspace() else char for char in text)
