from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from backstrong.adapters.render.figure_cli import main

BRIDGE = """
name = "Glute bridge"
[keyframes]
held = { implement = "barbell", at = "hips" }
[keyframes.start]
trunk = -90
hip = [60, 60]
knee = [110, 110]
ankle = [-40, -40]
[keyframes.end]
trunk = -110
knee = [90, 90]
ankle = [-20, -20]
"""


def test_preview_writes_the_keyframes_of_an_exercise_file_as_svg(tmp_path: Path) -> None:
    source = tmp_path / "bridge.toml"
    source.write_text(BRIDGE, encoding="utf-8")
    out = tmp_path / "bridge.svg"
    assert main([str(source), str(out)]) == 0
    root = ET.fromstring(out.read_text(encoding="utf-8"))
    assert root.findtext("{http://www.w3.org/2000/svg}title") == "Glute bridge"


def test_preview_of_a_bad_file_names_the_file_and_the_field(tmp_path: Path, capsys: object) -> None:
    source = tmp_path / "bridge.toml"
    source.write_text(BRIDGE.replace("knee = [90, 90]", "knee = 90"), encoding="utf-8")
    assert main([str(source), str(tmp_path / "out.svg")]) == 1
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "bridge.toml: keyframes.end.knee: 90 is not a pair" in err
    assert not (tmp_path / "out.svg").exists()
