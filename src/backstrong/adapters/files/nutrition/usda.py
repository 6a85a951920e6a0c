"""Import USDA food composition downloads into ``Food`` values, all or nothing.

Three layouts are recognised from the path:

* a FoodData Central CSV folder: food.csv, nutrient.csv and food_nutrient.csv, with
  food_portion.csv, measure_unit.csv, food_category.csv and branded_food.csv used when present;
* a FoodData Central JSON file wrapping a list under ``SRLegacyFoods``, ``FoundationFoods``,
  ``BrandedFoods`` or ``SurveyFoods``;
* the flat SR28 macros table (one row per food, columns ``ndb_no`` … ``fiber_g``).

Energy is nutrient 1008 (kcal), else 2048 (Atwater specific), else 2047 (Atwater general), else
4P + 9F + 4C. Ids are stable (``usda-<fdc_id>``, ``usda-sr28-<ndb_no>``) so importing the same file
twice replaces rather than duplicates. Everything is parsed before anything is returned; a malformed
file raises ``UsdaImportError`` naming the file, the row or entry, and the field.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.foods import Food, InvalidFood, Portion
from backstrong.domain.nutrition.nutrients import InvalidNutrients, Nutrients, atwater_kcal

ENERGY_KCAL = 1008  # FDC nutrient id: Energy, kcal
ENERGY_ATWATER_SPECIFIC = 2048  # FDC nutrient id: Energy (Atwater Specific Factors), kcal
ENERGY_ATWATER_GENERAL = 2047  # FDC nutrient id: Energy (Atwater General Factors), kcal
PROTEIN, FAT, CARBOHYDRATE, FIBER = 1003, 1004, 1005, 1079  # FDC nutrient ids, g per 100 g
ENERGY_IDS = (ENERGY_KCAL, ENERGY_ATWATER_SPECIFIC, ENERGY_ATWATER_GENERAL)
MACRO_IDS = (PROTEIN, FAT, CARBOHYDRATE)
WANTED_IDS = frozenset((*ENERGY_IDS, *MACRO_IDS, FIBER))
EXPECTED_UNITS = {ENERGY_KCAL: "KCAL", ENERGY_ATWATER_SPECIFIC: "KCAL",
                  ENERGY_ATWATER_GENERAL: "KCAL", PROTEIN: "G", FAT: "G", CARBOHYDRATE: "G",
                  FIBER: "G"}  # fmt: skip
JSON_LISTS = ("SRLegacyFoods", "FoundationFoods", "BrandedFoods", "SurveyFoods")
FDC_LICENCE = "CC0-1.0"  # FoodData Central data are published under CC0 1.0
SR28_LICENCE = "public domain (USDA SR28)"  # USDA: "in the public domain and not copyrighted"
SR28_COLUMNS = ("ndb_no", "description", "energy_kcal", "protein_g", "fat_g", "carbohydrate_g")
_UNIT_NAMES = {"tablespoon": "tbsp", "teaspoon": "tsp", "undetermined": ""}


class UsdaImportError(FieldError):
    """A USDA file (the ``path`` given) that cannot be read; nothing from it was imported. The
    message says where in the file and what is wrong."""

    def __init__(self, message: str) -> None:
        super().__init__("path", "", message)
        self.args = (message,)


@dataclass(frozen=True, slots=True)
class SkippedFood:
    ref: str  # where the food is: "food.csv row 12 (fdc_id 1234)"
    reason: str


@dataclass(frozen=True, slots=True)
class UsdaImport:
    foods: tuple[Food, ...]
    skipped: tuple[SkippedFood, ...]
    warnings: tuple[str, ...]


@dataclass(slots=True)
class _Record:
    """One food while it is being read."""

    food_id: str
    description: str
    ref: str
    category: str = ""
    brand: str | None = None
    nutrients: dict[int, float] = field(default_factory=dict)
    portions: list[Portion] = field(default_factory=list)


def import_usda(path: Path) -> UsdaImport:
    """Read a USDA download at ``path`` (CSV folder, JSON file or flat SR28 CSV)."""
    if path.is_dir():
        return _import_fdc_csv(path)
    if not path.is_file():
        raise UsdaImportError(f"{path}: no such file or folder")
    if path.suffix.lower() == ".json":
        return _import_fdc_json(path)
    if path.suffix.lower() == ".csv":
        header = _header(path)
        if set(SR28_COLUMNS) <= set(header):
            return _import_sr28(path)
        if path.name == "food.csv":
            return _import_fdc_csv(path.parent)
    raise UsdaImportError(
        f"{path.name}: not a USDA layout; give a FoodData Central CSV folder (with food.csv), "
        f"a JSON download ({', '.join(JSON_LISTS)}) or the flat SR28 macros CSV"
    )


# --- building foods -----------------------------------------------------------------------------


def _build(records: Iterable[_Record], source: str, licence: str) -> UsdaImport:
    foods: list[Food] = []
    skipped: list[SkippedFood] = []
    computed = 0
    for record in records:
        nutrients = record.nutrients
        if not any(n in nutrients for n in (*ENERGY_IDS, *MACRO_IDS)):
            skipped.append(SkippedFood(record.ref, "no energy and no macronutrients"))
            continue
        computed += not any(n in nutrients for n in ENERGY_IDS)
        try:
            foods.append(_food(record, source, licence))
        except (InvalidFood, InvalidNutrients) as error:
            skipped.append(SkippedFood(record.ref, str(error)))
    warnings = []
    if computed:
        warnings.append(f"{computed} food(s) gave no energy; computed as 4P + 9F + 4C")
    return UsdaImport(tuple(foods), tuple(skipped), tuple(warnings))


def _food(record: _Record, source: str, licence: str) -> Food:
    values = record.nutrients
    protein, fat, carbs = (values.get(n, 0.0) for n in MACRO_IDS)
    energy = next((values[n] for n in ENERGY_IDS if n in values), None)
    kcal = atwater_kcal(protein, fat, carbs) if energy is None else energy
    return Food(
        id=record.food_id,
        name=record.description,
        per_100g=Nutrients(kcal, protein, fat, carbs, values.get(FIBER, 0.0)),
        portions=tuple(record.portions),
        category=record.category,
        everyday=False,
        source=source,
        licence=licence,
        brand=record.brand,
    )


def _number(value: object, where: str, name: str, required: bool = True) -> float | None:
    """A non-negative number from a cell or JSON value; None when absent and not required."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise UsdaImportError(f"{where}, field '{name}': empty; a number is required")
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or number < 0:
        raise UsdaImportError(f"{where}, field '{name}': '{value}' is not a number of zero or more")
    return number


