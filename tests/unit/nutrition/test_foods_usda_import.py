"""USDA downloads import whole or not at all, with energy filled in the documented order."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from backstrong.adapters.files.nutrition.usda import UsdaImportError, import_usda

NUTRIENTS = [
    ("1008", "Energy", "KCAL"),
    ("2047", "Energy (Atwater General Factors)", "KCAL"),
    ("2048", "Energy (Atwater Specific Factors)", "KCAL"),
    ("1003", "Protein", "G"),
    ("1004", "Total lipid (fat)", "G"),
    ("1005", "Carbohydrate, by difference", "G"),
    ("1079", "Fiber, total dietary", "G"),
    ("1087", "Calcium, Ca", "MG"),
]


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def an_fdc_folder(tmp_path: Path, amounts: list[list[str]] | None = None) -> Path:
    """Five foods: energy 1008; only 2047; 2048 and 2047; no energy; nothing at all."""
    folder = tmp_path / "FoodData_Central_csv"
    folder.mkdir()
    foods = [
        ["101", "sr_legacy_food", "Butter, salted", "1"],
        ["102", "foundation_food", "Hummus, commercial", "16"],
        ["103", "foundation_food", "Lentils, dry", "16"],
        ["104", "foundation_food", "Mystery stew", ""],
        ["105", "foundation_food", "Water, tap", ""],
    ]
    write_csv(
        folder / "food.csv", ["fdc_id", "data_type", "description", "food_category_id"], foods
    )
    write_csv(folder / "nutrient.csv", ["id", "name", "unit_name"], [list(n) for n in NUTRIENTS])
    default = [
        ["101", "1008", "717"], ["101", "1003", "0.85"], ["101", "1004", "81.11"],
        ["101", "1005", "0.06"], ["101", "1087", "24"],
        ["102", "2047", "229"], ["102", "1003", "7.35"], ["102", "1004", "17.1"],
        ["102", "1005", "14.9"], ["102", "1079", "5.4"],
        ["103", "2048", "352"], ["103", "2047", "360"], ["103", "1003", "23.6"],
        ["104", "1003", "10"], ["104", "1004", "5"], ["104", "1005", "20"],
        ["105", "1087", "3"],
    ]  # fmt: skip
    rows = [[str(i), *row] for i, row in enumerate(amounts or default, 1)]
    write_csv(folder / "food_nutrient.csv", ["id", "fdc_id", "nutrient_id", "amount"], rows)
    return folder


def add_portions(folder: Path) -> None:
    write_csv(
        folder / "measure_unit.csv", ["id", "name"], [["1000", "cup"], ["9999", "undetermined"]]
    )
    write_csv(
        folder / "food_portion.csv",
        [
            "id",
            "fdc_id",
            "amount",
            "measure_unit_id",
            "portion_description",
            "modifier",
            "gram_weight",
        ],
        [
            ["1", "101", "1", "9999", "", "pat (1 in sq, 1/3 in high)", "5"],
            ["2", "102", "0.5", "1000", "", "", "123"],
            ["3", "103", "1", "9999", "", "", ""],
        ],
    )
    write_csv(
        folder / "food_category.csv", ["id", "description"], [["1", "Dairy and Egg Products"]]
    )


def by_id(result) -> dict:
    return {food.id: food for food in result.foods}


def test_energy_comes_from_1008_then_2048_then_2047_then_the_macros(tmp_path):
    foods = by_id(import_usda(an_fdc_folder(tmp_path)))

    assert foods["usda-101"].per_100g.kcal == 717
    assert foods["usda-102"].per_100g.kcal == 229
    assert foods["usda-103"].per_100g.kcal == 352
    assert foods["usda-104"].per_100g.kcal == 4 * 10 + 9 * 5 + 4 * 20


def test_macros_and_fiber_are_read_per_100_g(tmp_path):
    hummus = by_id(import_usda(an_fdc_folder(tmp_path)))["usda-102"]

    assert hummus.per_100g.protein_g == 7.35
    assert hummus.per_100g.fat_g == 17.1
    assert hummus.per_100g.carbohydrate_g == 14.9
    assert hummus.per_100g.fiber_g == 5.4
    assert hummus.source == "usda"
    assert hummus.licence == "CC0-1.0"
    assert not hummus.everyday


def test_a_food_with_nothing_to_count_is_skipped_with_a_reason(tmp_path):
    result = import_usda(an_fdc_folder(tmp_path))

    assert [s.reason for s in result.skipped] == ["no energy and no macronutrients"]
    assert "fdc_id 105" in result.skipped[0].ref
    assert any("computed as 4P + 9F + 4C" in w for w in result.warnings)


def test_portions_are_named_and_weighed_per_one_measure(tmp_path):
    folder = an_fdc_folder(tmp_path)
    add_portions(folder)

    foods = by_id(import_usda(folder))

    assert [(p.name, p.grams) for p in foods["usda-102"].portions] == [("cup", 246)]
    assert foods["usda-101"].portions[0].name == "pat (1 in sq, 1/3 in high)"
    assert foods["usda-101"].category == "Dairy and Egg Products"
    assert foods["usda-103"].portions == ()


def test_importing_the_same_folder_twice_gives_the_same_ids(tmp_path):
    folder = an_fdc_folder(tmp_path)

    first, second = import_usda(folder), import_usda(folder)

    assert [f.id for f in first.foods] == [f.id for f in second.foods]
    assert len({f.id for f in first.foods}) == len(first.foods)


def test_a_repeated_food_row_is_kept_once(tmp_path):
    folder = an_fdc_folder(tmp_path)
    with (folder / "food.csv").open("a", encoding="utf-8") as handle:
        handle.write('"101","sr_legacy_food","Butter, again",""\n')

    result = import_usda(folder)

    assert [f.name for f in result.foods if f.id == "usda-101"] == ["Butter, salted"]
    assert any("1 repeated fdc_id" in w for w in result.warnings)


def test_a_bad_amount_names_file_row_and_field_and_imports_nothing(tmp_path):
    folder = an_fdc_folder(tmp_path, [["101", "1008", "717"], ["101", "1003", "lots"]])

    with pytest.raises(UsdaImportError, match=r"food_nutrient.csv row 3, field 'amount': 'lots'"):
        import_usda(folder)


def test_a_missing_column_is_named(tmp_path):
    folder = an_fdc_folder(tmp_path)
    write_csv(folder / "food.csv", ["fdc_id", "data_type"], [["101", "sr_legacy_food"]])

    with pytest.raises(UsdaImportError, match=r"food.csv: missing column.*description"):
        import_usda(folder)


def test_a_missing_table_is_named(tmp_path):
    folder = an_fdc_folder(tmp_path)
    (folder / "nutrient.csv").unlink()

    with pytest.raises(UsdaImportError, match=r"nutrient.csv is missing"):
        import_usda(folder)


def test_an_energy_nutrient_in_the_wrong_unit_is_refused(tmp_path):
    folder = an_fdc_folder(tmp_path)
    write_csv(folder / "nutrient.csv", ["id", "name", "unit_name"], [["1008", "Energy", "kJ"]])

    with pytest.raises(UsdaImportError, match=r"nutrient.csv row 2, field 'unit_name': 'kJ'"):
        import_usda(folder)


def test_food_csv_itself_stands_for_its_folder(tmp_path):
    folder = an_fdc_folder(tmp_path)

    assert len(import_usda(folder / "food.csv").foods) == 4


def a_json_food(fdc_id: int, name: str, nutrients: dict[int, object], **extra) -> dict:
    items = [{"nutrient": {"id": nid, "name": "x", "unitName": "g"}, "amount": amount}
             for nid, amount in nutrients.items()]  # fmt: skip
    return {"fdcId": fdc_id, "description": name, "foodNutrients": items, **extra}


def write_json(tmp_path: Path, key: str, foods: list[dict]) -> Path:
    path = tmp_path / f"{key}.json"
    path.write_text(json.dumps({key: foods}), encoding="utf-8")
    return path


HUMMUS_PORTION = {"gramWeight": 15, "amount": 1, "measureUnit": {"name": "tablespoon"}}


def test_foundation_foods_json_with_only_atwater_general_energy(tmp_path):
    hummus = a_json_food(
        2001,
        "Hummus, commercial",
        {2047: 229, 1003: 7.35, 1004: 17.1, 1005: 14.9},
        foodCategory={"description": "Legumes and Legume Products"},
        foodPortions=[HUMMUS_PORTION],
    )
    stew = a_json_food(2002, "Mystery stew", {1003: 10, 1004: 5, 1005: 20})
    path = write_json(tmp_path, "FoundationFoods", [hummus, stew])

    foods = by_id(import_usda(path))

    assert foods["usda-2001"].per_100g.kcal == 229
    assert foods["usda-2001"].category == "Legumes and Legume Products"
    assert foods["usda-2001"].portion("tbsp").grams == 15
    assert foods["usda-2002"].per_100g.kcal == 165


def test_branded_foods_json_keeps_the_brand_and_the_serving(tmp_path):
    bar = a_json_food(
        3001,
        "Nut bar",
        {1008: 480, 1003: 15, 1004: 30, 1005: 40},
        brandOwner="Bar Makers Inc.",
        servingSize=40,
        servingSizeUnit="g",
        householdServingFullText="1 bar",
    )

    [food] = import_usda(write_json(tmp_path, "BrandedFoods", [bar])).foods

    assert food.brand == "Bar Makers Inc."
    assert food.default_portion.name == "bar"
    assert food.default_portion.grams == 40


def test_a_bad_json_amount_names_the_entry_and_field(tmp_path):
    path = write_json(
        tmp_path,
        "SRLegacyFoods",
        [
            a_json_food(1, "Fine", {1008: 100}),
            a_json_food(2, "Broken", {1008: 100, 1003: "n/a"}),
        ],
    )

    with pytest.raises(
        UsdaImportError,
        match=r"SRLegacyFoods.json entry 2 \(fdcId 2\), field 'foodNutrients\[1\].amount'",
    ):
        import_usda(path)


def test_a_json_file_without_a_known_list_is_refused(tmp_path):
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"Foods": []}), encoding="utf-8")

    with pytest.raises(UsdaImportError, match=r"other.json: expected an object with a list"):
        import_usda(path)


def test_broken_json_is_refused_with_the_file_name(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")

    with pytest.raises(UsdaImportError, match=r"broken.json: not valid JSON"):
        import_usda(path)


SR28_HEADER = (
    "ndb_no,description,short_desc,common_name,manufacturer,food_group,energy_kcal,protein_g,"
    "fat_g,carbohydrate_g,fiber_g,sugars_g,protein_factor,fat_factor,carbohydrate_factor\n"
)
BUTTER_ROW = (
    '01001,"Butter, salted",BUTTER,,,Dairy and Egg Products,717,0.85,81.11,0.06,0,0.06,,,\n'
)
NUGGET_ROW = "21234,Nuggets,NUGGETS,,Chain Co,Fast Foods,296,15.3,19.8,14.2,,,,,\n"


def an_sr28_table(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "macros.csv"
    path.write_text(SR28_HEADER + "".join(rows), encoding="utf-8")
    return path


def test_the_flat_sr28_table_imports_with_ndb_ids_and_brands(tmp_path):
    foods = by_id(import_usda(an_sr28_table(tmp_path, BUTTER_ROW, NUGGET_ROW)))

    assert foods["usda-sr28-01001"].per_100g.fat_g == 81.11
    assert foods["usda-sr28-01001"].category == "Dairy and Egg Products"
    assert foods["usda-sr28-21234"].brand == "Chain Co"
    assert foods["usda-sr28-21234"].per_100g.fiber_g == 0


def test_a_bad_sr28_number_names_row_and_field(tmp_path):
    path = an_sr28_table(tmp_path, BUTTER_ROW.replace("0.85", "x"))

    with pytest.raises(UsdaImportError, match=r"macros.csv row 2, field 'protein_g': 'x'"):
        import_usda(path)


def test_an_unknown_layout_lists_the_accepted_ones(tmp_path):
    path = write_csv(tmp_path / "sets.csv", ["Date", "Exercise"], [["2026-01-01", "Squat"]])

    with pytest.raises(UsdaImportError, match=r"sets.csv: not a USDA layout"):
        import_usda(path)


def test_a_missing_path_is_named(tmp_path):
    with pytest.raises(UsdaImportError, match=r"no such file"):
        import_usda(tmp_path / "nowhere.json")
