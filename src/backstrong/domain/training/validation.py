"""Accepted ranges for logged training values, shared by quick entry, imports, the API and the CLI.

Each check returns the value when it is acceptable and raises :class:`TrainingValueError` otherwise;
the message names the field, the value as given and what would be accepted.
"""

from __future__ import annotations

import math

from backstrong.domain.errors import FieldError
from backstrong.domain.training.load_factors import kg_per_unit
from backstrong.domain.training.model import Load, PerformedSet

MAX_REPS = 1000  # convention: past this a number is a typo, not a set
MAX_LOAD_KG = 1000.0  # convention: about twice the heaviest deadlift on record
MIN_RPE = 1.0  # RPE scale 1–10 in half steps (the RTS chart itself uses 6–10)
MAX_RPE = 10.0
MAX_RIR = 10  # reps in reserve: 10 ≈ RPE 0, nothing is further from failure on the scale
MAX_SECONDS = 86_400.0  # one day: any longer timed set is a typo
MAX_SETS_PER_ENTRY = 100  # one quick entry or one line of a program; more is a typo


class TrainingValueError(FieldError):
    """A logged value outside what Backstrong accepts."""


def _number_text(value: float) -> str:
    return f"{value:g}"


def check_reps(reps: int, field: str = "reps") -> int:
    if not 0 <= reps <= MAX_REPS:
        raise TrainingValueError(field, reps, f"must be a whole number from 0 to {MAX_REPS}")
    return reps


def check_set_count(count: int, field: str = "sets") -> int:
    if not 1 <= count <= MAX_SETS_PER_ENTRY:
        raise TrainingValueError(field, count, f"must be from 1 to {MAX_SETS_PER_ENTRY}")
    return count


def check_load(load: Load, field: str = "load") -> Load:
    """0–1000 kg once converted; the limit is also stated in the load's own unit."""
    kg = load.value * kg_per_unit()[load.unit]
    if math.isfinite(kg) and 0.0 <= kg <= MAX_LOAD_KG:
        return load
    limit = MAX_LOAD_KG / kg_per_unit()[load.unit]
    accepted = f"must be from 0 to {MAX_LOAD_KG:g} kg"
    if load.unit != "kg":
        accepted += f" ({limit:.0f} {load.unit})"
    raise TrainingValueError(field, f"{_number_text(load.value)} {load.unit}", accepted)


def check_rpe(rpe: float, field: str = "rpe") -> float:
    if math.isfinite(rpe) and MIN_RPE <= rpe <= MAX_RPE and float(rpe * 2).is_integer():
        return rpe
    raise TrainingValueError(
        field, _number_text(rpe), f"must be from {MIN_RPE:g} to {MAX_RPE:g} in half steps (8, 8.5)"
    )


def check_rir(rir: int, field: str = "rir") -> int:
    if not 0 <= rir <= MAX_RIR:
        raise TrainingValueError(field, rir, f"must be a whole number from 0 to {MAX_RIR}")
    return rir


def check_seconds(seconds: float, field: str = "seconds") -> float:
    if math.isfinite(seconds) and 0.0 <= seconds <= MAX_SECONDS:
        return seconds
    raise TrainingValueError(
        field, _number_text(seconds), f"must be from 0 to {MAX_SECONDS:.0f} (one day)"
    )


def check_pain(pain: int, field: str = "pain") -> int:
    if not 0 <= pain <= 10:  # 0–10 numeric pain rating scale
        raise TrainingValueError(field, pain, "must be a whole number from 0 to 10")
    return pain


def check_performed_set(performed: PerformedSet) -> PerformedSet:
    """Every logged value of a set in range; the set itself back when all are."""
    if performed.reps is not None:
        check_reps(performed.reps)
    for name in ("load", "added_load", "target_load"):
        load = getattr(performed, name)
        if load is not None:
            check_load(load, name.replace("_", " "))
    if performed.hold_seconds is not None:
        check_seconds(performed.hold_seconds, "hold seconds")
    if performed.rpe is not None:
        check_rpe(performed.rpe)
    if performed.rir is not None:
        check_rir(performed.rir)
    if performed.pain is not None:
        check_pain(performed.pain)
    if performed.target_reps is not None:
        check_reps(performed.target_reps, "target reps")
    return performed
