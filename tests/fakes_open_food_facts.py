"""A stand-in for Open Food Facts: answers from a dict, or is offline. Never touches the network."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from backstrong.domain.nutrition.barcodes import (
    OPEN_FOOD_FACTS_LICENCE,
    OPEN_FOOD_FACTS_SOURCE,
    product_food_id,
)
from backstrong.domain.nutrition.foods import Food, Portion
from backstrong.domain.nutrition.nutrients import Nutrients
from backstrong.services.ports.open_food_facts import LookupUnavailable, ProductLookup

if TYPE_CHECKING:
    from backstrong.bootstrap import Container

OAT_BAR = "5000112637922"
CRISPBREAD = "73105906"


def off_food(barcode: str, name: str, per_100g: Nutrients, serving_g: float | None = None,
             brand: str | None = None) -> Food:  # fmt: skip
    return Food(
        id=product_food_id(barcode),
        name=name,
        per_100g=per_100g,
        portions=() if serving_g is None else (Portion("serving", serving_g),),
        category="packaged",
        source=OPEN_FOOD_FACTS_SOURCE,
        licence=OPEN_FOOD_FACTS_LICENCE,
        brand=brand,
    )


def known_products() -> dict[str, Food]:
    return {
        OAT_BAR: off_food(OAT_BAR, "Oat bar", Nutrients(420, 8, 15, 60, 6), 40, "Hafer & Co"),
        CRISPBREAD: off_food(CRISPBREAD, "Rye crispbread", Nutrients(350, 9, 1.5, 65, 18)),
    }


class FakeOpenFoodFacts(ProductLookup):
    def __init__(self, products: dict[str, Food] | None = None, online: bool = True) -> None:
        self.products = known_products() if products is None else products
        self.online = online
        self.asked: list[str] = []

    def product(self, barcode: str) -> Food | None:
        self.asked.append(barcode)
        if not self.online:
            raise LookupUnavailable("no connection")
        return self.products.get(barcode)


def put_behind(
    container: Container, fake: FakeOpenFoodFacts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Make ``fake`` the container's Open Food Facts and rebuild the services that hold it
    (a session-wide container may have built them around another one already)."""
    monkeypatch.setattr(container, "open_food_facts", fake)
    for service in ("nutrition", "body"):
        monkeypatch.delitem(container.__dict__, service, raising=False)
