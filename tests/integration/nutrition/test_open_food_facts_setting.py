"""BACKSTRONG_OPEN_FOOD_FACTS=off reaches the app: its barcode look-ups never go online."""

from __future__ import annotations

from backstrong.adapters.http.open_food_facts import OfflineLookups
from backstrong.bootstrap import Container
from tests.conftest import make_settings


def test_the_app_asks_nobody_online_when_the_setting_is_off(tmp_path):
    off = Container(make_settings(tmp_path, open_food_facts="off"), fast_password_hashing=True)
    on = Container(make_settings(tmp_path), fast_password_hashing=True)
    assert isinstance(off.open_food_facts, OfflineLookups)
    assert not isinstance(on.open_food_facts, OfflineLookups)
