from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from backstrong.adapters.render.figure_svg import (
    render_exercise_figure,
    render_keyframes_svg,
    render_placeholder_svg,
)
from backstrong.domain.exercises.model import Dosage, Exercise
from backstrong.domain.exercises.vocabulary import Kind, Level, Pattern
from backstrong.domain.pose.model import (
    Anchor,
    Held,
    Implement,
    Keyframes,
    Pose,
    Prop,
    PropKind,
)

SVG = "{http://www.w3.org/2000/svg}"


def squat(held: Held | None = None, prop: Prop | None = None) -> Keyframes:
    return Keyframes(
        start=Pose(),
        end=Pose(trunk=40, hip=(115, 110), knee=(115, 110), ankle=(40, 35)),
        held=held,
        prop=prop,
    )


def exercise(keyframes: Keyframes | None) -> Exercise:
    return Exercise(
        id="goblet-squat",
        name="Goblet squat",
        kind=Kind.STRENGTH,
        pattern=Pattern.SQUAT,
        level=Level.BEGINNER,
        dosage=Dosage(sets=3, reps=(8, 12)),
        primary_muscles=("quadriceps",),
        keyframes=keyframes,
    )


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_picture_is_well_formed_accessible_svg_naming_start_and_end() -> None:
    root = parse(render_keyframes_svg(squat(), title="Bodyweight squat"))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.findtext(f"{SVG}title") == "Bodyweight squat"
    desc = root.findtext(f"{SVG}desc") or ""
    assert "start" in desc and "end" in desc


def test_picture_has_two_panels_labelled_start_and_end_each_with_a_floor() -> None:
    root = parse(render_keyframes_svg(squat(), title="Squat"))
    panels = root.findall(f"{SVG}g[@class='bsf-panel']")
    assert [p.findtext(f"{SVG}text") for p in panels] == ["Start", "End"]
    assert all(p.find(f"{SVG}line[@class='bsf-floor']") is not None for p in panels)


def test_same_keyframes_give_identical_bytes() -> None:
    kf = squat(Held(Implement.KETTLEBELL, Anchor.CHEST), Prop(PropKind.BOX, Anchor.HIPS))
    assert render_keyframes_svg(kf, title="Box squat") == render_keyframes_svg(
        kf, title="Box squat"
    )


def test_near_limbs_are_drawn_thicker_than_far_limbs() -> None:
    root = parse(render_keyframes_svg(squat(), title="Squat"))
    widths = {
        side: {
            float(e.get("stroke-width", "0"))
            for e in root.iter()
            if f"bsf-{side}" in e.get("class", "")
        }
        for side in ("near", "far")
    }
    assert min(widths["near"]) > max(widths["far"])


def test_picture_uses_current_colour_and_no_scripts_or_outside_assets() -> None:
    svg = render_keyframes_svg(squat(Held(Implement.BARBELL, Anchor.SHOULDERS)), title="Squat")
    assert "currentColor" in svg
    assert "<script" not in svg
    assert "href" not in svg and "url(" not in svg
    assert not re.search(r'(fill|stroke)="#', svg)


def test_title_text_is_escaped() -> None:
    root = parse(render_keyframes_svg(squat(), title='Squat <"deep"> & slow'))
    assert root.findtext(f"{SVG}title") == 'Squat <"deep"> & slow'


@pytest.mark.parametrize("implement", list(Implement))
def test_every_implement_is_drawn_in_both_positions(implement: Implement) -> None:
    root = parse(render_keyframes_svg(squat(Held(implement)), title="Squat"))
    for panel in root.findall(f"{SVG}g[@class='bsf-panel']"):
        drawn = [e for e in panel.iter() if "bsf-implement" in e.get("class", "")]
        assert drawn, f"no {implement} in the {panel.get('data-position')} panel"


@pytest.mark.parametrize("kind", list(PropKind))
def test_every_prop_is_drawn(kind: PropKind) -> None:
    root = parse(render_keyframes_svg(squat(prop=Prop(kind, Anchor.HIPS)), title="Squat"))
    assert [e for e in root.iter() if "bsf-prop" in e.get("class", "")]


def body_bottoms(root: ET.Element) -> list[float]:
    """Heights (world metres) of the lowest edges of every body shape."""
    ys: list[float] = []
    for element in root.iter():
        cls, half = element.get("class", ""), float(element.get("stroke-width", "0")) / 2
        if "bsf-body" in cls:
            ys += [float(xy.split(",")[1]) - half for xy in element.get("points", "").split()]
        if "bsf-head" in cls:
            ys.append(float(element.get("cy", "0")) - float(element.get("r", "0")) - half)
    return ys


@pytest.mark.parametrize(
    "pose",
    [Pose(), Pose(trunk=-90), Pose(trunk=90, shoulder=(90, 90), elbow=(90, 90)), Pose(trunk=-120)],
)
def test_figure_rests_on_the_floor_without_sinking_or_floating(pose: Pose) -> None:
    root = parse(render_keyframes_svg(Keyframes(pose, pose), title="Lying"))
    ys = body_bottoms(root)
    assert min(ys) >= -0.005
    assert min(ys) < 0.02


def test_exercise_figure_uses_the_exercise_name_and_its_keyframes() -> None:
    kf = squat(Held(Implement.KETTLEBELL, Anchor.CHEST))
    assert render_exercise_figure(exercise(kf)) == render_keyframes_svg(kf, title="Goblet squat")


def test_exercise_without_keyframes_gets_a_plain_placeholder() -> None:
    svg = render_exercise_figure(exercise(None))
    root = parse(svg)
    assert svg == render_placeholder_svg(title="Goblet squat")
    assert root.get("role") == "img"
    assert "No picture yet" in "".join(root.itertext())
