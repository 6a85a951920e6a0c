"""Periodization: three phases over the program's weeks, and a deload every fourth week."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

DELOAD_EVERY_WEEKS = 4  # convention: one lighter week closes each four-week block
DELOAD_SET_FACTOR = 2 / 3  # a deload week cuts sets by about a third (convention)
PHASE_COUNT = 3


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


def week_frames(weeks: int, starts_gently: bool) -> tuple[WeekFrame, ...]:
    phases = phase_sequence(starts_gently)
    frames: list[WeekFrame] = []
    for phase, length in zip(phases, phase_lengths(weeks), strict=True):
        for _ in range(length):
            number = len(frames) + 1
            frames.append(WeekFrame(number, phase, number % DELOAD_EVERY_WEEKS == 0))
    return tuple(frames)


def deload_sets(sets: int) -> int:
    """Sets in a deload week: about two thirds, never below one."""
    return max(1, math.floor(sets * DELOAD_SET_FACTOR + 0.5))
