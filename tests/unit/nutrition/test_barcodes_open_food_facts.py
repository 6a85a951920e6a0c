"""Open Food Facts products read into foods, and the SDK client, without touching the network."""

from __future__ import annotations

import copy

import pytest
import requests
from hypothesis import given
from hypothesis import strategies as st

from backstrong.adapters.http import open_food_facts as off
from backstrong.domain.nutrition.barcodes import (
    OPEN_FOOD_FACTS_LICENCE,
    OPEN_FOOD_FACTS_SOURCE,
    parse_barcode,
    product_amount,
)
from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.measurements import InvalidInput
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.services.ports.open_food_facts import LookupUnavailable, UnusableProduct

BARCODE = "3017620422003"
# The shape of GET https://world.openfoodfacts.org/api/v2/product/<code>?fields=... (API v2).
RESPONSE = {
    "code": BARCODE,
    "status": 1,
    "status_verbose": "product found",
    "product": {
        "code": BARCODE,
        "product_name": "Hazelnut spread with cocoa",
        "brands": "Ferrero,Nutella",
        "serving_size": "15 g",
        "serving_quantity": 15,
        "serving_quantity_unit": "g",
        "nutriments": {
            "energy-kcal_100g": 539,
            "energy-kcal_unit": "kcal",
            "energy_100g": 2252,
            "energy_unit": "kJ",
            "proteins_100g": 6.3,
            "fat_100g": 30.9,
            "saturated-fat_100g": 10.6,
            "carbohydrates_100g": 57.5,
            "sugars_100g": 56.3,
            "fiber_100g": 0,
            "salt_100g": 0.107,
        },
    },
}


def product(**changes: object) -> dict:
    data = copy.deepcopy(RESPONSE["product"])
    data.update(changes)
    return data


def nutriments(**changes: object) -> dict:
    values = copy.deepcopy(RESPONSE["product"]["nutriments"])
    for key, value in changes.items():
        key = key.replace("__", "-")
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
    return values


def test_a_product_becomes_a_food_per_100_g_with_its_brand_serving_and_licence():
    food = off.food_from_product(BARCODE, RESPONSE["product"])
    assert food.id == f"off:{BARCODE}"
    assert (food.name, food.brand) == ("Hazelnut spread with cocoa", "Ferrero")
    assert food.per_100g == Nutrients(539, 6.3, 30.9, 57.5, 0)
    assert food.portion("serving").grams == 15
    assert (food.source, food.licence) == (OPEN_FOOD_FACTS_SOURCE, OPEN_FOOD_FACTS_LICENCE)
    assert food.source == "open-food-facts"
    assert food.licence == "ODbL 1.0 (database), DbCL (contents)"


def test_without_kcal_the_energy_in_kilojoules_is_converted():
    data = product(nutriments=nutriments(energy__kcal_100g=None))
    food = off.food_from_product(BARCODE, data)
    assert food.per_100g.kcal == pytest.approx(2252 / 4.184)  # 1 kcal = 4.184 kJ


def test_without_any_energy_the_macros_give_it():
    data = product(nutriments=nutriments(energy__kcal_100g=None, energy_100g=None))
    food = off.food_from_product(BARCODE, data)
    assert food.per_100g.kcal == pytest.approx(4 * 6.3 + 9 * 30.9 + 4 * 57.5)


def test_numbers_given_as_text_with_a_decimal_comma_are_read():
    data = product(nutriments=nutriments(proteins_100g="6,3", energy__kcal_100g="539"))
    assert off.food_from_product(BARCODE, data).per_100g.protein_g == pytest.approx(6.3)


def test_a_serving_only_written_in_words_is_read_from_the_text():
    data = product(serving_quantity=None, serving_size="1 bar (40 g)")
    assert off.food_from_product(BARCODE, data).portion("serving").grams == 40
    none = product(serving_quantity=None, serving_size="1 bar")
    assert off.food_from_product(BARCODE, none).portions == ()


def test_a_product_without_a_name_is_called_by_its_barcode():
    data = product(product_name="", brands="")
    food = off.food_from_product(BARCODE, data)
    assert (food.name, food.brand) == (f"Product {BARCODE}", None)


def test_a_product_without_energy_or_macros_cannot_be_logged_and_says_why():
    with pytest.raises(UnusableProduct, match=f"barcode '{BARCODE}': .*no energy per 100 g"):
        off.food_from_product(BARCODE, product(nutriments={"salt_100g": 1.0}))


