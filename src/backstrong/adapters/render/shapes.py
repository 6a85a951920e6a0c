"""A drawing surface in world units (metres, y up) that records each shape and how far the
drawing reaches. It draws nothing itself: ``figure_svg`` turns the shapes into SVG markup and
``adapters/files/programs/handout_figures`` into reportlab shapes for the PDF."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from backstrong.domain.pose.kinematics import Point

ShapeKind = Literal["polyline", "polygon", "circle", "ellipse", "quadratic"]


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


@dataclass(frozen=True, slots=True)
class Shape:
    """One shape in metres. ``cls`` names what it is (``bsf-body bsf-far``, ``bsf-prop``...), so
    each drawing styles it; ``points`` are the vertices, the centre, or start-control-end."""

    kind: ShapeKind
    points: tuple[Point, ...]
    cls: str
    width: float  # stroke width in metres (0: no outline)
    radii: tuple[float, float] = (0.0, 0.0)


class Canvas:
    """Collects shapes in world units; ``bounds`` grows to cover everything drawn."""

    def __init__(self) -> None:
        self.shapes: list[Shape] = []
        self.bounds = EMPTY

    def _reach(self, points: Iterable[Point], pad: float) -> None:
        for p in points:
            self.bounds = self.bounds.including(p, pad)

    def polyline(self, points: list[Point], *, cls: str, width: float) -> None:
        self.shapes.append(Shape("polyline", tuple(points), cls, width))
        self._reach(points, width / 2)

    def circle(self, centre: Point, radius: float, *, cls: str, width: float = 0.0) -> None:
        self.shapes.append(Shape("circle", (centre,), cls, width, (radius, radius)))
        self._reach([centre], radius + width / 2)

    def ellipse(self, centre: Point, rx: float, ry: float, *, cls: str, width: float) -> None:
        self.shapes.append(Shape("ellipse", (centre,), cls, width, (rx, ry)))
        self._reach([centre + Point(-rx, -ry), centre + Point(rx, ry)], width / 2)

    def polygon(self, points: list[Point], *, cls: str, width: float) -> None:
        self.shapes.append(Shape("polygon", tuple(points), cls, width))
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
        self.shapes.append(Shape("quadratic", (start, control, end), cls, width))
        self._reach([start, start.toward(control, 0.5), end.toward(control, 0.5), end], width / 2)
