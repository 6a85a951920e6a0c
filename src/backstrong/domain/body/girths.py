"""Girths people type beside a weigh-in: "waist=84", "waist=84 cm", "hips=40 in"."""

from __future__ import annotations

import re

from backstrong.domain.body.trend import Girth
from backstrong.domain.nutrition.measurements import InvalidInput, check_between
from backstrong.domain.units import convert

# Plausible adult girths (*convention*): a wrist is ~15 cm, a large waist ~200 cm.
GIRTH_MIN_CM = 10.0
GIRTH_MAX_CM = 250.0
_GIRTH = re.compile(
    r"\s*(?P<site>[a-z][a-z -]{0,30}?)\s*[=:]\s*(?P<number>\d+(?:[.,]\d+)?)"
    r"\s*(?P<unit>cm|in|inch|inches|\")?\s*",
    re.IGNORECASE,
)
_HELP = "write site=size, e.g. 'waist=84' (cm) or 'waist=33 in'"


def parse_girth(text: str) -> Girth:
    match = _GIRTH.fullmatch(text)
    if match is None:
        raise InvalidInput("girth", text, _HELP)
    number = float(match["number"].replace(",", "."))
    unit = (match["unit"] or "cm").lower()
    centimetres = number if unit == "cm" else convert(number, "inch", "centimeter")
    accepted = f"give a size from {GIRTH_MIN_CM:g} to {GIRTH_MAX_CM:g} cm"
    check_between("girth", text, centimetres, GIRTH_MIN_CM, GIRTH_MAX_CM, accepted)
    return Girth(match["site"].strip().lower(), round(centimetres, 1))