def _identifier(value: object, where: str, name: str) -> str:
    """A numeric id such as an fdc_id, without leading zeros."""
    text = str(value).strip() if value is not None else ""
    if not text.isdigit():
        raise UsdaImportError(f"{where}, field '{name}': '{text}' is not a whole-number id")
    return str(int(text))


def _portion(name: str, amount: float | None, grams: float | None) -> Portion | None:
    """A household measure per one unit ("cup" = 158 g from "0.5 cup = 79 g"); None if unusable."""
    if not name or not grams:
        return None
    per_one = grams / amount if amount else grams
    return Portion(name, round(per_one, 2))


def _portion_name(unit: str, modifier: str, description: str) -> str:
    unit = _UNIT_NAMES.get(unit.strip().lower(), unit.strip().lower())
    parts = [part for part in (unit, str(modifier).strip()) if part]
    name = ", ".join(parts) or str(description).strip()
    return name[2:].strip() if name.startswith("1 ") else name  # "1 cup" → "cup"


# --- FoodData Central CSV folder ----------------------------------------------------------------


def _header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return next(csv.reader(handle), [])


def _rows(path: Path, required: Iterable[str]) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows of a CSV file with where each one is ("food.csv row 7"); checks the columns first."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or ())]
        if missing:
            raise UsdaImportError(f"{path.name}: missing column(s) {', '.join(missing)}")
        for row in reader:
            if None in row:
                raise UsdaImportError(f"{path.name} row {reader.line_num}: more cells than columns")
            yield f"{path.name} row {reader.line_num}", row


def _import_fdc_csv(folder: Path) -> UsdaImport:
    for name in ("food.csv", "nutrient.csv", "food_nutrient.csv"):
        if not (folder / name).is_file():
            raise UsdaImportError(f"{folder}: {name} is missing from the FoodData Central folder")
    _check_nutrient_units(folder / "nutrient.csv")
    categories = _lookup(folder / "food_category.csv", "id", "description")
    records, repeated = _read_fdc_foods(folder / "food.csv", categories)
    warnings = [f"food.csv: {repeated} repeated fdc_id(s); kept the first"] if repeated else []
    warnings.extend(_read_fdc_nutrients(folder / "food_nutrient.csv", records))
    units = _lookup(folder / "measure_unit.csv", "id", "name")
    if (folder / "food_portion.csv").is_file():
        _read_fdc_portions(folder / "food_portion.csv", records, units)
    if (folder / "branded_food.csv").is_file():
        for _, row in _rows(folder / "branded_food.csv", ("fdc_id",)):
            if row["fdc_id"] in records:
                owner = row.get("brand_name") or row.get("brand_owner") or ""
                records[row["fdc_id"]].brand = owner.strip() or None
    result = _build(records.values(), "usda", FDC_LICENCE)
    return UsdaImport(result.foods, result.skipped, (*warnings, *result.warnings))


