"""Load arithmetic on the grid of an implement's steps (plates, dumbbell pairs, bells)."""

from __future__ import annotations

import math

from backstrong.domain.programs.equipment import load_step
from backstrong.domain.training.model import Load

_EPSILON = 1e-9


def floor_to_step(load: Load, implement: str) -> Load:
    step = load_step(implement, load.unit)
    return Load(_clean(math.floor(load.value / step + _EPSILON) * step), load.unit)


def round_to_step(load: Load, implement: str) -> Load:
    step = load_step(implement, load.unit)
    return Load(_clean(math.floor(load.value / step + 0.5) * step), load.unit)


def add_step(load: Load, implement: str) -> Load:
    step = load_step(implement, load.unit)
    return Load(_clean(load.value + step), load.unit)


def cut(load: Load, fraction: float, implement: str) -> Load:
    """``load`` less ``fraction`` of it, rounded down to the grid (so the cut is never smaller)."""
    return floor_to_step(Load(load.value * (1 - fraction), load.unit), implement)


def describe(load: Load) -> str:
    value = f"{load.value:g}"
    return f"{value} {load.unit.value}"


def _clean(value: float) -> float:
    return round(value, 3)
