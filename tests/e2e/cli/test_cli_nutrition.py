"""`backstrong calories`, `eat` and `nutrition`: the target, the diary and the profile."""

from __future__ import annotations

import json

PERSON = (
    "--sex",
    "female",
    "--age",
    "35",
    "--height",
    "5 ft 4 in",
    "--weight",
    "150 lb",
    "--activity",
    "light",
)


def _set_up(cli) -> None:
    assert (
        cli(
            "nutrition",
            "profile",
            "set",
            "--sex",
            "male",
            "--age",
            "40",
            "--height",
            "180 cm",
            "--activity",
            "moderate",
            "--goal",
            "lose-1",
        ).exit_code
        == 0
    )
    assert cli("weigh", "90 kg").exit_code == 0


def test_calories_target_prints_the_documented_json(cli):
    result = cli("calories", "target", *PERSON, "--goal", "lose-1", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    for key in ("bmr_kcal", "tdee_kcal", "target_kcal", "floor_applied", "warnings", "macros"):
        assert key in data
    assert set(data["macros"]) == {"protein_g", "fat_g", "carbohydrate_g"}
    assert data["target_kcal"] == data["tdee_kcal"] - 500


def test_a_goal_under_the_floor_is_raised_to_it_unless_overridden(cli):
    floored = json.loads(cli("calories", "target", *PERSON, "--goal", "lose-2", "--json").stdout)
    assert floored["floor_applied"] is True and floored["target_kcal"] == 1200
    assert any("1,200" in warning for warning in floored["warnings"])
    override = cli(
        "calories", "target", *PERSON, "--goal", "lose-2", "--allow-below-floor", "--json"
    )
    assert json.loads(override.stdout)["target_kcal"] < 1200


def test_a_bad_height_names_the_field_the_value_and_the_rule(cli):
    result = cli(
        "calories",
        "target",
        "--sex",
        "female",
        "--age",
        "35",
        "--height",
        "5 ft 14 in",
        "--weight",
        "150 lb",
        "--activity",
        "light",
    )
    assert result.exit_code == 2
    assert "height '5 ft 14 in': inches must be below 12" in result.stderr


def test_missing_fields_come_from_the_profile_or_are_named(cli):
    missing = cli("calories", "target")
    assert missing.exit_code == 2
    assert "--sex" in missing.stderr and "profile set" in missing.stderr
    _set_up(cli)
    data = json.loads(cli("calories", "target", "--json").stdout)
    assert data["target_kcal"] == data["tdee_kcal"] - 500


def test_the_profile_needs_the_basics_first_and_then_takes_changes(cli):
    first = cli("nutrition", "profile", "set", "--sex", "male")
    assert first.exit_code == 2
    assert "age" in first.stderr and "height" in first.stderr
    _set_up(cli)
    assert cli("nutrition", "profile", "set", "--goal", "maintain", "--protein", "2").exit_code == 0
    shown = json.loads(cli("nutrition", "profile", "show", "--json").stdout)
    assert shown["goal"] == "maintain" and shown["protein_g_per_kg"] == 2.0
    assert shown["sex"] == "male" and shown["height_cm"] == 180.0


def test_the_profile_takes_a_due_date_and_breastfeeding(cli):
    from datetime import date, timedelta

    _set_up(cli)
    due = (date.today() + timedelta(weeks=10)).isoformat()
    saved = cli("nutrition", "profile", "set", "--sex", "female", "--due-date", due, "--json")
    assert saved.exit_code == 0 and json.loads(saved.stdout)["due_date"] == due
    bad = cli("nutrition", "profile", "set", "--due-date", "next spring")
    assert bad.exit_code == 2 and "due_date 'next spring'" in bad.stderr
    cleared = cli("nutrition", "profile", "set", "--due-date", "none", "--breastfeeding", "--json")
    shown = json.loads(cleared.stdout)
    assert shown["due_date"] is None and shown["breastfeeding"] is True


def test_eating_logs_a_food_and_today_totals_it_against_the_target(cli):
    _set_up(cli)
    entry = json.loads(cli("eat", "2 eggs", "--meal", "breakfast", "--json").stdout)
    assert entry["food_id"] == "egg-whole" and entry["grams"] == 100.0 and entry["text"] == "2 eggs"
    assert cli("eat", "150 g chicken breast", "--meal", "lunch").exit_code == 0
    day = json.loads(cli("nutrition", "today", "--json").stdout)
    meals = {m["meal"]: m for m in day["meals"]}
    assert [e["food_id"] for e in meals["breakfast"]["entries"]] == ["egg-whole"]
    assert meals["lunch"]["total"]["kcal"] > 200
    by_meal = meals["breakfast"]["total"]["kcal"] + meals["lunch"]["total"]["kcal"]
    assert abs(day["total"]["kcal"] - by_meal) <= 1  # each figure is rounded on its own
    assert day["remaining_kcal"] == day["target_kcal"] - day["total"]["kcal"]


def test_an_unreadable_line_says_where_and_stores_nothing(cli):
    result = cli("eat", "2 blorps", "--json")
    assert result.exit_code == 2
    assert "no food matches 'blorps'" in result.stderr
    day = json.loads(cli("nutrition", "today", "--json").stdout)
    assert day["total"]["kcal"] == 0


def test_a_bad_meal_or_date_is_refused(cli):
    assert "meal 'brunch'" in cli("eat", "1 banana", "--meal", "brunch").stderr
    assert "date 'someday'" in cli("eat", "1 banana", "--date", "someday").stderr


def test_entries_go_to_the_given_day_and_can_be_removed(cli):
    entry = json.loads(cli("eat", "1 banana", "--date", "2026-01-02", "--json").stdout)
    assert entry["date"] == "2026-01-02"
    other_day = json.loads(cli("nutrition", "today", "--date", "2026-01-02", "--json").stdout)
    assert other_day["total"]["kcal"] == entry["kcal"]
    assert cli("nutrition", "remove", str(entry["id"])).exit_code == 0
    again = cli("nutrition", "remove", str(entry["id"]))
    assert again.exit_code == 2 and "not found" in again.stderr


def test_a_day_can_be_marked_complete_or_incomplete(cli):
    cli("eat", "1 banana", "--date", "2026-01-02")
    past = json.loads(cli("nutrition", "today", "--date", "2026-01-02", "--json").stdout)
    assert past["complete"] is True and past["marked"] is None
    marked = cli("nutrition", "today", "--date", "2026-01-02", "--incomplete", "--json")
    assert json.loads(marked.stdout)["complete"] is False
    assert cli("nutrition", "close-day", "--date", "2026-01-02").exit_code == 0
    closed = json.loads(cli("nutrition", "today", "--date", "2026-01-02", "--json").stdout)
    assert closed["complete"] is True and closed["marked"] is True


def test_one_line_logs_several_foods(cli):
    entries = json.loads(cli("eat", "2 eggs, 1 coffee with milk", "--json").stdout)
    assert [e["food_id"] for e in entries][:2] == ["egg-whole", "coffee"]
    assert len(entries) == 3 and entries[2]["food_name"].startswith("Milk")


def test_an_unknown_part_names_the_closest_foods_or_asks_at_a_terminal(cli, monkeypatch):
    refused = cli("eat", "2 eggs, 1 slice of rye butter toast")
    assert refused.exit_code == 2 and "closest foods: " in refused.stderr
    assert json.loads(cli("nutrition", "today", "--json").stdout)["total"]["kcal"] == 0
    from backstrong.entrypoints.cli.nutrition import view

    monkeypatch.setattr(view, "interactive", lambda: True)
    asked = cli("eat", "2 eggs, 1 slice of rye butter toast", input="1\n")
    assert asked.exit_code == 0, asked.stderr
    assert "Closest foods:" in asked.stdout and asked.stdout.count("Logged #") == 2


def test_quick_add_and_copy_log_calories_and_an_earlier_day_again(cli):
    added = cli("nutrition", "quick-add", "350", "--label", "cake at work", "--meal", "snacks",
                "--date", "2026-11-30", "--json")  # fmt: skip
    assert added.exit_code == 0, added.stderr
    [entry] = json.loads(added.stdout)
    assert entry["food_name"] == "cake at work" and entry["kcal"] == 350
    assert cli("eat", "2 eggs", "--meal", "breakfast", "--date", "2026-11-30").exit_code == 0
    copied = cli("nutrition", "copy", "--from", "2026-11-30", "--date", "2026-12-01",
                 "--meal", "breakfast", "--json")  # fmt: skip
    assert copied.exit_code == 0, copied.stderr
    assert [e["food_name"] for e in json.loads(copied.stdout)] == ["Egg, whole, raw"]
    nothing = cli("nutrition", "copy", "--from", "2026-11-01")
    assert nothing.exit_code != 0 and "nothing logged" in nothing.stderr


def test_a_recipe_is_added_logged_by_the_serving_changed_and_deleted(cli):
    added = cli("food", "recipe", "add", "my porridge", "--servings", "2",
                "--item", "80 g oats", "--item", "250 ml milk", "--json")  # fmt: skip
    assert added.exit_code == 0, added.stderr
    recipe = json.loads(added.stdout)
    eaten = cli("eat", "1 serving of my porridge", "--json")
    assert eaten.exit_code == 0, eaten.stderr
    assert json.loads(eaten.stdout)["food_id"] == recipe["food_id"]
    changed = cli("food", "recipe", "edit", recipe["food_id"], "--servings", "4")
    assert changed.exit_code == 0 and "4 serving(s)" in changed.stdout
    assert "my porridge" in cli("food", "recipe", "list").stdout
    bad = cli("food", "recipe", "add", "odd", "--item", "2 zorblax")
    assert bad.exit_code != 0 and "zorblax" in bad.stderr
    assert cli("food", "recipe", "delete", recipe["food_id"]).exit_code == 0
    assert cli("food", "recipe", "show", recipe["food_id"]).exit_code != 0
