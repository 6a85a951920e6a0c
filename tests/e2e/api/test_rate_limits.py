"""Per-address limits on sign-up, token creation and the open calculators, counted in the
database so two app processes over one database share them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backstrong.bootstrap import Container
from tests.conftest import make_settings
from tests.e2e.conftest import PASSWORD, make_client

PERSON = {"sex": "female", "age": 40, "height": "170 cm", "weight": "70 kg", "activity": "light"}


@pytest.fixture
def limited(tmp_path: Path, migrated_sqlite_template: Path):
    shutil.copy(migrated_sqlite_template, tmp_path / "backstrong.sqlite3")

    def build() -> Container:
        settings = make_settings(tmp_path, signups_per_minute=2, open_requests_per_minute=3)
        return Container(settings, fast_password_hashing=True)

    return build


def _sign_up(client, n: int):
    body = {"email": f"p{n}@example.org", "password": PASSWORD}
    return client.post("/api/v1/users", json=body)


def test_sign_ups_past_the_limit_get_429_with_retry_after_in_every_worker(limited):
    with make_client(limited()) as one, make_client(limited()) as two:
        assert _sign_up(one, 1).status_code == 201
        assert _sign_up(two, 2).status_code == 201
        refused = _sign_up(one, 3)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "60"
        assert _sign_up(two, 4).status_code == 429


def test_the_open_calculator_is_limited_per_address(limited):
    with make_client(limited()) as client:
        codes = [client.get("/api/v1/calories/target", params=PERSON).status_code for _ in range(4)]
    assert codes[:3] != [429] * 3
    assert codes[3] == 429


def test_token_requests_are_limited_even_with_the_right_password(limited):
    with make_client(limited()) as client:
        _sign_up(client, 1)
        login = {"email": "p1@example.org", "password": PASSWORD}
        codes = [client.post("/api/v1/tokens", json=login).status_code for _ in range(4)]
    assert codes == [201, 201, 201, 429]