def _lookup(path: Path, key: str, value: str) -> dict[str, str]:
    if not path.is_file():
        return {}
    return {row[key]: row.get(value) or "" for _, row in _rows(path, (key, value))}


def _check_nutrient_units(path: Path) -> None:
    for where, row in _rows(path, ("id", "unit_name")):
        expected = EXPECTED_UNITS.get(int(_identifier(row["id"], where, "id")))
        if expected and row["unit_name"].strip().upper() != expected:
            unit = row["unit_name"]
            raise UsdaImportError(f"{where}, field 'unit_name': '{unit}' should be {expected}")


def _read_fdc_foods(path: Path, categories: dict[str, str]) -> tuple[dict[str, _Record], int]:
    records: dict[str, _Record] = {}
    repeated = 0
    for where, row in _rows(path, ("fdc_id", "description")):
        fdc_id = _identifier(row["fdc_id"], where, "fdc_id")
        if not row["description"].strip():
            raise UsdaImportError(f"{where}, field 'description': empty; a name is required")
        category_id = row.get("food_category_id") or ""
        category = categories.get(category_id) or row.get("data_type") or ""
        ref = f"{where} (fdc_id {fdc_id})"
        repeated += fdc_id in records
        records.setdefault(
            fdc_id, _Record(f"usda-{fdc_id}", row["description"].strip(), ref, category)
        )
    return records, repeated


def _read_fdc_nutrients(path: Path, records: dict[str, _Record]) -> Iterator[str]:
    unknown = 0
    for where, row in _rows(path, ("fdc_id", "nutrient_id", "amount")):
        nutrient = int(_identifier(row["nutrient_id"], where, "nutrient_id"))
        if nutrient not in WANTED_IDS:
            continue
        fdc_id = _identifier(row["fdc_id"], where, "fdc_id")
        amount = _number(row["amount"], where, "amount")
        record = records.get(fdc_id)
        if record is None:
            unknown += 1
        elif amount is not None:
            record.nutrients.setdefault(nutrient, amount)
    if unknown:
        yield f"{path.name}: {unknown} row(s) name a food that is not in food.csv; ignored"


def _read_fdc_portions(path: Path, records: dict[str, _Record], units: dict[str, str]) -> None:
    for where, row in _rows(path, ("fdc_id", "gram_weight")):
        record = records.get(_identifier(row["fdc_id"], where, "fdc_id"))
        grams = _number(row["gram_weight"], where, "gram_weight", required=False)
        amount = _number(row.get("amount"), where, "amount", required=False)
        unit = units.get(row.get("measure_unit_id") or "", "")
        name = _portion_name(unit, row.get("modifier") or "", row.get("portion_description") or "")
        portion = _portion(name, amount, grams)
        if record is not None and portion is not None:
            record.portions.append(portion)


# --- FoodData Central JSON ----------------------------------------------------------------------


def _import_fdc_json(path: Path) -> UsdaImport:
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise UsdaImportError(f"{path.name}: not valid JSON ({error})") from None
    key = next((k for k in JSON_LISTS if isinstance(document, dict) and k in document), None)
    if key is None or not isinstance(document[key], list):
        raise UsdaImportError(
            f"{path.name}: expected an object with a list under one of {JSON_LISTS}"
        )
    records = [
        _json_record(entry, f"{path.name} entry {i}") for i, entry in enumerate(document[key], 1)
    ]
    unique: dict[str, _Record] = {}
    for record in records:
        unique.setdefault(record.food_id, record)
    warnings = []
    if len(unique) < len(records):
        warnings.append(
            f"{path.name}: {len(records) - len(unique)} repeated fdcId(s); kept the first"
        )
    result = _build(unique.values(), "usda", FDC_LICENCE)
    return UsdaImport(result.foods, result.skipped, (*warnings, *result.warnings))


