"""`backstrong form check --landmarks`, `form list`, `form reference` and `form trend`."""

from __future__ import annotations

import json

import pytest

from tests.unit.form.builders import bridge_set, squat_set
from tests.unit.form.synthetic import generate


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("landmarks")
    made = {}
    for name, scenario in {"squat": squat_set(3), "bridge": bridge_set(2)}.items():
        made[name] = folder / f"{name}.json"
        made[name].write_text(json.dumps(generate(scenario)[0]))
    empty = generate(squat_set(1))[0]
    empty["frames"] = [{**f, "landmarks": None} for f in empty["frames"]]  # type: ignore[union-attr]
    made["nobody"] = folder / "nobody.json"
    made["nobody"].write_text(json.dumps(empty))
    return made


def test_check_json_counts_and_judges_each_rep(cli, files):
    result = cli("form", "check", "--landmarks", str(files["squat"]), "-e", "squat", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["exercise"] == "squat" and data["reps"] == 3 and data["verdict"] == "good"
    assert [set(r) >= {"start_t", "end_t", "faults"} for r in data["rep_details"]] == [True] * 3
    bridge = cli("form", "check", "--landmarks", str(files["bridge"]), "-e", "bridge", "--json")
    assert json.loads(bridge.stdout)["reps"] == 2


def test_kept_checks_are_listed_newest_first_and_a_rep_becomes_the_reference(cli, files):
    cli("form", "check", "--landmarks", str(files["squat"]), "-e", "squat")
    cli("form", "check", "--landmarks", str(files["bridge"]), "-e", "bridge")
    cli("form", "check", "--landmarks", str(files["squat"]), "-e", "squat", "--no-keep")
    page = json.loads(cli("form", "list", "--json").stdout)
    assert [c["exercise"] for c in page["items"]] == ["bridge", "squat"] and page["total"] == 2
    squat_id = page["items"][1]["id"]
    marked = cli("form", "reference", str(squat_id), "2")
    assert marked.exit_code == 0 and "now your reference" in marked.stdout
    assert cli("form", "reference", str(squat_id), "9").exit_code == 2
    trend = json.loads(cli("form", "trend", "squat", "--json").stdout)
    assert [p["check_id"] for p in trend["points"]] == [squat_id]


def test_an_invalid_file_names_the_rule_and_exits_2(cli, files, tmp_path):
    broken = json.loads(files["squat"].read_text())
    broken["frames"][3]["t"] = -1
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken))
    result = cli("form", "check", "--landmarks", str(path), "-e", "squat")
    assert result.exit_code == 2 and "frames[3].t" in result.stderr
    not_json = tmp_path / "notes.txt"
    not_json.write_text("squats, 3 reps")
    assert "not JSON" in cli("form", "check", "--landmarks", str(not_json), "-e", "squat").stderr
    unknown = cli("form", "check", "--landmarks", str(files["squat"]), "-e", "plank")
    assert unknown.exit_code == 2 and "plank" in unknown.stderr
    assert json.loads(cli("form", "list", "--json").stdout)["total"] == 0


def test_a_recording_with_nobody_in_it_says_so_and_exits_3(cli, files):
    result = cli("form", "check", "--landmarks", str(files["nobody"]), "-e", "squat")
    assert result.exit_code == 3 and "no person was found" in result.stderr


def test_a_video_without_the_extra_says_how_to_get_it(cli, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "cv2", None)  # as if opencv were not installed
    video = tmp_path / "set.mp4"
    video.write_bytes(b"\x00" * 16)
    result = cli("form", "check", str(video), "-e", "squat")
    assert result.exit_code == 4 and "backstrong[video]" in result.stderr
    assert cli("form", "check", "-e", "squat").exit_code == 2
