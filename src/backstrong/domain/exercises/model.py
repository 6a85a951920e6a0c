"""An exercise as the library knows it. Field names match the TOML files and the JSON API."""

from __future__ import annotations

from dataclasses import dataclass, field

from backstrong.domain.exercises.vocabulary import MUSCLES, Kind, Level, Pattern, Region
from backstrong.domain.pose.model import Keyframes

Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Dosage:
    """A default prescription. ``reps`` and ``hold_seconds`` are per side when unilateral."""

    sets: int
    reps: Range | None = None
    hold_seconds: Range | None = None
    rest_seconds: int = 60
    times_per_day: int | None = None


@dataclass(frozen=True, slots=True)
class Fault:
    fault: str
    fix: str


@dataclass(frozen=True, slots=True)
class Met:
    """Compendium of Physical Activities (2011 / 2024) code and MET value."""

    code: str
    value: float


@dataclass(frozen=True, slots=True)
class Source:
    """Where an entry comes from: ``backstrong`` (bundled), ``custom`` or an import's name."""

    name: str = "backstrong"
    licence: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: str
    kind: Kind
    pattern: Pattern
    level: Level
    dosage: Dosage
    primary_muscles: tuple[str, ...]
    secondary_muscles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    unilateral: bool = False
    equipment: tuple[str, ...] = ()
    instructions: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    faults: tuple[Fault, ...] = ()
    safety_tags: tuple[str, ...] = ()
    easier: tuple[str, ...] = ()
    harder: tuple[str, ...] = ()
    met: Met | None = None
    keyframes: Keyframes | None = None
    source: Source = field(default_factory=Source)

    @property
    def muscles(self) -> tuple[str, ...]:
        return self.primary_muscles + self.secondary_muscles

    @property
    def regions(self) -> frozenset[Region]:
        return frozenset(MUSCLES[m].region for m in self.muscles if m in MUSCLES)

    @property
    def primary_regions(self) -> frozenset[Region]:
        return frozenset(MUSCLES[m].region for m in self.primary_muscles if m in MUSCLES)

    def needs_only(self, available: frozenset[str]) -> bool:
        """True when every item this exercise needs is in ``available``."""
        return set(self.equipment) <= available
