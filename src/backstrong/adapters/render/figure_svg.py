"""Exercise pictures: the start and end keyframes as a side-view stick figure in one SVG (the
figure itself is computed in ``figure``; the PDF handout draws the same shapes).

The SVG is standalone and accessible (``role="img"``, ``<title>``, ``<desc>``), draws in
``currentColor`` with CSS classes scoped under ``.bs-figure`` so it follows light and dark themes
when inlined, and has no scripts or external assets. The same input always gives the same bytes.

Authors of exercise files can look at their poses with::

    python -m backstrong.adapters.render.figure_svg exercises/bridge.toml /tmp/bridge.svg

(an output name ending in ``.png`` also takes a screenshot with Chromium, when it is installed).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from backstrong.adapters.render.figure import POSITION_LABELS, centre_x, common_scale, positions
from backstrong.adapters.render.shapes import Canvas
from backstrong.adapters.render.svg_canvas import attr, group_markup, num, text
from backstrong.domain.exercises.model import Exercise
from backstrong.domain.pose.kinematics import Point
from backstrong.domain.pose.model import Keyframes

LABEL_BAND_PX = 26.0
SIDE_MARGIN_PX = 12.0
TOP_MARGIN_PX = 6.0
FLOOR_MARGIN_PX = 14.0
MIN_ASPECT = 0.25  # height / width of the flattest picture
PLACEHOLDER_ASPECT = 0.4

STYLE = (
    ".bs-figure .bsf-body{fill:none;stroke:currentColor;stroke-linecap:round;"
    "stroke-linejoin:round}"
    ".bs-figure .bsf-far{stroke-opacity:.42}"
    ".bs-figure .bsf-head{fill:currentColor;fill-opacity:.12;stroke:currentColor}"
    ".bs-figure .bsf-eye{fill:currentColor}"
    ".bs-figure .bsf-floor{stroke:currentColor;stroke-width:2;stroke-opacity:.55}"
    ".bs-figure .bsf-divider{stroke:currentColor;stroke-opacity:.2}"
    ".bs-figure .bsf-label{fill:currentColor;font:600 14px system-ui,sans-serif;"
    "text-anchor:middle}"
    ".bs-figure .bsf-prop{fill:currentColor;fill-opacity:.1;stroke:currentColor;"
    "stroke-opacity:.55;stroke-linejoin:round}"
    ".bs-figure .bsf-implement{fill:currentColor;fill-opacity:.2;stroke:currentColor;"
    "stroke-linejoin:round;stroke-linecap:round}"
    ".bs-figure .bsf-solid{fill-opacity:1}"
    ".bs-figure .bsf-band,.bs-figure .bsf-cable,.bs-figure .bsf-rail{fill:none}"
    ".bs-figure .bsf-band{stroke-dasharray:.04 .025}"
    ".bs-figure .bsf-placeholder{fill:none;stroke:currentColor;stroke-opacity:.4;"
    "stroke-dasharray:6 4}"
)


def render_exercise_figure(exercise: Exercise, *, width: int = 480) -> str:
    """The exercise's keyframes as an SVG, or a "no picture yet" placeholder without them."""
    if exercise.keyframes is None:
        return render_placeholder_svg(title=exercise.name, width=width)
    return render_keyframes_svg(exercise.keyframes, title=exercise.name, width=width)


def render_keyframes_svg(keyframes: Keyframes, *, title: str, width: int = 480) -> str:
    """Start and end positions side by side, each on its own floor line."""
    canvases = positions(keyframes)
    frame = _Frame.fitting(canvases, width)
    labelled = zip(canvases, POSITION_LABELS, strict=True)
    panels = [frame.panel(i, canvas, label) for i, (canvas, label) in enumerate(labelled)]
    divider = (
        f'<line class="bsf-divider" x1="{num(frame.panel_width, 1)}" y1="{num(TOP_MARGIN_PX, 1)}" '
        f'x2="{num(frame.panel_width, 1)}" y2="{num(frame.height - TOP_MARGIN_PX, 1)}"/>'
    )
    return _document(frame, title, _describe(keyframes, title), "".join(panels) + divider)


