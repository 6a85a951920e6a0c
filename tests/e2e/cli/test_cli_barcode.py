"""`backstrong food barcode` and `eat --barcode` against a fake Open Food Facts (no network);
and the day's training energy in `nutrition today`."""

from __future__ import annotations

import json

import pytest

from backstrong.bootstrap import Container
from tests.fakes_open_food_facts import CRISPBREAD, OAT_BAR, FakeOpenFoodFacts

ATTRIBUTION = "Data from Open Food Facts, ODbL"


@pytest.fixture
def off(monkeypatch):
    fake = FakeOpenFoodFacts()
    monkeypatch.setattr(Container, "open_food_facts", property(lambda self: fake))
    return fake


def test_food_barcode_shows_the_product_with_its_attribution_and_caches_it(cli, off):
    shown = cli("food", "barcode", OAT_BAR)
    assert shown.exit_code == 0, shown.stderr
    assert "Oat bar (Hafer & Co)" in shown.stdout and "420 kcal" in shown.stdout
    assert "One serving: 40 g, 168 kcal" in shown.stdout
    assert ATTRIBUTION in shown.stdout
    off.online = False
    cached = cli("food", "barcode", OAT_BAR, "--json")
    assert cached.exit_code == 0, cached.stderr
    data = json.loads(cached.stdout)
    assert data["from_cache"] is True and data["attribution"] == ATTRIBUTION
    assert data["licence"] == "ODbL 1.0 (database), DbCL (contents)"
    assert off.asked == [OAT_BAR]


def test_offline_unknown_or_bad_barcodes_fail_with_a_message_not_a_traceback(cli, off):
    bad = cli("food", "barcode", "12-34")
    assert bad.exit_code == 2
    assert "barcode '12-34': 4 digits; give the 8 to 14 digits" in bad.stderr
    unknown = cli("food", "barcode", "4006381333931")
    assert unknown.exit_code == 2 and "not found in Open Food Facts" in unknown.stderr
    off.online = False
    offline = cli("food", "barcode", CRISPBREAD)
    assert offline.exit_code == 2
    assert "Open Food Facts could not be reached (no connection)" in offline.stderr


def test_eat_by_barcode_logs_grams_servings_or_one_serving(cli, off):
    grams = cli("eat", "--barcode", CRISPBREAD, "--grams", "25", "--meal", "lunch", "--json")
    assert grams.exit_code == 0, grams.stderr
    entry = json.loads(grams.stdout)
    assert entry["grams"] == 25 and entry["kcal"] == 88 and entry["meal"] == "lunch"
    assert entry["attribution"] == ATTRIBUTION and entry["product"]["barcode"] == CRISPBREAD
    two = cli("eat", "2 servings", "--barcode", OAT_BAR, "--meal", "snacks")
    assert two.exit_code == 0, two.stderr
    assert "Oat bar (Hafer & Co), 2 servings (80 g) — 336 kcal" in two.stdout
    assert ATTRIBUTION in two.stdout
    day = json.loads(cli("nutrition", "today", "--json").stdout)
    assert day["total"]["kcal"] == 88 + 336
    text = cli("nutrition", "today").stdout
    assert ATTRIBUTION in text


def test_eat_needs_words_or_a_barcode(cli, off):
    nothing = cli("eat")
    assert nothing.exit_code == 2 and "text: say what you ate" in nothing.stderr
    grams_alone = cli("eat", "--grams", "30")
    assert grams_alone.exit_code == 2 and "grams: only with --barcode" in grams_alone.stderr
    no_serving = cli("eat", "--barcode", CRISPBREAD)
    assert no_serving.exit_code == 2 and "no serving size; give the grams" in no_serving.stderr


def test_nutrition_today_shows_the_training_energy_and_adds_it_when_asked(cli):
    profile = ("nutrition", "profile", "set", "--sex", "male", "--age", "40", "--height",
               "180 cm", "--activity", "light")  # fmt: skip
    assert cli(*profile).exit_code == 0
    assert cli("weigh", "80 kg", "--date", "yesterday").exit_code == 0
    assert cli("log", "bridge 3x10").exit_code == 0
    day = json.loads(cli("nutrition", "today", "--json").stdout)
    training = day["training_kcal"]
    assert (training["gross"], training["net"], training["added_to_budget"]) == (16, 12, False)
    [session] = training["sessions"]
    assert session["duration_from"] == "sets" and session["minutes"] == 3.5
    assert session["exercises"][0]["met"] == 3.5 and session["exercises"][0]["met_code"]
    text = cli("nutrition", "today").stdout
    assert "Training: 1 session, 16 kcal (12 kcal above rest, at 80.0 kg)." in text
    assert "Not added to the target" in text
    assert cli("nutrition", "profile", "set", "--add-training-energy").exit_code == 0
    added = json.loads(cli("nutrition", "today", "--json").stdout)
    assert added["training_kcal"]["added_to_budget"] is True
    assert added["target_kcal"] - day["target_kcal"] in (11, 12)  # 11.7 kcal, both rounded
