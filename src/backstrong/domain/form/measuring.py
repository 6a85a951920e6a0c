"""Shared tools for the per-movement rules: the angle series of one recording, computed once on
demand, and the ways a rep's numbers are read off them (a median around a moment, a reversal
inside a phase)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from backstrong.domain.form import signals
from backstrong.domain.form import thresholds as th
from backstrong.domain.form.body import BodyTrack
from backstrong.domain.form.counting import RepWindow
from backstrong.domain.form.result import Fault, Measurement
from backstrong.domain.form.series import is_nan, window_median

SERIES: dict[str, Callable[[BodyTrack], list[float]]] = {
    "thigh": signals.thigh_above_horizontal,
    "trunk": signals.trunk_lean,
    "shank": signals.shank_lean,
    "knee": signals.knee_flexion,
    "hip_angle": signals.hip_angle,
    "elevation": signals.hip_elevation,
    "line": signals.line_deviation,
    "heel": signals.heel_rise,
    "knee_past_toe": signals.knee_past_toe,
    "trunk_length": signals.trunk_length,
    "hip_forward": signals.hip_forward,
}


@dataclass(slots=True)
class Measuring:
    """The series of one recording, each computed the first time a rule asks for it."""

    body: BodyTrack
    _cache: dict[str, list[float]] = field(default_factory=dict)

    def series(self, name: str) -> list[float]:
        if name not in self._cache:
            self._cache[name] = SERIES[name](self.body)
        return self._cache[name]

    def at(self, name: str, index: int, seconds: float = th.BOTTOM_WINDOW_S) -> float:
        """Median of a series within ``seconds`` of a grid index."""
        half = max(1, round(seconds / self.body.dt))
        return window_median(self.series(name), index, half)

    def seconds(self, frames: int) -> float:
        return frames * self.body.dt


def phase_reversal(values: list[float], rep: RepWindow) -> float:
    """Largest turn-back of a series that should rise to the bottom and fall after it: how far it
    drops below its running maximum on the way down, or climbs above its running minimum on the
    way up (degrees). A rep the recording opened at the bottom of has only its way up."""
    worst = 0.0
    top = float("-inf")
    for v in values[rep.bottom if rep.from_bottom else rep.start : rep.bottom + 1]:
        if not is_nan(v):
            top = max(top, v)
            worst = max(worst, top - v)
    low = float("inf")
    for v in values[rep.bottom : rep.end + 1]:
        if not is_nan(v):
            low = min(low, v)
            worst = max(worst, v - low)
    return worst


def deg(name: str, value: float) -> Measurement:
    return Measurement(name=name, value=round(value, 1), unit="deg")


def legs(name: str, value: float) -> Measurement:
    return Measurement(name=name, value=round(value, 3), unit="leg")


def secs(name: str, value: float) -> Measurement:
    return Measurement(name=name, value=round(value, 2), unit="s")


def over(code: str, cue: str, value: float | None, limit: float) -> Fault | None:
    """A fault when ``value`` is above ``limit`` (unknown values never fault)."""
    if value is None or is_nan(value) or value <= limit:
        return None
    return Fault(code=code, cue=cue, measured=value, limit=limit)


def under(code: str, cue: str, value: float | None, limit: float) -> Fault | None:
    """A fault when ``value`` is below ``limit`` (unknown values never fault)."""
    if value is None or is_nan(value) or value >= limit:
        return None
    return Fault(code=code, cue=cue, measured=value, limit=limit)
