"""Periodization: three phases over the program's weeks, and a deload every fourth week."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

DELOAD_EVERY_WEEKS = 4  # convention: one lighter week closes each four-week block
DELOAD_SET_FACTOR = 2 / 3  # a deload week cuts sets by about a third (convention)
PHASE_COUNT = 3
# The gentle phase follows the pain, not the plan's length: at least the two weeks without
# external load, about to the end of the acute band (< 4 weeks from onset), and re-judged from
# the logged pain each week by the progression engine (``caution.caution_from``). After a recent
# birth it lasts until the postnatal check.
GENTLE_MIN_WEEKS = 2
GENTLE_MAX_WEEKS = 4
POSTNATAL_MAX_WEEKS = 8  # the postnatal check comes by eight weeks, even after a caesarean
AFTER_GENTLE_MIN_WEEKS = 2


class Phase(StrEnum):
    GENTLE = "gentle"  # acute pain: mobility and low-load motor control only
    BASE = "base"  # endurance and technique, higher reps
    STRENGTH = "strength"  # heavier, fewer reps (ACSM / NSCA by level)
    CONSOLIDATION = "consolidation"  # keep the gains at a moderate dose


PHASE_LAY_NAMES: dict[Phase, str] = {
    Phase.GENTLE: "gentle phase",
    Phase.BASE: "base phase",
    Phase.STRENGTH: "strength phase",
    Phase.CONSOLIDATION: "consolidation phase",
}


@dataclass(frozen=True, slots=True)
class WeekFrame:
    number: int  # 1-based
    phase: Phase
    deload: bool


def phase_sequence(starts_gently: bool) -> tuple[Phase, Phase, Phase]:
    """Acute pain opens with a gentle phase and ends on strength; otherwise base → strength →
    consolidation."""
    if starts_gently:
        return (Phase.GENTLE, Phase.BASE, Phase.STRENGTH)
    return (Phase.BASE, Phase.STRENGTH, Phase.CONSOLIDATION)


def phase_lengths(weeks: int) -> tuple[int, int, int]:
    """Split the weeks into three near-equal phases, the first ones longest (12 → 4, 4, 4)."""
    base = weeks // PHASE_COUNT
    extra = weeks % PHASE_COUNT
    first = base + (1 if extra > 0 else 0)
    second = base + (1 if extra > 1 else 0)
    return (first, second, base)


def gentle_length(
    weeks: int, acute_weeks_left: int | None, postnatal_weeks_left: int | None = None
) -> int:
    """Weeks of the gentle phase: what is left of the acute band (when known), at least two,
    at most four; at least to the postnatal check after a recent birth (at most eight weeks);
    and never so many that less than two weeks remain for the rest."""
    wanted = GENTLE_MIN_WEEKS if acute_weeks_left is None else acute_weeks_left
    length = max(GENTLE_MIN_WEEKS, min(GENTLE_MAX_WEEKS, wanted))
    if postnatal_weeks_left is not None:
        length = max(length, min(POSTNATAL_MAX_WEEKS, postnatal_weeks_left))
    return max(1, min(length, weeks - AFTER_GENTLE_MIN_WEEKS))


def week_frames(
    weeks: int, starts_gently: bool, gentle_weeks: int | None = None
) -> tuple[WeekFrame, ...]:
    """Without a gentle start, three near-equal phases; with one, the gentle weeks (two unless
    given) and then base and strength share the rest. Deloads fall every fourth week counted
    from the end of the gentle phase; gentle weeks are light already."""
    phases = phase_sequence(starts_gently)
    if starts_gently:
        gentle = gentle_length(weeks, None) if gentle_weeks is None else gentle_weeks
        rest = weeks - gentle
        lengths = (gentle, rest - rest // 2, rest // 2)
    else:
        gentle, lengths = 0, phase_lengths(weeks)
    frames: list[WeekFrame] = []
    for phase, length in zip(phases, lengths, strict=True):
        for _ in range(length):
            number = len(frames) + 1
            loaded = number - gentle
            deload = loaded > 0 and loaded % DELOAD_EVERY_WEEKS == 0
            frames.append(WeekFrame(number, phase, deload))
    return tuple(frames)


def deload_sets(sets: int) -> int:
    """Sets in a deload week: about two thirds, never below one."""
    return max(1, math.floor(sets * DELOAD_SET_FACTOR + 0.5))
