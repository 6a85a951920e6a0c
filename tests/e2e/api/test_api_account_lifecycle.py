"""Sign-up modes, invites, passwords, sign-out everywhere, token expiry and account deletion over
the API; deletion leaves nothing of the person in any table."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from backstrong.bootstrap import Container
from tests.conftest import make_settings
from tests.e2e.conftest import PASSWORD, api_token, bearer, make_client

NEW_PASSWORD = "another quite long phrase"


@pytest.fixture
def default_mode_client(tmp_path: Path, migrated_sqlite_template: Path):
    import shutil

    shutil.copy(migrated_sqlite_template, tmp_path / "backstrong.sqlite3")
    container = Container(make_settings(tmp_path, signup=None), fast_password_hashing=True)
    with make_client(container) as client:
        yield client


def test_by_default_a_second_sign_up_needs_a_single_use_invite(default_mode_client):
    client = default_mode_client
    admin = api_token(client, "admin@example.org")
    refused = client.post("/api/v1/users", json={"email": "b@example.org", "password": PASSWORD})
    assert refused.status_code == 403
    assert "invite" in refused.json()["detail"]
    invite = client.post("/api/v1/invites", headers=bearer(admin)).json()
    assert invite["signup_path"].endswith(invite["code"])
    body = {"email": "b@example.org", "password": PASSWORD, "invite": invite["code"]}
    assert client.post("/api/v1/users", json=body).status_code == 201
    again = {**body, "email": "c@example.org"}
    assert client.post("/api/v1/users", json=again).status_code == 403
    listed = client.get("/api/v1/invites", headers=bearer(admin)).json()
    assert listed[0]["used_at"] is not None


def test_a_guessable_password_is_refused_with_advice(client):
    weak = {"email": "a@example.org", "password": "qwertyuiop123"}
    response = client.post("/api/v1/users", json=weak)
    assert response.status_code == 422
    assert "too easy to guess" in response.text
    assert "qwertyuiop123" not in response.text


def test_changing_the_password_needs_the_current_one(client):
    token = api_token(client, "a@example.org")
    wrong = {"current_password": "not my password", "new_password": NEW_PASSWORD}
    assert client.put("/api/v1/me/password", json=wrong, headers=bearer(token)).status_code == 422
    right = {"current_password": PASSWORD, "new_password": NEW_PASSWORD}
    assert client.put("/api/v1/me/password", json=right, headers=bearer(token)).status_code == 204
    login = {"email": "a@example.org", "password": NEW_PASSWORD}
    assert client.post("/api/v1/tokens", json=login).status_code == 201


def test_tokens_are_listed_with_expiry_and_revoked(client):
    token = api_token(client, "a@example.org")
    login = {"email": "a@example.org", "password": PASSWORD, "expires_in_days": 7}
    assert client.post("/api/v1/tokens", json=login).status_code == 201
    listed = client.get("/api/v1/tokens", headers=bearer(token)).json()
    assert [t["expires_at"] is None for t in listed] == [True, False]
    assert "token" not in listed[0]
    other = listed[1]["id"]
    assert client.delete(f"/api/v1/tokens/{other}", headers=bearer(token)).status_code == 204
    assert client.delete(f"/api/v1/tokens/{other}", headers=bearer(token)).status_code == 404


def test_deleting_an_account_leaves_no_row_of_theirs_in_any_table(client, container: Container):
    from backstrong.adapters.db.orm import Base

    token = api_token(client, "gone@example.org")
    keeper = api_token(client, "keeper@example.org")
    me = client.get("/api/v1/me", headers=bearer(token)).json()
    weigh_in = {"weight": "80 kg", "date": "2026-01-05"}
    assert client.post("/api/v1/weights", json=weigh_in, headers=bearer(token)).status_code == 201
    a_set = {
        "id": str(uuid.uuid4()),
        "exercise_id": "deadlift",
        "performed_at": "2026-01-05T10:00:00+00:00",
        "reps": 5,
        "load": {"value": 100, "unit": "kg"},
    }
    assert client.post("/api/v1/sets", json=a_set, headers=bearer(token)).status_code == 201
    assert client.post("/api/v1/invites", headers=bearer(token)).status_code == 201
    refused = client.post(
        "/api/v1/me/deletion", json={"confirmation": "yes"}, headers=bearer(token)
    )
    assert refused.status_code == 422
    body = {"confirmation": "gone@example.org"}
    assert client.post("/api/v1/me/deletion", json=body, headers=bearer(token)).status_code == 204
    with container.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if "user_id" in table.c:
                left = select(func.count()).where(table.c.user_id == me["id"])
                assert conn.scalar(left) == 0, table.name
    assert client.get("/api/v1/me", headers=bearer(token)).status_code == 401
    assert client.get("/api/v1/me", headers=bearer(keeper)).status_code == 200
