"""Food diaries from MyFitnessPal's nutrition summary and the generic CSV: meals read, empty
meals left out, renamed meals kept as snacks with a warning, bad rows named, duplicates
skipped on a second import (see tests/diary_files.py for the files)."""

from __future__ import annotations

from datetime import date

import pytest

from backstrong.adapters.files.nutrition.diary_files import read_diary
from backstrong.domain.errors import FieldError
from backstrong.domain.nutrition.diary import Meal
from backstrong.domain.nutrition.diary_import import (
    DiaryImportRejected,
    as_generic_csv,
    meal_key,
    plan_diary_import,
)
from tests.diary_files import GENERIC, MFP, MFP_SEMICOLONS_CP1252, MFP_WITH_A_BAD_ROW


def test_a_myfitnesspal_summary_gives_one_entry_per_meal_and_day():
    parsed = read_diary(MFP)
    assert parsed.source == "myfitnesspal" and not parsed.problems
    meals = {(e.day, e.meal): e.nutrients for e in parsed.entries}
    assert set(meals) == {
        (date(2026, 1, 5), Meal.BREAKFAST),
        (date(2026, 1, 5), Meal.LUNCH),
        (date(2026, 1, 5), Meal.DINNER),  # the empty snacks of that day are left out
        (date(2026, 1, 6), Meal.BREAKFAST),
        (date(2026, 1, 6), Meal.SNACKS),
    }
    breakfast = meals[(date(2026, 1, 5), Meal.BREAKFAST)]
    assert (breakfast.kcal, breakfast.fat_g, breakfast.carbohydrate_g) == (412.0, 14.2, 48.5)
    assert (breakfast.protein_g, breakfast.fiber_g) == (22.1, 6.0)
    assert meals[(date(2026, 1, 5), Meal.DINNER)].kcal == 1010.5  # "1,010.5", quoted
    # the renamed "Pre-workout" meal joins the day's snacks, and the reading says so
    assert meals[(date(2026, 1, 6), Meal.SNACKS)].kcal == 350.0
    assert [str(w) for w in parsed.warnings] == [
        "row 7, Meal 'Pre-workout': not breakfast, lunch, dinner or snacks: kept as snacks"
    ]
    assert parsed.entries[0].food_name == "MyFitnessPal breakfast"
    assert [e.meal for e in parsed.entries][:3] == [Meal.BREAKFAST, Meal.LUNCH, Meal.DINNER]


def test_semicolons_decimal_commas_and_windows_1252_are_read():
    parsed = read_diary(MFP_SEMICOLONS_CP1252)
    assert [(e.meal, e.nutrients.kcal, e.nutrients.fat_g) for e in parsed.entries] == [
        (Meal.BREAKFAST, 350.5, 10.5),
        (Meal.DINNER, 700.0, 25.0),
    ]


def test_unreadable_rows_refuse_the_file_naming_them_unless_skipped():
    parsed = read_diary(MFP_WITH_A_BAD_ROW)
    assert [str(p) for p in parsed.problems] == [
        "row 3, Date '05/01/2026': a date like 2026-01-05",
        "row 4, Calories 'lots': a number from 0 to 20,000",
    ]
    with pytest.raises(DiaryImportRejected) as refused:
        plan_diary_import(parsed, ())
    assert "2 row(s) could not be read, nothing was imported" in str(refused.value)
    plan = plan_diary_import(parsed, (), skip_invalid=True)
    assert plan.added_count == 2 and len(plan.skipped_rows) == 2


def test_a_meal_imported_before_is_a_duplicate_and_the_carried_csv_reads_back():
    parsed = read_diary(MFP)
    first = plan_diary_import(parsed, ())
    again = plan_diary_import(parsed, {meal_key(e) for e in first.new})
    assert (again.added_count, again.duplicate_count) == (0, first.added_count)
    assert (first.day_count, first.first, first.last) == (2, date(2026, 1, 5), date(2026, 1, 6))
    carried = read_diary(as_generic_csv(first.new).encode(), "generic")
    assert carried.entries == first.new  # names ("MyFitnessPal …") and numbers kept


def test_the_generic_layout_and_files_of_no_known_layout():
    parsed = read_diary(GENERIC)
    assert parsed.source == "generic"
    assert [(e.meal, e.nutrients.kcal) for e in parsed.entries] == [
        (Meal.BREAKFAST, 300.0),
        (Meal.LUNCH, 500.0),
    ]
    with pytest.raises(FieldError) as unknown:
        read_diary(b"Exercise,Calories Burned\nRun,300\n")
    assert "not a known food diary layout" in str(unknown.value)
    with pytest.raises(FieldError) as bad_format:
        read_diary(GENERIC, "loseit")
    assert "format 'loseit'" in str(bad_format.value)


def test_cronometer_servings_add_up_to_one_entry_per_meal():
    from tests.diary_files import CRONOMETER

    parsed = read_diary(CRONOMETER)
    assert parsed.source == "cronometer" and not parsed.problems
    meals = {e.meal: e for e in parsed.entries}
    assert set(meals) == {Meal.BREAKFAST, Meal.LUNCH, Meal.SNACKS}
    breakfast = meals[Meal.BREAKFAST].nutrients  # oats and milk together
    assert (breakfast.kcal, round(breakfast.protein_g, 1), round(breakfast.fat_g, 1)) == (
        356.0,
        16.2,
        9.1,
    )
    assert meals[Meal.LUNCH].food_name == "Cronometer lunch"
    assert [w.value for w in parsed.warnings] == ["Uncategorized"]  # the apple, kept as snacks
