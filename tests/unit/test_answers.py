"""Yes/no answers read the same in the program intake and the nutrition profile."""

from __future__ import annotations

import pytest

from backstrong.domain.answers import yes_or_no
from backstrong.domain.errors import FieldError
from backstrong.services.nutrition.profile import _flag


@pytest.mark.parametrize(
    ("typed", "meant"),
    [(True, True), (False, False), ("Yes", True), (" y ", True), ("TRUE", True), ("1", True),
     ("on", True), ("no", False), ("N", False), ("false", False), ("0", False), ("Off", False),
     ("maybe", None), ("", None), (2, None), (None, None)],
)  # fmt: skip
def test_yes_or_no_reads_what_people_type(typed: object, meant: bool | None) -> None:
    assert yes_or_no(typed) is meant


def test_the_nutrition_profile_refuses_what_is_neither_naming_the_field() -> None:
    assert _flag("pregnant", "Y") is True
    with pytest.raises(FieldError) as refused:
        _flag("pregnant", "maybe")
    assert refused.value.field == "pregnant"
    assert "yes or no" in str(refused.value)
