"""What the barcode look-up needs: the Open Food Facts service itself (online, may be away) and
the shared cache of products already looked up (public data, so not per person)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from backstrong.domain.nutrition.foods import Food
from backstrong.services.errors import NotFound


class LookupUnavailable(Exception):
    """Open Food Facts could not be asked: no connection, a time-out or a server error."""


class LookupsTurnedOff(LookupUnavailable):
    """Online look-ups are turned off on this server (BACKSTRONG_OPEN_FOOD_FACTS=off)."""


class UnusableProduct(NotFound):
    """Open Food Facts knows the product but not well enough to log it (no energy, say): as good
    as not found. The message says why and what to do instead."""

    def __init__(self, message: str) -> None:
        super().__init__("product", None)
        self.args = (message,)


class ProductLookup(Protocol):
    def product(self, barcode: str) -> Food | None:
        """The product as a food with values per 100 g; None when Open Food Facts does not
        know the barcode. Raises :class:`LookupUnavailable` or :class:`UnusableProduct`."""
        ...


@dataclass(frozen=True, slots=True)
class CachedProduct:
    barcode: str
    food: Food
    fetched_at: datetime


class OpenFoodFactsProducts(Protocol):
    """Products looked up before, shared by everyone (they are public data)."""

    def get(self, barcode: str) -> CachedProduct | None: ...

    def save(self, product: CachedProduct) -> None:
        """Store the product, replacing an older copy of the same barcode."""
        ...
