"""A front and back body outline whose regions can be picked (exercise filters, worked muscles).

Each region is a group of simple shapes carrying ``data-region`` with the
:class:`~backstrong.domain.exercises.vocabulary.Region` value and a ``<title>`` with its lay name.
With ``href_for`` every region is a link (focusable, so the map works from the keyboard); without
it the map is a static picture. Selected regions get the CSS class ``selected``. No scripts.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from backstrong.adapters.render.svg_canvas import attr, num, text
from backstrong.domain.exercises.vocabulary import REGION_LAY_NAMES, Region

VIEW_WIDTH_PX = 160.0
HEIGHT_PX = 310.0
FRONT_X, BACK_X = 80.0, 240.0  # body midlines

STYLE = (
    ".bs-bodymap .bsm-part{fill:currentColor;fill-opacity:.06;stroke:currentColor;"
    "stroke-opacity:.45;stroke-width:1.5}"
    ".bs-bodymap .bsm-region{fill:currentColor;fill-opacity:.14;stroke:currentColor;"
    "stroke-opacity:.7;stroke-width:1.5;stroke-linejoin:round}"
    ".bs-bodymap .bsm-region.selected{fill-opacity:.62;stroke-opacity:1}"
    ".bs-bodymap a:hover .bsm-region{fill-opacity:.34}"
    ".bs-bodymap a:hover .bsm-region.selected{fill-opacity:.75}"
    ".bs-bodymap a:focus{outline:none}"
    ".bs-bodymap a:focus-visible .bsm-region{stroke-width:3.5;stroke-opacity:1}"
    ".bs-bodymap .bsm-label{fill:currentColor;font:600 13px system-ui,sans-serif;"
    "text-anchor:middle}"
)


@dataclass(frozen=True, slots=True)
class _Shape:
    """One SVG element, drawn for a body midline at ``cx`` (shapes are written for cx = 0)."""

    tag: str  # "ellipse" or "polygon"
    values: tuple[float, ...]  # ellipse: x, y, rx, ry; polygon: x1, y1, x2, y2, ...

    def markup(self, cx: float, cls: str, extra: str = "") -> str:
        if self.tag == "ellipse":
            x, y, rx, ry = self.values
            return (
                f'<ellipse class="{cls}"{extra} cx="{num(cx + x, 1)}" cy="{num(y, 1)}" '
                f'rx="{num(rx, 1)}" ry="{num(ry, 1)}"/>'
            )
        pairs = zip(self.values[0::2], self.values[1::2], strict=True)
        coords = " ".join(f"{num(cx + x, 1)},{num(y, 1)}" for x, y in pairs)
        return f'<polygon class="{cls}"{extra} points="{coords}"/>'


def _oval(x: float, y: float, rx: float, ry: float) -> _Shape:
    return _Shape("ellipse", (x, y, rx, ry))


def _poly(*xy: float) -> _Shape:
    return _Shape("polygon", xy)


def _mirror(shape: _Shape) -> _Shape:
    """The same shape on the other side of the midline."""
    if shape.tag == "ellipse":
        x, y, rx, ry = shape.values
        return _oval(-x, y, rx, ry)
    flipped = [v if i % 2 else -v for i, v in enumerate(shape.values)]
    return _poly(*flipped)


def _both(*left: _Shape) -> tuple[_Shape, ...]:
    """Left-side shapes plus their mirror images on the right."""
    return tuple(left) + tuple(_mirror(s) for s in left)


# Proportions loosely follow Winter's landmark heights (chin 0.87, shoulder 0.82, hip 0.53,
# knee 0.29 of height) for a figure 270 px tall standing on y = 300.
_OUTLINE = (
    _oval(0, 50, 14, 18),  # head
    _poly(-6, 66, 6, 66, 7, 76, -7, 76),  # neck
    *_both(_oval(-44, 194, 5, 8)),  # hands
    *_both(_poly(-18, 286, -8, 286, -6, 296, -22, 296)),  # feet
)
_ARMS = _both(
    _poly(-41, 88, -31, 92, -34, 140, -44, 138),  # upper arm
    _poly(-44, 142, -34, 144, -40, 184, -48, 182),  # forearm
)
_THIGHS = _both(_poly(-25, 166, -3, 170, -7, 222, -21, 222))
_LOWER_LEGS = _both(_poly(-21, 227, -7, 227, -9, 282, -18, 282))

_FRONT: tuple[tuple[Region, tuple[_Shape, ...]], ...] = (
    (Region.SHOULDERS, _both(_oval(-31, 84, 10, 9))),
    (Region.CHEST, _both(_poly(-22, 80, -1, 80, -1, 108, -16, 108, -22, 98))),
    (Region.CORE, (_poly(-18, 112, 18, 112, 17, 148, -17, 148),)),
    (Region.HIPS, _both(_poly(-24, 151, -3, 153, -4, 164, -22, 162))),
    (Region.THIGHS, _THIGHS),
    (Region.LOWER_LEGS, _LOWER_LEGS),
    (Region.ARMS, _ARMS),
)
_BACK: tuple[tuple[Region, tuple[_Shape, ...]], ...] = (
    (Region.UPPER_BACK, (_poly(-8, 74, 8, 74, 30, 82, 22, 124, -22, 124, -30, 82),)),
    (Region.LOWER_BACK, (_poly(-21, 127, 21, 127, 19, 146, -19, 146),)),
    (Region.HIPS, _both(_oval(-12, 158, 12, 11))),
    (Region.THIGHS, _THIGHS),
    (Region.LOWER_LEGS, _LOWER_LEGS),
    (Region.ARMS, _ARMS),
)
_BACK_OUTLINE = _both(_oval(-35, 86, 7, 8))  # shoulders seen from behind, not a filter here


def render_body_map_svg(
    *,
    selected: Collection[str] = frozenset(),
    href_for: Callable[[str], str] | None = None,
) -> str:
    """Front and back views; ``href_for(region value)`` makes each region a link."""
    chosen = _checked_regions(selected)
    views = (
        _view("Front", FRONT_X, _FRONT, _OUTLINE, chosen, href_for),
        _view("Back", BACK_X, _BACK, _OUTLINE + _BACK_OUTLINE, chosen, href_for),
    )
    role = "group" if href_for is not None else "img"
    width = num(2 * VIEW_WIDTH_PX, 1)
    height = num(HEIGHT_PX, 1)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="bs-bodymap" role="{role}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="bsm-title bsm-desc">'
        '<title id="bsm-title">Body map</title>'
        f'<desc id="bsm-desc">{text(_describe(chosen, href_for is not None))}</desc>'
        f"<style>{STYLE}</style>{''.join(views)}</svg>\n"
    )


def _checked_regions(selected: Collection[str]) -> frozenset[Region]:
    known = {r.value: r for r in Region}
    unknown = sorted(set(selected) - set(known))
    if unknown:
        raise ValueError(
            f"selected region {unknown[0]!r} is not known; accepted: {', '.join(known)}"
        )
    return frozenset(known[value] for value in selected)


def _describe(chosen: frozenset[Region], linked: bool) -> str:
    intro = "Front and back views of a body"
    intro += ", each area a link that picks that body region" if linked else ""
    if not chosen:
        return intro + "."
    names = ", ".join(REGION_LAY_NAMES[r] for r in Region if r in chosen)
    return f"{intro}. Selected: {names}."


def _view(
    label: str,
    cx: float,
    regions: Iterable[tuple[Region, tuple[_Shape, ...]]],
    outline: tuple[_Shape, ...],
    chosen: frozenset[Region],
    href_for: Callable[[str], str] | None,
) -> str:
    parts = [f'<text class="bsm-label" x="{num(cx, 1)}" y="20">{text(label)}</text>']
    parts += [shape.markup(cx, "bsm-part") for shape in outline]
    parts += [_region(region, shapes, cx, region in chosen, href_for) for region, shapes in regions]
    return f'<g class="bsm-view" data-view="{label.lower()}">{"".join(parts)}</g>'


def _region(
    region: Region,
    shapes: tuple[_Shape, ...],
    cx: float,
    is_selected: bool,
    href_for: Callable[[str], str] | None,
) -> str:
    state = " selected" if is_selected else ""
    data = f' data-region="{region.value}"'
    name = REGION_LAY_NAMES[region]
    inner = f"<title>{text(name)}</title>" + "".join(
        shape.markup(cx, f"bsm-region{state}", data) for shape in shapes
    )
    if href_for is None:
        return f'<g class="bsm-area{state}"{data}>{inner}</g>'
    label = f"{name}, selected" if is_selected else name
    return (
        f'<a class="bsm-area{state}"{data} href={attr(href_for(region.value))} '
        f"aria-label={attr(label)}>{inner}</a>"
    )
