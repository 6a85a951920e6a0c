"""Loading exercise TOML files from folders and single files; every problem names its file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backstrong.adapters.files.exercise_library import (
    InvalidLibrary,
    load_library_from,
    validate_path,
)
from backstrong.adapters.files.exercises.free_exercise_db import (
    FreeExerciseDbError,
    load_free_exercise_db,
)


def toml(exercise_id: str, *, harder: str = "", kind: str = "strength", extra: str = "") -> str:
    """One complete exercise file (bundled rules) as a data author would write it."""
    links = f'"{harder}"' if harder else ""
    return f"""
id = "{exercise_id}"
name = "{exercise_id.replace("-", " ").capitalize()}"
kind = "{kind}"
pattern = "bridge"
level = "beginner"
primary_muscles = ["gluteus-maximus"]
equipment = ["mat"]
harder = [{links}]
instructions = ["Lie on your back.", "Lift the hips.", "Lower with control."]
cues = ["Heels down.", "Ribs down."]
{extra}

[dosage]
sets = 3
reps = [12, 15]

[met]
code = "02030"
value = 3.5

[[faults]]
fault = "The back arches."
fix = "Stop when the hips line up."

[keyframes.start]
trunk = -90
knee = [110, 110]

[keyframes.end]
trunk = -70
knee = [90, 90]
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_folder_of_valid_files_loads_as_a_library(tmp_path):
    write(tmp_path, "my-bridge.toml", toml("my-bridge", harder="my-march"))
    write(tmp_path, "my-march.toml", toml("my-march"))
    library = load_library_from(tmp_path)
    assert library.ids == ("my-bridge", "my-march")
    assert library.get("my-bridge").source.name == "custom"


def test_one_file_loads_on_its_own(tmp_path):
    path = write(tmp_path, "my-bridge.toml", toml("my-bridge"))
    assert load_library_from(path).ids == ("my-bridge",)


def test_every_problem_in_every_file_is_reported_with_its_file(tmp_path):
    write(tmp_path, "a-move.toml", toml("a-move").replace('"beginner"', '"beginer"'))
    write(tmp_path, "b-move.toml", toml("b-move").replace("sets = 3", "sets = 30"))
    write(tmp_path, "c-move.toml", "id = [unclosed")
    problems = validate_path(tmp_path)
    assert len(problems) == 3
    assert problems[0].startswith(str(tmp_path / "a-move.toml") + ": level: 'beginer'")
    assert problems[1].startswith(str(tmp_path / "b-move.toml") + ": dosage.sets: 30")
    assert problems[2].startswith(str(tmp_path / "c-move.toml") + ": not valid TOML")


def test_loading_a_folder_with_problems_raises_them_all(tmp_path):
    write(tmp_path, "a-move.toml", toml("a-move", kind="strech"))
    write(tmp_path, "b-move.toml", toml("b-move", harder="nowhere"))
    with pytest.raises(InvalidLibrary) as caught:
        load_library_from(tmp_path)
    assert len(caught.value.problems) == 2
    assert "a-move.toml: kind" in str(caught.value)
    assert "b-move: harder 'nowhere' is not in the library" in str(caught.value)


def test_the_id_must_match_the_file_name(tmp_path):
    write(tmp_path, "glute-bridge.toml", toml("bridge-glute"))
    (problem,) = validate_path(tmp_path)
    assert "glute-bridge.toml: id: 'bridge-glute' must equal the file name" in problem


def test_custom_exercises_may_link_to_bundled_ones(tmp_path):
    write(tmp_path, "my-bridge.toml", toml("my-bridge", harder="bridge"))
    try:
        from backstrong.adapters.files.exercise_library import load_bundled_library

        load_bundled_library()
    except InvalidLibrary:
        pytest.skip("the bundled library is not complete yet")
    assert validate_path(tmp_path) == []


def test_bundled_rules_apply_on_request(tmp_path):
    write(
        tmp_path, "a-move.toml", toml("a-move").replace('cues = ["Heels down.", "Ribs down."]', "")
    )
    assert validate_path(tmp_path) == []
    problems = validate_path(tmp_path, bundled=True)
    assert problems == [
        f"{tmp_path / 'a-move.toml'}: cues: has 0; a bundled exercise needs at least 2"
    ]


def test_a_cycle_across_files_is_found(tmp_path):
    write(tmp_path, "a-move.toml", toml("a-move", harder="b-move"))
    write(tmp_path, "b-move.toml", toml("b-move", harder="c-move"))
    write(tmp_path, "c-move.toml", toml("c-move", harder="a-move"))
    assert any("cycle" in p for p in validate_path(tmp_path))


def test_a_missing_path_is_a_problem_not_a_crash(tmp_path):
    assert validate_path(tmp_path / "nowhere") == [
        f"{tmp_path / 'nowhere'}: no such file or folder"
    ]


def test_a_free_exercise_db_file_is_imported_from_disk(tmp_path):
    entries = [
        {"id": "Plank", "name": "Plank", "force": "static", "level": "beginner",
         "mechanic": "isolation", "equipment": "body only", "primaryMuscles": ["abdominals"],
         "secondaryMuscles": [], "instructions": ["Hold."], "category": "strength",
         "images": []},
    ]  # fmt: skip
    path = write(tmp_path, "exercises.json", json.dumps(entries))
    result = load_free_exercise_db(path)
    assert [e.id for e in result.exercises] == ["fedb-plank"]


def test_a_free_exercise_db_file_that_is_not_json_names_the_file(tmp_path):
    path = write(tmp_path, "exercises.json", "[{")
    with pytest.raises(FreeExerciseDbError) as caught:
        load_free_exercise_db(path)
    assert str(caught.value).startswith(str(path))
