"""Kilograms per mass unit, taken from pint once, for loops that must not call pint per set."""

from __future__ import annotations

from functools import cache

from backstrong.domain.units import MassUnit, convert


@cache
def kg_per_unit() -> dict[MassUnit, float]:
    """``{MassUnit.KG: 1.0, MassUnit.LB: 0.45359237}``: built on first use, not at import."""
    return {unit: convert(1.0, unit, MassUnit.KG) for unit in MassUnit}


def unit_per_kg(unit: MassUnit) -> float:
    """How many ``unit`` make one kilogram: multiply a kg figure by this to show it in ``unit``."""
    return 1.0 / kg_per_unit()[unit]
