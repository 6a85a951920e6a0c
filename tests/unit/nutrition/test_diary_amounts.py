"""The amount at the start of a diary line: numbers, words, fractions and units."""

from __future__ import annotations

import pytest

from backstrong.domain.nutrition.amounts import read_amount


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "food"),
    [
        ("2 eggs", 2, None, "eggs"),
        ("banana", 1, None, "banana"),
        ("half an avocado", 0.5, None, "avocado"),
        ("a dozen eggs", 12, None, "eggs"),
        ("a couple of eggs", 2, None, "eggs"),
        ("three quarters of a pizza", 0.75, None, "pizza"),
        ("1 1/2 cups milk", 1.5, "cup", "milk"),
        ("3/4 cup oats", 0.75, "cup", "oats"),
        ("1½ cups rice", 1.5, "cup", "rice"),
        ("200ml milk", 200, "ml", "milk"),
        ("33cl beer", 33, "cl", "beer"),
        ("8 fl oz milk", 8, "fl oz", "milk"),
        ("8 fl. oz milk", 8, "fl oz", "milk"),
        ("2 Tablespoons honey", 2, "tbsp", "honey"),
        ("1,5 kg potatoes", 1.5, "kg", "potatoes"),
        ("3 oz of salmon", 3, "oz", "salmon"),
        ("cup of tea", 1, "cup", "tea"),
        ("pound cake", 1, None, "pound cake"),
        ("2 x banana", 2, None, "banana"),
    ],
)
def test_quantity_unit_and_where_the_food_starts(text, quantity, unit, food):
    amount = read_amount(text)

    assert amount.quantity == pytest.approx(quantity)
    assert (amount.unit.symbol if amount.unit else None) == unit
    assert text[amount.food_start :].strip() == food


def test_a_line_without_a_number_is_not_counted():
    assert not read_amount("banana").counted
    assert read_amount("a banana").counted
