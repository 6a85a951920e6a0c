"""Logged training, as the progression engine, analytics and importers see it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from backstrong.domain.units import MassUnit, convert


@dataclass(frozen=True, slots=True)
class Load:
    """A mass with its unit. Arithmetic stays in the unit of the left operand."""

    value: float
    unit: MassUnit = MassUnit.KG

    def to(self, unit: MassUnit) -> Load:
        return Load(convert(self.value, self.unit, unit), unit)

    @property
    def kg(self) -> float:
        return convert(self.value, self.unit, MassUnit.KG)

    def __add__(self, other: Load) -> Load:
        return Load(self.value + other.to(self.unit).value, self.unit)

    def __mul__(self, factor: float) -> Load:
        return Load(self.value * factor, self.unit)


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class PerformedSet:
    """One set as done. ``load`` is None for body-weight work (``added_load`` then holds any vest
    or plate); ``target_*`` hold the prescription it answered, when there was one."""

    exercise_id: str
    performed_at: datetime
    reps: int | None = None
    load: Load | None = None
    added_load: Load | None = None
    hold_seconds: float | None = None
    side: Side | None = None
    rpe: float | None = None
    rir: int | None = None
    warmup: bool = False
    pain: int | None = None  # 0–10 during the set, when logged
    target_reps: int | None = None
    target_load: Load | None = None
    target_hold_seconds: float | None = None


@dataclass(frozen=True, slots=True)
class EntrySet:
    """What one set measured, as entered or read from a file, before it has an exercise and a
    time; :meth:`to_performed_set` is the one place these become a logged set."""

    reps: int | None = None
    hold_seconds: float | None = None
    load: Load | None = None  # None: body weight or no load
    added_load: Load | None = None  # on top of body weight ("@ bw+10kg")
    rpe: float | None = None
    rir: int | None = None
    side: Side | None = None
    warmup: bool = False
    pain: int | None = None

    def to_performed_set(self, exercise_id: str, performed_at: datetime) -> PerformedSet:
        return PerformedSet(
            exercise_id=exercise_id,
            performed_at=performed_at,
            reps=self.reps,
            load=self.load,
            added_load=self.added_load,
            hold_seconds=self.hold_seconds,
            side=self.side,
            rpe=self.rpe,
            rir=self.rir,
            warmup=self.warmup,
            pain=self.pain,
        )


@dataclass(frozen=True, slots=True)
class PainCheck:
    """Back pain around one session (0–10): before, after and the next morning."""

    session_date: datetime
    before: int | None = None
    after: int | None = None
    next_morning: int | None = None
