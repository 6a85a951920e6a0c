"""The one chart model: a line chart's series, axes and labels, with the ranges and ticks both
drawings use. ``chart_svg`` draws it inline for the pages, ``chart_png`` as a PNG file for the
CLI; the builders (``weight_charts``, ``progress_chart``) turn domain results into it."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

TARGET_TICKS = 4
Y_PAD_FRACTION = 0.08  # room above and below the highest and lowest points
MIN_Y_PAD = 0.5  # in the y axis' unit, so a flat line does not sit on the frame
Style = Literal["solid", "dashed", "dots", "marked"]  # marked: a solid line with a dot per point


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    points: tuple[tuple[float, float], ...]
    style: Style = "solid"


@dataclass(frozen=True, slots=True)
class Bounds:
    x0: float
    x1: float
    y0: float
    y1: float


def _number(x: float) -> str:
    return f"{x:g}"


@dataclass(frozen=True, slots=True)
class LineChart:
    title: str
    x_label: str
    y_label: str
    series: tuple[Series, ...]
    x_tick_label: Callable[[float], str] = _number
    description: str = ""

    def bounds(self) -> Bounds:
        """The plotted ranges: every point, with a little room above and below."""
        xs = [x for s in self.series for x, _ in s.points]
        ys = [y for s in self.series for _, y in s.points]
        if not xs:
            return Bounds(0.0, 1.0, 0.0, 1.0)
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        pad = max((y1 - y0) * Y_PAD_FRACTION, MIN_Y_PAD)
        if x1 == x0:
            x0, x1 = x0 - 1.0, x1 + 1.0
        return Bounds(x0, x1, y0 - pad, y1 + pad)


def nice_step(span: float, target_ticks: int = TARGET_TICKS) -> float:
    """A round tick step (1, 2 or 5 × 10ⁿ) giving about ``target_ticks`` ticks over ``span``."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / target_ticks
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def ticks(low: float, high: float) -> list[float]:
    """Round values from ``low`` to ``high`` where both drawings put a tick."""
    step = nice_step(high - low)
    first = math.ceil(low / step) * step
    count = math.floor((high - first) / step + 1e-9) + 1
    return [first + i * step for i in range(max(count, 0))]
