"""The stick figure of an exercise, computed once: the start and end keyframes turned into shapes
in metres (limbs, trunk, head, the prop under the body and what the hands hold). ``figure_svg``
draws them for the pages and ``adapters/files/programs/handout_figures`` for the PDF handout,
each at its own size, with one scale for both positions so they compare."""

from __future__ import annotations

from backstrong.adapters.render.figure_equipment import draw_implement, draw_prop
from backstrong.adapters.render.shapes import Canvas
from backstrong.domain.pose.kinematics import (
    AVERAGE_ADULT_HEIGHT_M,
    HEAD,
    HEAD_RADIUS_PER_HEIGHT,
    HIP,
    NECK,
    SHOULDER,
    Point,
    Points,
    facing,
    grounded,
    heading,
    joint_positions,
    shifted,
    unit,
)
from backstrong.domain.pose.model import Anchor, Keyframes, Pose, Prop, PropKind

POSITION_LABELS = ("Start", "End")
REFERENCE_SPAN_M = 2.4  # a body lying with arms overhead, plus room: sets the usual scale

TRUNK_WIDTH_M = 0.11
NECK_WIDTH_M = 0.06
NEAR_LIMB_WIDTH_M = 0.075
FAR_LIMB_WIDTH_M = 0.055
HAND_LENGTH_M = 0.07  # wrist to knuckles, drawn past the wrist
HEAD_RADIUS_M = HEAD_RADIUS_PER_HEIGHT * AVERAGE_ADULT_HEIGHT_M
HEAD_OUTLINE_M = 0.025


def positions(keyframes: Keyframes) -> list[Canvas]:
    """The start and end positions, each standing on the floor (y = 0)."""
    return [draw_position(pose, keyframes) for pose in (keyframes.start, keyframes.end)]


def common_scale(canvases: list[Canvas], room_x: float) -> float:
    """Drawing units per metre for every position: the usual scale (a body lying with arms
    overhead fills ``room_x``), shrunk only when a position would not fit."""
    span_x = max(c.bounds.width for c in canvases)
    return min(room_x / REFERENCE_SPAN_M, room_x / span_x)


def centre_x(canvas: Canvas) -> float:
    return (canvas.bounds.xmin + canvas.bounds.xmax) / 2


def draw_position(pose: Pose, keyframes: Keyframes) -> Canvas:
    points = grounded(joint_positions(pose), keyframes.prop)
    points = shifted(points, Point(0.0, _lift_onto_surfaces(points, keyframes.prop)))
    canvas = Canvas()
    if keyframes.prop is not None:
        draw_prop(canvas, keyframes.prop, points)
    _draw_limbs(canvas, points, "far", FAR_LIMB_WIDTH_M)
    _draw_trunk_and_head(canvas, points)
    _draw_limbs(canvas, points, "near", NEAR_LIMB_WIDTH_M)
    if keyframes.held is not None:
        draw_implement(canvas, keyframes.held, points, facing(pose))
    return canvas


def _lift_onto_surfaces(points: Points, prop: Prop | None) -> float:
    """How far to raise the grounded joints so the drawn body rests on, not in, floor and prop."""
    half = {name: NEAR_LIMB_WIDTH_M / 2 for name in points}
    half.update({HIP: TRUNK_WIDTH_M / 2, SHOULDER: TRUNK_WIDTH_M / 2})
    bottoms = [p.y - half[name] for name, p in points.items()]
    bottoms.append(points[HEAD].y - HEAD_RADIUS_M - HEAD_OUTLINE_M / 2)
    lift = -min(bottoms)
    if prop is not None and prop.kind is not PropKind.WALL:
        on_trunk = prop.under in (Anchor.HIPS, Anchor.SHOULDERS, Anchor.CHEST)
        lift = max(lift, TRUNK_WIDTH_M / 2 if on_trunk else NEAR_LIMB_WIDTH_M / 2)
    return lift


def _draw_limbs(canvas: Canvas, p: Points, side: str, width: float) -> None:
    cls = f"bsf-body bsf-{side}"
    ankle = p[f"{side}_ankle"]
    canvas.polyline([p[HIP], p[f"{side}_knee"], ankle], cls=cls, width=width)
    canvas.polygon([ankle, p[f"{side}_heel"], p[f"{side}_toe"]], cls=cls, width=width)
    elbow, wrist = p[f"{side}_elbow"], p[f"{side}_wrist"]
    hand = wrist + unit(heading(elbow, wrist)).scaled(HAND_LENGTH_M)
    canvas.polyline([p[SHOULDER], elbow, wrist, hand], cls=cls, width=width)


def _draw_trunk_and_head(canvas: Canvas, p: Points) -> None:
    canvas.polyline([p[HIP], p[SHOULDER]], cls="bsf-body bsf-trunk", width=TRUNK_WIDTH_M)
    canvas.polyline([p[SHOULDER], p[NECK]], cls="bsf-body bsf-neck", width=NECK_WIDTH_M)
    canvas.circle(p[HEAD], HEAD_RADIUS_M, cls="bsf-head", width=HEAD_OUTLINE_M)
    head_up = heading(p[NECK], p[HEAD])
    eye = p[HEAD] + unit(head_up - 90.0).scaled(HEAD_RADIUS_M * 0.5)
    eye = eye + unit(head_up).scaled(HEAD_RADIUS_M * 0.15)
    canvas.circle(eye, HEAD_RADIUS_M * 0.14, cls="bsf-eye")
