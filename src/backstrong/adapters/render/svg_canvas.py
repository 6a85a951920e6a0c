"""A tiny SVG drawing surface in world units (metres, y up) that remembers how far it reaches.

Shapes are collected as markup with short, rounded numbers, so the same drawing always gives the
same bytes. :meth:`Canvas.group` wraps them in a transform that maps world units to pixels.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from backstrong.domain.pose.kinematics import Point


def num(value: float, places: int = 3) -> str:
    """A number for SVG: fixed places, trailing zeros and negative zero removed."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def text(value: str) -> str:
    """Text content, XML-escaped."""
    return escape(value)


def attr(value: str) -> str:
    """An attribute value, XML-escaped and quoted."""
    return quoteattr(value)


@dataclass(frozen=True, slots=True)
class Bounds:
    """An axis-aligned box in world units."""

    xmin: float
    ymin: float
    xmax: float
    ymax: float

    @property
    def width(self) -> float:
        return self.xmax - self.xmin

    @property
    def height(self) -> float:
        return self.ymax - self.ymin

    def including(self, p: Point, pad: float = 0.0) -> Bounds:
        return Bounds(
            min(self.xmin, p.x - pad),
            min(self.ymin, p.y - pad),
            max(self.xmax, p.x + pad),
            max(self.ymax, p.y + pad),
        )


EMPTY = Bounds(float("inf"), float("inf"), float("-inf"), float("-inf"))


class Canvas:
    """Collects shapes in world units; ``bounds`` grows to cover everything drawn."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.bounds = EMPTY

    def _reach(self, points: Iterable[Point], pad: float) -> None:
        for p in points:
            self.bounds = self.bounds.including(p, pad)

    def polyline(self, points: list[Point], *, cls: str, width: float) -> None:
        coords = " ".join(f"{num(p.x)},{num(p.y)}" for p in points)
        self._parts.append(
            f'<polyline class="{cls}" points="{coords}" stroke-width="{num(width)}"/>'
        )
        self._reach(points, width / 2)

    def circle(self, centre: Point, radius: float, *, cls: str, width: float = 0.0) -> None:
        self._parts.append(
            f'<circle class="{cls}" cx="{num(centre.x)}" cy="{num(centre.y)}" '
            f'r="{num(radius)}" stroke-width="{num(width)}"/>'
        )
        self._reach([centre], radius + width / 2)

    def ellipse(self, centre: Point, rx: float, ry: float, *, cls: str, width: float) -> None:
        self._parts.append(
            f'<ellipse class="{cls}" cx="{num(centre.x)}" cy="{num(centre.y)}" '
            f'rx="{num(rx)}" ry="{num(ry)}" stroke-width="{num(width)}"/>'
        )
        self._reach([centre + Point(-rx, -ry), centre + Point(rx, ry)], width / 2)

    def polygon(self, points: list[Point], *, cls: str, width: float) -> None:
        coords = " ".join(f"{num(p.x)},{num(p.y)}" for p in points)
        self._parts.append(
            f'<polygon class="{cls}" points="{coords}" stroke-width="{num(width)}"/>'
        )
        self._reach(points, width / 2)

    def rect(self, corner: Point, size: Point, *, cls: str, width: float) -> None:
        """A box from ``corner`` (lowest x and y) spanning ``size``."""
        far = corner + size
        self.polygon(
            [corner, Point(far.x, corner.y), far, Point(corner.x, far.y)], cls=cls, width=width
        )

    def quadratic(
        self, start: Point, control: Point, end: Point, *, cls: str, width: float
    ) -> None:
        """A smooth curve from ``start`` to ``end`` pulled towards ``control``."""
        d = (
            f"M{num(start.x)},{num(start.y)} Q{num(control.x)},{num(control.y)} "
            f"{num(end.x)},{num(end.y)}"
        )
        self._parts.append(f'<path class="{cls}" d="{d}" stroke-width="{num(width)}"/>')
        self._reach([start, start.toward(control, 0.5), end.toward(control, 0.5), end], width / 2)

    def group(self, *, cls: str, offset: Point, scale: float) -> str:
        """The shapes inside a ``<g>`` mapping world units to pixels (y flipped to point down)."""
        move = f"translate({num(offset.x, 2)} {num(offset.y, 2)})"
        transform = f"{move} scale({num(scale, 4)} {num(-scale, 4)})"
        inner = "".join(self._parts)
        return f'<g class="{cls}" transform="{transform}">{inner}</g>'
