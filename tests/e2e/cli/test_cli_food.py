"""`backstrong food search` and `backstrong food import usda`: all or nothing, never twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SR28_HEADER = "ndb_no,description,energy_kcal,protein_g,fat_g,carbohydrate_g,fiber_g"
SR28_ROWS = (
    "99001,Quinoa-kale crumble (test food),412,14.2,18.5,48.1,6.2",
    "99002,Smoked zander fillet (test food),131,24.0,3.8,0.0,0.0",
)
SHARED_SR28 = (
    Path(__file__).resolve().parents[3].parent
    / "shared"
    / "data"
    / "usda"
    / ("sr28_foods_macros.csv")
)


def _sr28(tmp_path: Path, *rows: str, name: str = "sr28.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join((SR28_HEADER, *rows)) + "\n", encoding="utf-8")
    return path


def _fdc_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "fdc"
    folder.mkdir()
    (folder / "food.csv").write_text(
        "fdc_id,data_type,description,food_category_id\n"
        '777001,sr_legacy_food,"Lingonberry jam, test",9\n',
        encoding="utf-8",
    )
    (folder / "nutrient.csv").write_text(
        "id,name,unit_name\n1008,Energy,KCAL\n1003,Protein,G\n1004,Total lipid (fat),G\n"
        '1005,"Carbohydrate, by difference",G\n',
        encoding="utf-8",
    )
    (folder / "food_nutrient.csv").write_text(
        "id,fdc_id,nutrient_id,amount\n1,777001,1008,196\n2,777001,1003,0.4\n"
        "3,777001,1004,0.3\n4,777001,1005,48.5\n",
        encoding="utf-8",
    )
    (folder / "food_portion.csv").write_text(
        "id,fdc_id,seq_num,amount,measure_unit_id,portion_description,modifier,gram_weight\n"
        "1,777001,1,1,1001,,,20\n",
        encoding="utf-8",
    )
    (folder / "measure_unit.csv").write_text("id,name\n1001,tablespoon\n", encoding="utf-8")
    return folder


def _search(cli, text: str) -> list[dict]:
    return json.loads(cli("food", "search", text, "--json").stdout)


def test_search_returns_foods_in_the_documented_shape(cli):
    found = _search(cli, "banana")
    assert found[0]["id"] == "banana"
    assert set(found[0]) == {
        "id",
        "name",
        "kcal_per_100g",
        "protein_g",
        "fat_g",
        "carbohydrate_g",
        "source",
        "fiber_g",
        "portions",
        "times_logged",
    }


def test_importing_sr28_adds_foods_to_your_search_and_a_second_import_adds_nothing(cli, tmp_path):
    path = _sr28(tmp_path, *SR28_ROWS)
    first = json.loads(cli("food", "import", "usda", str(path), "--json").stdout)
    assert (first["added"], first["already_there"], first["total_own_foods"]) == (2, 0, 2)
    again = json.loads(cli("food", "import", "usda", str(path), "--json").stdout)
    assert (again["added"], again["already_there"], again["total_own_foods"]) == (0, 2, 2)
    found = _search(cli, "zander")
    assert found[0]["id"] == "usda-sr28-99002" and found[0]["source"] == "usda-sr28"
    assert found[0]["kcal_per_100g"] == 131.0


def test_imported_foods_can_be_eaten_by_weight(cli, tmp_path):
    cli("food", "import", "usda", str(_sr28(tmp_path, *SR28_ROWS)))
    entry = json.loads(cli("eat", "200 g smoked zander fillet", "--json").stdout)
    assert entry["food_id"] == "usda-sr28-99002" and entry["kcal"] == 262


def test_a_food_data_central_folder_imports_with_its_portions(cli, tmp_path):
    report = json.loads(cli("food", "import", "usda", str(_fdc_folder(tmp_path)), "--json").stdout)
    assert report["added"] == 1
    entry = json.loads(cli("eat", "2 tbsp lingonberry jam", "--json").stdout)
    assert entry["food_id"] == "usda-777001" and entry["grams"] == 40.0


def test_a_malformed_file_stores_nothing_and_says_where(cli, tmp_path):
    path = _sr28(tmp_path, SR28_ROWS[0], "99003,Broken row (test food),lots,1,1,1,0")
    result = cli("food", "import", "usda", str(path))
    assert result.exit_code == 2
    assert "row 3" in result.stderr and "energy_kcal" in result.stderr
    assert not any(f["id"].startswith("usda") for f in _search(cli, "quinoa kale crumble"))
    fixed = json.loads(
        cli("food", "import", "usda", str(_sr28(tmp_path, *SR28_ROWS)), "--json").stdout
    )
    assert fixed["added"] == 2  # the good row of the broken file was not kept either


def test_a_file_that_is_not_usda_is_refused(cli, tmp_path):
    other = tmp_path / "notes.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    result = cli("food", "import", "usda", str(other))
    assert result.exit_code == 2 and "not a USDA layout" in result.stderr
    missing = cli("food", "import", "usda", str(tmp_path / "nowhere.json"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr


@pytest.mark.skipif(not SHARED_SR28.exists(), reason="shared/data/usda not present")
def test_the_whole_sr28_table_imports_once_through_the_cli(cli):
    report = json.loads(cli("food", "import", "usda", str(SHARED_SR28), "--json").stdout)
    assert report["added"] == 8789 and report["skipped"] == 0
    again = json.loads(cli("food", "import", "usda", str(SHARED_SR28), "--json").stdout)
    assert again["added"] == 0 and again["total_own_foods"] == 8789
    butter = _search(cli, "butter, salted")
    assert butter[0]["source"] == "backstrong"  # everyday foods still rank first
    assert any(f["id"] == "usda-sr28-01001" for f in _search(cli, "butter salted"))


def test_food_add_edit_and_delete_your_own(cli):
    added = json.loads(
        cli(
            "food", "add", "Rye seed loaf", "--kcal", "240", "--portion", "slice=40", "--json"
        ).stdout
    )
    assert added["portions"] == [{"name": "slice", "grams": 40.0}]
    eaten = json.loads(cli("eat", "2 slices of rye seed loaf", "--json").stdout)
    assert eaten["food_id"] == added["id"] and eaten["kcal"] == 192
    bad = cli("food", "add", "Loaf", "--kcal", "-5")
    assert bad.exit_code == 2 and "kcal '-5'" in bad.stderr
    changed = cli("food", "edit", added["id"], "--name", "Rye loaf", "--kcal", "250", "--json")
    assert json.loads(changed.stdout)["name"] == "Rye loaf"
    assert cli("food", "delete", added["id"]).exit_code == 0
    assert cli("food", "delete", added["id"]).exit_code != 0
