from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from backstrong.adapters.render.body_map_svg import render_body_map_svg
from backstrong.domain.exercises.vocabulary import REGION_LAY_NAMES, Region

SVG = "{http://www.w3.org/2000/svg}"
FRONT = {"core", "hips", "thighs", "shoulders", "chest", "arms", "lower-legs"}
BACK = {"lower-back", "hips", "thighs", "upper-back", "lower-legs", "arms"}


def link(region: str) -> str:
    return f"/exercises?region={region}"


def view(root: ET.Element, name: str) -> ET.Element:
    found = root.find(f"{SVG}g[@data-view='{name}']")
    assert found is not None
    return found


def regions_in(element: ET.Element, tag: str = "a") -> set[str]:
    return {a.get("data-region", "") for a in element.iter(f"{SVG}{tag}")}


def test_every_region_appears_on_the_map() -> None:
    root = ET.fromstring(render_body_map_svg(href_for=link))
    assert regions_in(root) == {r.value for r in Region}


def test_front_and_back_views_show_their_regions() -> None:
    root = ET.fromstring(render_body_map_svg(href_for=link))
    assert regions_in(view(root, "front")) == FRONT
    assert regions_in(view(root, "back")) == BACK


def test_each_region_links_where_href_for_says_and_carries_its_lay_name() -> None:
    root = ET.fromstring(render_body_map_svg(href_for=link))
    for a in root.iter(f"{SVG}a"):
        region = Region(a.get("data-region", ""))
        assert a.get("href") == link(region.value)
        assert a.findtext(f"{SVG}title") == REGION_LAY_NAMES[region]
        shapes = [e for e in a if e.tag != f"{SVG}title"]
        assert shapes and all(e.get("data-region") == region.value for e in shapes)


def test_selected_regions_carry_the_selected_class_and_others_do_not() -> None:
    root = ET.fromstring(render_body_map_svg(selected={"lower-back", "hips"}, href_for=link))
    for a in root.iter(f"{SVG}a"):
        is_selected = a.get("data-region") in {"lower-back", "hips"}
        assert ("selected" in a.get("class", "").split()) is is_selected
        assert ("selected" in (a.get("aria-label") or "")) is is_selected


def test_without_links_the_map_is_a_static_picture() -> None:
    root = ET.fromstring(render_body_map_svg(selected={"core"}))
    assert root.find(f".//{SVG}a") is None
    assert root.get("role") == "img"
    assert regions_in(root, "g") >= {r.value for r in Region}


def test_map_has_no_scripts_and_is_the_same_every_time() -> None:
    svg = render_body_map_svg(selected={"core"}, href_for=link)
    assert "<script" not in svg and "onclick" not in svg
    assert svg == render_body_map_svg(selected={"core"}, href_for=link)


def test_an_unknown_region_is_refused_with_the_accepted_names() -> None:
    with pytest.raises(ValueError, match="'glutes' is not known; accepted: lower-back"):
        render_body_map_svg(selected={"glutes"})