def render_placeholder_svg(*, title: str, width: int = 480) -> str:
    """An empty frame saying that the exercise has no picture yet."""
    frame = _Frame.empty(width)
    body = (
        f'<rect class="bsf-placeholder" x="8" y="8" width="{num(width - 16, 1)}" '
        f'height="{num(frame.height - 16, 1)}" rx="8"/>'
        f'<text class="bsf-label" x="{num(width / 2, 1)}" y="{num(frame.height / 2, 1)}">'
        "No picture yet</text>"
    )
    return _document(frame, title, f"{title}: no picture of this exercise yet.", body)


def _document(frame: _Frame, title: str, desc: str, body: str) -> str:
    ident = "bsf-" + hashlib.sha256((title + body).encode()).hexdigest()[:10]
    w, h = num(frame.width, 1), num(frame.height, 1)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="bs-figure" role="img" '
        f'width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
        f'aria-labelledby="{ident}-t {ident}-d">'
        f'<title id="{ident}-t">{text(title)}</title>'
        f'<desc id="{ident}-d">{text(desc)}</desc>'
        f"<style>{STYLE}</style>{body}</svg>\n"
    )


def _describe(keyframes: Keyframes, title: str) -> str:
    parts = [f"{title}: side view of a stick figure, the start position on the left"]
    parts.append(" and the end position on the right")
    if keyframes.held is not None:
        parts.append(
            f", holding a {keyframes.held.implement.value} at the {keyframes.held.at.value}"
        )
    if keyframes.prop is not None:
        kind = keyframes.prop.kind.value.replace("-", " ")
        parts.append(f", with a {kind} under the {keyframes.prop.under.value}")
    return "".join(parts) + "."


@dataclass(frozen=True, slots=True)
class _Frame:
    """Pixel layout: two panels with a label band on top and a floor line below.

    The person is drawn at one scale in every picture (a body lying with arms overhead fills a
    panel's width), shrunk only when a position would not fit; the height follows the content.
    """

    width: float
    scale: float  # pixels per metre
    height: float

    @property
    def panel_width(self) -> float:
        return self.width / 2

    @property
    def floor_y(self) -> float:
        return self.height - FLOOR_MARGIN_PX

    @classmethod
    def empty(cls, width: int) -> _Frame:
        return cls(float(width), 1.0, round(width * PLACEHOLDER_ASPECT))

    @classmethod
    def fitting(cls, canvases: list[Canvas], width: int) -> _Frame:
        """One scale for both panels, so the two positions compare."""
        scale = common_scale(canvases, width / 2 - 2 * SIDE_MARGIN_PX)
        span_y = max(c.bounds.ymax for c in canvases)
        height = LABEL_BAND_PX + TOP_MARGIN_PX + span_y * scale + FLOOR_MARGIN_PX
        return cls(float(width), scale, float(round(max(height, width * MIN_ASPECT))))

    def panel(self, index: int, canvas: Canvas, label: str) -> str:
        left = index * self.panel_width
        middle = left + self.panel_width / 2
        offset = Point(middle - centre_x(canvas) * self.scale, self.floor_y)
        floor = (
            f'<line class="bsf-floor" x1="{num(left + 6, 1)}" y1="{num(self.floor_y, 1)}" '
            f'x2="{num(left + self.panel_width - 6, 1)}" y2="{num(self.floor_y, 1)}"/>'
        )
        caption = f'<text class="bsf-label" x="{num(middle, 1)}" y="18">{text(label)}</text>'
        figure = group_markup(canvas.shapes, cls="bsf-position", offset=offset, scale=self.scale)
        position = attr(label.lower())
        return f'<g class="bsf-panel" data-position={position}>{caption}{floor}{figure}</g>'


if __name__ == "__main__":
    from backstrong.adapters.render.figure_cli import main

    raise SystemExit(main())
