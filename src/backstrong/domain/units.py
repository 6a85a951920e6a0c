"""Units for the whole domain, through pint (never hand-written conversion factors).

The registry is built lazily and once: importing this module costs nothing, so the CLI starts fast.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pint


class MassUnit(StrEnum):
    KG = "kg"
    LB = "lb"


@cache
def registry() -> pint.UnitRegistry[float]:
    import pint

    return pint.UnitRegistry()


@cache
def _factor(source: str, target: str) -> float:
    reg = registry()
    return float(reg.Quantity(1.0, source).to(target).magnitude)


def convert(value: float, source: str, target: str) -> float:
    """Convert ``value`` from one unit to another (e.g. "lb" → "kg")."""
    if source == target:
        return value
    return value * _factor(source, target)


def parse_mass_unit(text: str) -> MassUnit:
    """Accept kg / kgs / kilo(s) / lb / lbs / pound(s); raise ValueError naming what is accepted."""
    key = text.strip().lower().rstrip(".")
    aliases = {
        "kg": MassUnit.KG,
        "kgs": MassUnit.KG,
        "kilo": MassUnit.KG,
        "kilos": MassUnit.KG,
        "kilogram": MassUnit.KG,
        "kilograms": MassUnit.KG,
        "lb": MassUnit.LB,
        "lbs": MassUnit.LB,
        "pound": MassUnit.LB,
        "pounds": MassUnit.LB,
    }
    if key not in aliases:
        raise ValueError(f"unit '{text}': use kg or lb")
    return aliases[key]


def weight_text(kilograms: float | None, unit: str, signed: bool = False) -> str:
    """A weight for people to read, in their unit ("kg" or "lb"), to a tenth: "81.2 kg",
    "179.0 lb", "+0.4 lb" when ``signed``; "—" for no weight."""
    if kilograms is None:
        return "—"
    value = convert(kilograms, "kilogram", "pound") if unit == "lb" else kilograms
    return f"{value:+.1f} {unit}" if signed else f"{value:.1f} {unit}"
