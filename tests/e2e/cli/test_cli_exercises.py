"""`backstrong exercises`: list, search, show, figure, validate, import."""

from __future__ import annotations

import json


def _fedb_entry(name: str, **extra: object) -> dict:
    return {
        "id": name.replace(" ", "_"),
        "name": name,
        "force": "pull",
        "level": "beginner",
        "mechanic": "compound",
        "equipment": "body only",
        "primaryMuscles": ["lower back"],
        "secondaryMuscles": ["glutes"],
        "instructions": ["Lie face down.", "Lift.", "Lower."],
        "category": "strength",
        "images": [],
        **extra,
    }


def test_list_json_is_an_array_of_exercises_in_the_library_shape(cli):
    result = cli("exercises", "list", "--pattern", "bridge", "--json")
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert {i["pattern"] for i in items} == {"bridge"}
    assert "dosage" in items[0] and "keyframes" in items[0]


def test_equipment_none_keeps_body_weight_only(cli):
    items = json.loads(cli("exercises", "list", "--equipment", "none", "--json").stdout)
    assert items and all(i["equipment"] == [] for i in items)


def test_search_puts_the_best_match_first(cli):
    items = json.loads(cli("exercises", "search", "superman", "--json").stdout)
    assert items[0]["id"] == "superman"


def test_an_unknown_muscle_is_an_error_with_suggestions(cli):
    result = cli("exercises", "list", "--muscle", "glutez")
    assert result.exit_code == 2
    assert "glutes" in result.stderr


def test_show_prints_the_dose_and_cues(cli):
    result = cli("exercises", "show", "deadlift")
    assert result.exit_code == 0
    assert "3 sets × 10–15 reps" in result.stdout
    assert "Cues" in result.stdout


def test_figure_writes_an_svg(cli, tmp_path):
    out = tmp_path / "bird-dog.svg"
    result = cli("exercises", "figure", "bird-dog", "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text().lstrip().startswith("<svg")


def test_validate_accepts_the_bundled_library(cli):
    result = cli("exercises", "validate")
    assert result.exit_code == 0
    assert "valid" in result.stdout


def test_validate_reports_every_problem_in_a_folder(cli, tmp_path):
    (tmp_path / "lift.toml").write_text('id = "lift"\nname = "Lift"\nkind = "jumping"\n')
    result = cli("exercises", "validate", str(tmp_path))
    assert result.exit_code == 1
    assert "lift.toml" in result.stdout and "kind" in result.stdout


def test_importing_twice_adds_nothing_the_second_time(cli, tmp_path):
    data = [
        _fedb_entry("Prone Back Raise"),
        _fedb_entry("Floor Hip Lift", primaryMuscles=["glutes"]),
    ]
    path = tmp_path / "exercises.json"
    path.write_text(json.dumps(data))
    first = json.loads(cli("exercises", "import", str(path), "--json").stdout)
    again = json.loads(cli("exercises", "import", str(path), "--json").stdout)
    assert first["added"] == 2 and again["added"] == 0 and again["already_there"] == 2
    found = json.loads(cli("exercises", "search", "prone back raise", "--json").stdout)
    assert found[0]["source"] == {"name": "free-exercise-db", "licence": "Unlicense", "url": None}


def test_a_malformed_import_names_the_entry_and_imports_nothing(cli, tmp_path):
    data = [_fedb_entry("Good Entry"), {"id": "x", "primaryMuscles": []}]
    path = tmp_path / "exercises.json"
    path.write_text(json.dumps(data))
    result = cli("exercises", "import", str(path))
    assert result.exit_code == 2
    assert "1" in result.stderr and "name" in result.stderr
    found = json.loads(cli("exercises", "search", "good entry", "--json").stdout)
    assert all(item["source"]["name"] != "free-exercise-db" for item in found)