def test_nutrition_facts_that_cannot_be_right_are_refused():
    data = product(nutriments=nutriments(carbohydrates_100g=95, fat_100g=40))
    with pytest.raises(UnusableProduct, match="do not add up"):
        off.food_from_product(BARCODE, data)
    with pytest.raises(UnusableProduct):
        off.food_from_product(BARCODE, product(nutriments=nutriments(proteins_100g=-3)))


class FakeHttp:
    """Stands in for the SDK's requests session: records the call, answers or fails."""

    def __init__(self, answer: object = None, status: int = 200, error: Exception | None = None):
        self.answer, self.status, self.error = answer, status, error
        self.calls: list[dict] = []

    def request(self, **kwargs):
        self.calls.append(kwargs)
        if self.error is not None:
            raise self.error
        return self

    @property
    def status_code(self) -> int:
        return self.status

    def raise_for_status(self) -> None:
        if self.status >= 400:
            raise requests.HTTPError(response=self)  # type: ignore[arg-type]

    def json(self):
        return self.answer


@pytest.fixture
def http(monkeypatch):
    fake = FakeHttp(RESPONSE)
    monkeypatch.setattr(off.import_sdk(), "http_session", fake)
    return fake


def test_loading_the_sdk_leaves_the_csv_field_limit_alone():
    import csv

    before = csv.field_size_limit()
    off.import_sdk()
    assert csv.field_size_limit() == before


def test_the_client_asks_the_v2_api_with_a_user_agent_and_a_short_time_out(http):
    food = off.OpenFoodFactsClient().product(BARCODE)
    assert food is not None and food.name == "Hazelnut spread with cocoa"
    [call] = http.calls
    assert f"/api/v2/product/{BARCODE}" in call["url"]
    assert call["headers"]["User-Agent"].startswith("Backstrong/")
    assert call["headers"]["User-Agent"].endswith("(self-hosted)")
    assert call["timeout"] == 5


def test_an_unknown_barcode_is_none(http):
    http.status = 404
    assert off.OpenFoodFactsClient().product("00000000") is None
    http.status, http.answer = 200, {"status": 0, "status_verbose": "product not found"}
    assert off.OpenFoodFactsClient().product("00000000") is None


@pytest.mark.parametrize(
    ("error", "status", "reason"),
    [
        (requests.ConnectionError("no route to host"), 200, "no connection"),
        (requests.Timeout("read timed out"), 200, "no answer within 5 s"),
        (None, 502, "error 502"),
    ],
)
def test_offline_slow_or_failing_service_is_unavailable_not_a_crash(http, error, status, reason):
    http.error, http.status = error, status
    with pytest.raises(LookupUnavailable, match=reason):
        off.OpenFoodFactsClient().product(BARCODE)


def test_barcodes_keep_their_digits_and_drop_spaces_and_dashes():
    assert parse_barcode(" 3017620 422003 ") == BARCODE
    assert parse_barcode("5-000112-637922") == "5000112637922"


@pytest.mark.parametrize("text", ["301762042200X", "1234567", "123456789012345", "", "١٢٣٤٥٦٧٨"])
def test_a_bad_barcode_names_the_field_the_value_and_what_is_accepted(text):
    with pytest.raises(InvalidInput) as caught:
        parse_barcode(text)
    message = str(caught.value)
    assert message.startswith(f"barcode '{text}': ")
    assert "8 to 14 digits" in message


@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_only_8_to_14_digits_are_barcodes(digits):
    if 8 <= len(digits) <= 14:
        assert parse_barcode(digits) == digits
    else:
        with pytest.raises(InvalidInput):
            parse_barcode(digits)


SPREAD = Food("off:1", "Spread", Nutrients(539, 6.3, 30.9, 57.5), (Portion("serving", 15),))


def test_the_amount_eaten_is_grams_a_weight_or_servings():
    assert product_amount(SPREAD) == (15, "1 serving (15 g)")
    assert product_amount(SPREAD, grams=40) == (40, "40 g")
    assert product_amount(SPREAD, "2 servings") == (30, "2 servings (30 g)")
    assert product_amount(SPREAD, "1.5")[0] == pytest.approx(22.5)
    assert product_amount(SPREAD, "50 g") == (50, "50 g")
    with pytest.raises(InvalidInput, match="amount '2 spoons'"):
        product_amount(SPREAD, "2 spoons")


def test_a_product_without_a_serving_needs_grams():
    plain = Food("off:2", "Oats", Nutrients(370, 13, 7, 60))
    with pytest.raises(InvalidInput, match="no serving size; give the grams"):
        product_amount(plain)
    assert product_amount(plain, grams=60) == (60, "60 g")
