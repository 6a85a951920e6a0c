"""What a form check returns: reps with their times, measurements and faults, and a verdict.

Frozen dataclasses of plain values (str, float, tuples), so one library (pydantic TypeAdapter,
cattrs) can turn them into JSON without hand-written mapping.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Verdict(StrEnum):
    GOOD = "good"
    NEEDS_WORK = "needs-work"
    CANNOT_ASSESS = "cannot-assess"


@dataclass(frozen=True, slots=True)
class Measurement:
    """One number measured on a rep; ``unit`` is "deg", "s" or "leg" (a fraction of leg length)."""

    name: str
    value: float
    unit: str


@dataclass(frozen=True, slots=True)
class Fault:
    """Something to fix in a rep: a stable ``code``, a plain-words ``cue``, and the numbers."""

    code: str
    cue: str
    measured: float | None = None
    limit: float | None = None


@dataclass(frozen=True, slots=True)
class RepResult:
    """One counted rep. ``cannot_assess`` holds the reason in plain words when a gate failed;
    then ``measurements`` and ``faults`` are empty (never a stale or guessed value)."""

    index: int
    start_t: float
    bottom_t: float
    end_t: float
    verdict: Verdict
    measurements: tuple[Measurement, ...] = ()
    faults: tuple[Fault, ...] = ()
    cannot_assess: str | None = None

    def measurement(self, name: str) -> float | None:
        return next((m.value for m in self.measurements if m.name == name), None)

    @property
    def fault_codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.faults)


@dataclass(frozen=True, slots=True)
class FormAnalysis:
    """The whole check: ``exercise`` as asked (e.g. "good-morning"), ``movement`` the rules used
    (squat, hinge or bridge), the count, each rep, the verdict and the cues worth repeating."""

    exercise: str
    movement: str
    reps: int
    rep_details: tuple[RepResult, ...]
    verdict: Verdict
    cues: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
