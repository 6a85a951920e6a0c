"""Counting reps on one smoothed signal (larger = deeper into the rep).

Hysteresis by reversal: a bottom is confirmed only once the signal has come back by at least
``reversal`` degrees and at least half-way to the rest position it left, and the next rep only
once it has gone down again by ``reversal``, so jitter and wobbles while holding a position never
count, and a rep need not return all the way up (a missed lockout is a fault to report, not a
lost rep). A rep also has to reach ``min_depth`` and last ``MIN_REP_S``.
Reps never span a stretch where the signal is unknown (nobody in view, setting up), and the
first rep after such a stretch starts only once the person has been in view ``SETTLE_S``.
With ``opens_at_bottom`` (a deadlift), a recording whose first moment already shows the person
deep in the rep (set up at the bar) counts its first way up as a rep with no rest before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from backstrong.domain.form import thresholds as th
from backstrong.domain.form.series import runs


@dataclass(frozen=True, slots=True)
class RepWindow:
    """Grid indices of one rep: where it starts, its deepest point, where it ends, and the rest
    positions (turning points) before and after it. ``from_bottom``: the recording opened at
    the bottom of this rep, so it has no rest before it and its top is where it ends."""

    start: int
    bottom: int
    end: int
    rest_before: int
    rest_after: int
    from_bottom: bool = False

    @property
    def top(self) -> int:
        """Where the person stood tall for this rep: its start, or its end for a rep that the
        recording opened at the bottom of."""
        return self.end if self.from_bottom else self.start

    @property
    def upright_rest(self) -> int:
        """The rest where a squat or hinge rep must find the person (nearly) upright: the one
        before it, or after it for a rep the recording opened at the bottom of."""
        return self.rest_after if self.from_bottom else self.rest_before


def find_reps(
    signal: Sequence[float],
    dt: float,
    *,
    min_depth: float,
    reversal: float,
    opens_at_bottom: bool = False,
) -> list[RepWindow]:
    reps: list[RepWindow] = []
    still = max(1, round(th.STILL_S / dt))
    settle = round(th.SETTLE_S / dt)
    for lo, hi in runs(signal):
        deep = opens_at_bottom and lo == 0 and signal[lo] >= min_depth
        for before, bottom, after in _turning_points(signal, lo, hi, reversal, deep):
            rep = _window(signal, before, bottom, after, still)
            if deep and before == lo:  # the first way up from the bottom the recording opened at
                rep = replace(rep, start=lo, from_bottom=True)
            if (
                signal[bottom] >= min_depth
                and (rep.end - rep.start) * dt >= th.MIN_REP_S
                and (rep.start - lo >= settle or rep.from_bottom)
            ):
                reps.append(rep)
    return reps


def _turning_points(
    s: Sequence[float], lo: int, hi: int, reversal: float, deep: bool = False
) -> list[tuple[int, int, int]]:
    """(rest before, bottom, rest after) for each confirmed down-and-back-up in ``s[lo:hi]``;
    ``deep``: ``s[lo]`` is already on the way down (the first rest before is ``lo`` itself)."""
    found: list[tuple[int, int, int]] = []
    rest, bottom = lo, lo if deep else -1
    pending: tuple[int, int] | None = None  # (rest before, bottom) waiting for the rest after
    for i in range(lo, hi):
        v = s[i]
        if bottom < 0:  # looking for the way down
            if v < s[rest]:
                rest = i
            elif v >= s[rest] + reversal:
                if pending:
                    found.append((pending[0], pending[1], rest))
                    pending = None
                bottom = i
        else:  # going down: follow the bottom until the signal comes back up (by the
            # reversal, and at least RETURN_FRACTION of the way to the rest it left)
            if v > s[bottom]:
                bottom = i
            elif v <= s[bottom] - max(reversal, th.RETURN_FRACTION * (s[bottom] - s[rest])):
                pending = (rest, bottom)
                rest, bottom = i, -1
    if pending:
        found.append((pending[0], pending[1], rest))
    return found


def _window(s: Sequence[float], before: int, bottom: int, after: int, still: int) -> RepWindow:
    """Trim the pauses: a rep starts when the signal leaves the rest position and ends when it is
    back (within ``REP_EDGE_FRACTION`` of the excursion, or where it stops changing in the lower
    half of the excursion, so that getting into position before a rep is not part of it)."""
    depth = s[bottom]
    start_level = s[before] + th.REP_EDGE_FRACTION * (depth - s[before])
    end_level = s[after] + th.REP_EDGE_FRACTION * (depth - s[after])
    start_half = (s[before] + depth) / 2
    end_half = (s[after] + depth) / 2
    start = bottom
    while start > before and s[start - 1] > start_level:
        start -= 1
        if s[start] < start_half and start - still >= before and _flat(s, start - still, start):
            break
    end = bottom
    while end < after and s[end + 1] > end_level:
        end += 1
        if s[end] < end_half and end + still <= after and _flat(s, end, end + still):
            break
    return RepWindow(start=start, bottom=bottom, end=end, rest_before=before, rest_after=after)


def _flat(s: Sequence[float], first: int, last: int) -> bool:
    window = s[first : last + 1]
    return max(window) - min(window) < th.STILL_CHANGE_DEG