def _json_record(entry: Any, where: str) -> _Record:
    if not isinstance(entry, dict):
        raise UsdaImportError(f"{where}: expected an object")
    fdc_id = _identifier(entry.get("fdcId"), where, "fdcId")
    where = f"{where} (fdcId {fdc_id})"
    description = entry.get("description")
    if not isinstance(description, str) or not description.strip():
        raise UsdaImportError(f"{where}, field 'description': missing; a name is required")
    category = entry.get("foodCategory") or entry.get("brandedFoodCategory") or ""
    if isinstance(category, dict):
        category = category.get("description") or ""
    brand = entry.get("brandName") or entry.get("brandOwner") or None
    record = _Record(f"usda-{fdc_id}", description.strip(), where, str(category), brand)
    for i, item in enumerate(_json_list(entry, "foodNutrients", where)):
        _json_nutrient(item, where, f"foodNutrients[{i}]", record)
    for i, item in enumerate(_json_list(entry, "foodPortions", where)):
        _json_portion(item, where, f"foodPortions[{i}]", record)
    _json_serving(entry, where, record)
    return record


def _json_list(entry: dict[str, Any], key: str, where: str) -> list[Any]:
    value = entry.get(key) or []
    if not isinstance(value, list):
        raise UsdaImportError(f"{where}, field '{key}': expected a list")
    return value


def _json_nutrient(item: Any, where: str, path: str, record: _Record) -> None:
    nutrient = item.get("nutrient") if isinstance(item, dict) else None
    if not isinstance(nutrient, dict):
        raise UsdaImportError(f"{where}, field '{path}.nutrient': expected an object with an id")
    nutrient_id = int(_identifier(nutrient.get("id"), where, f"{path}.nutrient.id"))
    if nutrient_id in WANTED_IDS:
        amount = _number(item.get("amount"), where, f"{path}.amount", required=False)
        if amount is not None:
            record.nutrients.setdefault(nutrient_id, amount)


def _json_portion(item: Any, where: str, path: str, record: _Record) -> None:
    if not isinstance(item, dict):
        raise UsdaImportError(f"{where}, field '{path}': expected an object")
    grams = _number(item.get("gramWeight"), where, f"{path}.gramWeight", required=False)
    amount = _number(item.get("amount"), where, f"{path}.amount", required=False)
    unit = item.get("measureUnit") or {}
    unit_name = unit.get("name", "") if isinstance(unit, dict) else ""
    name = _portion_name(
        unit_name, item.get("modifier") or "", item.get("portionDescription") or ""
    )
    portion = _portion(name, amount, grams)
    if portion is not None:
        record.portions.append(portion)


def _json_serving(entry: dict[str, Any], where: str, record: _Record) -> None:
    """Branded foods give one serving ("1 bar" = 40 g) instead of portions."""
    size = _number(entry.get("servingSize"), where, "servingSize", required=False)
    unit = str(entry.get("servingSizeUnit") or "").strip().lower()
    if size and unit in ("g", "grm", "ml", "mlt"):
        name = _portion_name("", "", str(entry.get("householdServingFullText") or "")) or "serving"
        record.portions.insert(0, Portion(name, size))


# --- flat SR28 macros table ---------------------------------------------------------------------


def _import_sr28(path: Path) -> UsdaImport:
    records: dict[str, _Record] = {}
    repeated = 0
    for where, row in _rows(path, SR28_COLUMNS):
        ndb = row["ndb_no"].strip()
        if not ndb or not row["description"].strip():
            field_name = "ndb_no" if not ndb else "description"
            raise UsdaImportError(f"{where}, field '{field_name}': empty; a value is required")
        ref = f"{where} (ndb_no {ndb})"
        brand = (row.get("manufacturer") or "").strip() or None
        record = _Record(f"usda-sr28-{ndb}", row["description"].strip(), ref, "", brand)
        record.category = (row.get("food_group") or "").strip()
        for column, nutrient in (("energy_kcal", ENERGY_KCAL), ("protein_g", PROTEIN),
                                 ("fat_g", FAT), ("carbohydrate_g", CARBOHYDRATE),
                                 ("fiber_g", FIBER)):  # fmt: skip
            value = _number(row.get(column), where, column, required=False)
            if value is not None:
                record.nutrients[nutrient] = value
        repeated += record.food_id in records
        records.setdefault(record.food_id, record)
    result = _build(records.values(), "usda-sr28", SR28_LICENCE)
    warnings = [f"{path.name}: {repeated} repeated ndb_no(s); kept the first"] if repeated else []
    return UsdaImport(result.foods, result.skipped, (*warnings, *result.warnings))
