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
    return resample_pair(times, values, values, grid, max_gap)[0]


def resample_pair(
    times: Sequence[float],
    xs: Sequence[float],
    ys: Sequence[float],
    grid: Sequence[float],
    max_gap: float,
) -> tuple[list[float], list[float]]:
    """:func:`resample` of two series known at the same times (``ys`` is ``nan`` where ``xs``
    is), such as the x and y of one point, walking the times once for both."""
    known = [i for i, v in enumerate(xs) if v == v]
    kt, kx, ky = [times[i] for i in known], [xs[i] for i in known], [ys[i] for i in known]
    out_x, out_y = [NAN] * len(grid), [NAN] * len(grid)
    if not kt:
        return out_x, out_y
    j, last = 0, len(kt) - 1
    t0, x0, y0 = kt[0], kx[0], ky[0]
    t1, x1, y1 = (kt[1], kx[1], ky[1]) if last else (t0, x0, y0)
    for i, g in enumerate(grid):
        while j < last and t1 <= g:
            j += 1
            t0, x0, y0 = t1, x1, y1
            if j < last:
                t1, x1, y1 = kt[j + 1], kx[j + 1], ky[j + 1]
        if g < t0 - 1e-9:
            continue
        if j == last or g - t0 <= 1e-9:
            if g - t0 <= 1e-9:
                out_x[i], out_y[i] = x0, y0
        elif t1 - t0 <= max_gap:
            out_x[i] = x0 + (x1 - x0) * (g - t0) / (t1 - t0)
            out_y[i] = y0 + (y1 - y0) * (g - t0) / (t1 - t0)
    return out_x, out_y


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
    known = sorted([v for v in values if v == v])  # nan != nan
    if not known:
        return NAN
    return known[min(len(known) - 1, max(0, round(q * (len(known) - 1))))]


def median(values: Sequence[float]) -> float:
    return percentile(values, 0.5)


def window_median(values: Sequence[float], centre: int, half: int) -> float:
    """Median of the known values within ``half`` samples of ``centre``."""
    return median(values[max(0, centre - half) : centre + half + 1])
