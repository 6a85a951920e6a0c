"""Time series helpers on plain lists of floats, with ``nan`` for "no value here".

Resampling onto an even time grid, bridging short gaps, smoothing, percentiles and windowed
medians: the few numerical tools the form check needs, in pure Python.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import accumulate

NAN = math.nan


def is_nan(value: float) -> bool:
    return value != value


def resample(
    times: Sequence[float], values: Sequence[float], grid: Sequence[float], max_gap: float
) -> list[float]:
    """``values`` (taken at ``times``, ``nan`` where missing) at each time of ``grid``, linearly
    interpolated between known values no more than ``max_gap`` apart; ``nan`` elsewhere."""
    kt = [t for t, v in zip(times, values, strict=True) if v == v]
    kv = [v for v in values if v == v]
    out = [NAN] * len(grid)
    if not kt:
        return out
    j, last = 0, len(kt) - 1
    t0, v0 = kt[0], kv[0]
    t1, v1 = (kt[1], kv[1]) if last else (t0, v0)
    for i, g in enumerate(grid):
        while j < last and t1 <= g:
            j += 1
            t0, v0 = t1, v1
            if j < last:
                t1, v1 = kt[j + 1], kv[j + 1]
        if g < t0 - 1e-9:
            continue
        if j == last or g - t0 <= 1e-9:
            if g - t0 <= 1e-9:
                out[i] = v0
        elif t1 - t0 <= max_gap:
            out[i] = v0 + (v1 - v0) * (g - t0) / (t1 - t0)
    return out


def runs(values: Sequence[float]) -> list[tuple[int, int]]:
    """Half-open index ranges ``[start, stop)`` of consecutive known values."""
    found: list[tuple[int, int]] = []
    start = -1
    for i, v in enumerate(values):
        if v != v:  # nan
            if start >= 0:
                found.append((start, i))
                start = -1
        elif start < 0:
            start = i
    if start >= 0:
        found.append((start, len(values)))
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
    if len(seg) < 3:
        return list(seg)
    middle = [
        b if (a <= b <= c or c <= b <= a) else (a if (b <= a <= c or c <= a <= b) else c)
        for a, b, c in zip(seg, seg[1:], seg[2:], strict=False)
    ]
    return [seg[0], *middle, seg[-1]]


def median3(values: Sequence[float]) -> list[float]:
    """Three-point running median: removes single-frame outliers before smoothing."""
    out = list(values)
    for start, stop in runs(values):
        out[start:stop] = _median3(values[start:stop])
    return out


def smooth(values: Sequence[float], half: int) -> list[float]:
    """Outliers out (running median of 3), then a box filter applied twice (a triangle)."""
    out = list(values)
    for start, stop in runs(values):
        out[start:stop] = _box(_box(_median3(values[start:stop]), half), half)
    return out


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-quantile (0..1) of the known values; ``nan`` when there are none."""
    known = sorted(v for v in values if not is_nan(v))
    if not known:
        return NAN
    return known[min(len(known) - 1, max(0, round(q * (len(known) - 1))))]


def median(values: Sequence[float]) -> float:
    return percentile(values, 0.5)


def window_median(values: Sequence[float], centre: int, half: int) -> float:
    """Median of the known values within ``half`` samples of ``centre``."""
    return median(values[max(0, centre - half) : centre + half + 1])
