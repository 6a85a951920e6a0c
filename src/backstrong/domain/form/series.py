"""Time series helpers on plain lists of floats, with ``nan`` for "no value here".

Resampling onto an even time grid, bridging short gaps, smoothing, percentiles and windowed
medians: the few numerical tools the form check needs, in pure Python.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

NAN = math.nan


def is_nan(value: float) -> bool:
    return value != value


# A grid time g from the known times a and b: (a, b, g - t[a], t[b] - t[a]); a == b when g is t[a]
Step = tuple[int, int, float, float]


@dataclass(frozen=True, slots=True)
class Resampling:
    """Where each time of an even grid falls among the times at which some series are known:
    a series' value there is interpolated linearly between its known values at two times no more
    than ``max_gap`` apart, taken as is when the grid time is (within 1e-9) a known time, and
    ``nan`` elsewhere. Worked out once (:func:`resampling`) for every series known at the same
    times, such as the x and y of each joint seen in the same frames (form_analyse_60s_ms)."""

    size: int
    runs: tuple[tuple[int, list[Step]], ...]  # (first grid index, its steps) per run of values

    def smoothed(self, values: Sequence[float], half: int) -> list[float]:
        """``values`` (by index of the times) on the grid, smoothed within each run of known
        values: outliers out (running median of 3), then a box filter over ``2 * half + 1``
        samples applied twice (a triangle)."""
        out = [NAN] * self.size
        for start, steps in self.runs:
            on_grid = _stepped(values, steps)
            out[start : start + len(steps)] = _box(_box(_median3(on_grid), half), half)
        return out


def _stepped(values: Sequence[float], steps: list[Step]) -> list[float]:
    return [
        values[a] if a == b else values[a] + (values[b] - values[a]) * d / span
        for a, b, d, span in steps
    ]


def resampling(
    times: Sequence[float], known: Sequence[int], grid: Sequence[float], max_gap: float
) -> Resampling:
    """How series known at ``times[i]`` for each ``i`` in ``known`` (increasing) fall on
    ``grid`` (see :class:`Resampling`)."""
    steps: list[Step | None] = [None] * len(grid)
    if known:
        kt = [times[i] for i in known]
        j, last = 0, len(kt) - 1
        t0 = kt[0]
        t1 = kt[1] if last else t0
        for i, g in enumerate(grid):
            while j < last and t1 <= g:
                j += 1
                t0 = t1
                if j < last:
                    t1 = kt[j + 1]
            if g < t0 - 1e-9:
                continue
            if g - t0 <= 1e-9:
                steps[i] = (known[j], known[j], 0.0, 0.0)
            elif j < last and t1 - t0 <= max_gap:
                steps[i] = (known[j], known[j + 1], g - t0, t1 - t0)
    return Resampling(len(grid), _step_runs(steps))


def _step_runs(steps: list[Step | None]) -> tuple[tuple[int, list[Step]], ...]:
    found: list[tuple[int, list[Step]]] = []
    run: list[Step] = []
    for i, step in enumerate(steps):
        if step is None:
            if run:
                found.append((i - len(run), run))
                run = []
        else:
            run.append(step)
    if run:
        found.append((len(steps) - len(run), run))
    return tuple(found)


def runs(values: Sequence[float]) -> list[tuple[int, int]]:
    """Half-open index ranges ``[start, stop)`` of consecutive known values."""
    found: list[tuple[int, int]] = []
    start = 0
    for stop in [i for i, v in enumerate(values) if v != v] + [len(values)]:  # nan != nan
        if stop > start:
            found.append((start, stop))
        start = stop + 1
    return found


def box_smooth(values: Sequence[float], half: int) -> list[float]:
    """Centred moving average over ``2 * half + 1`` samples, within each run of known values
    (the window shrinks at a run's ends)."""
    out = list(values)
    for start, stop in runs(values):
        out[start:stop] = _box(values[start:stop], half)
    return out


def _box(seg: Sequence[float], half: int) -> list[float]:
    n = len(seg)
    prefix = list(accumulate(seg, initial=0.0))
    if half <= 0 or n <= 2 * half:
        return [
            (prefix[min(n, i + half + 1)] - prefix[max(0, i - half)])
            / (min(n, i + half + 1) - max(0, i - half))
            for i in range(n)
        ]
    inv = 1.0 / (2 * half + 1)
    middle = [
        (a - b) * inv for a, b in zip(prefix[2 * half + 1 :], prefix[: n - 2 * half], strict=False)
    ]
    head = [prefix[i + half + 1] / (i + half + 1) for i in range(half)]
    tail = [(prefix[n] - prefix[i - half]) / (n - i + half) for i in range(n - half, n)]
    return head + middle + tail


def _median3(seg: Sequence[float]) -> list[float]:
    """Running median of 3, the ends kept, by two or three comparisons (form_analyse_60s_ms).
    Of equal values it may take either: only the sign of a zero tells them apart, and the box
    filter's running sums come out the same for 0.0 and -0.0."""
    if len(seg) < 3:
        return list(seg)
    middle = [
        (b if b <= c else c if a <= c else a) if a <= b else (b if c <= b else c if c <= a else a)
        for a, b, c in zip(seg, seg[1:], seg[2:], strict=False)
    ]
    return [seg[0], *middle, seg[-1]]


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-quantile (0..1) of the known values; ``nan`` when there are none."""
    known = sorted([v for v in values if v == v])  # nan != nan
    if not known:
        return NAN
    return known[min(len(known) - 1, max(0, round(q * (len(known) - 1))))]


def median(values: Sequence[float]) -> float:
    return percentile(values, 0.5)


def window_median(values: Sequence[float], centre: int, half: int) -> float:
    """Median of the known values within ``half`` samples of ``centre``."""
    return median(values[max(0, centre - half) : centre + half + 1])
