"""The account contract of the REST API, on SQLite and PostgreSQL."""

from __future__ import annotations

from tests.e2e.conftest import PASSWORD, api_token, bearer


def test_signing_up_returns_the_new_user(client):
    response = client.post("/api/v1/users", json={"email": "Ada@Example.org", "password": PASSWORD})
    assert response.status_code == 201
    body = response.json()
    assert body["email"] == "ada@example.org"
    assert isinstance(body["id"], int)


def test_a_second_account_with_the_same_email_is_refused_with_409(client):
    client.post("/api/v1/users", json={"email": "ada@example.org", "password": PASSWORD})
    again = client.post("/api/v1/users", json={"email": "ADA@example.org", "password": PASSWORD})
    assert again.status_code == 409
    assert "already exists" in again.json()["detail"]


def test_a_weak_password_is_refused_with_a_field_level_422(client):
    response = client.post("/api/v1/users", json={"email": "bo@example.org", "password": "short"})
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "password"]
    assert "at least 12 characters" in detail["msg"]
    assert "input" not in detail  # a password is never echoed back


def test_a_malformed_email_names_the_field_and_value(client):
    response = client.post("/api/v1/users", json={"email": "not-an-email", "password": PASSWORD})
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "email"]
    assert "not-an-email" in detail["msg"]


def test_a_missing_field_is_a_422_naming_it(client):
    response = client.post("/api/v1/users", json={"email": "cy@example.org"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "password"]


def test_a_token_is_issued_for_the_right_password_only(client):
    client.post("/api/v1/users", json={"email": "di@example.org", "password": PASSWORD})
    wrong = client.post(
        "/api/v1/tokens", json={"email": "di@example.org", "password": "nope nope nope"}
    )
    assert wrong.status_code == 401
    right = client.post("/api/v1/tokens", json={"email": "di@example.org", "password": PASSWORD})
    assert right.status_code == 201
    assert right.json()["token"].startswith("bs_")


def test_me_answers_for_the_token_holder_and_401_without_a_token(client):
    token = api_token(client, "ed@example.org")
    me = client.get("/api/v1/me", headers=bearer(token))
    assert me.status_code == 200
    assert me.json()["email"] == "ed@example.org"
    assert client.get("/api/v1/me").status_code == 401
    assert client.get("/api/v1/me", headers=bearer("bs_forged")).status_code == 401


def test_each_token_only_ever_sees_its_own_account(client):
    first = api_token(client, "fay@example.org")
    second = api_token(client, "gus@example.org")
    assert client.get("/api/v1/me", headers=bearer(first)).json()["email"] == "fay@example.org"
    assert client.get("/api/v1/me", headers=bearer(second)).json()["email"] == "gus@example.org"


def test_tokens_are_stored_only_as_digests(client, container):
    from sqlalchemy import select

    from backstrong.adapters.db.accounts.tables import ApiTokenRow

    token = api_token(client, "hal@example.org")
    with container.engine.connect() as conn:
        stored = conn.execute(select(ApiTokenRow.token_hash)).scalars().all()
    assert stored and token not in stored
    assert all(len(h) == 64 for h in stored)


def test_passwords_are_stored_as_argon2id_hashes(client, container):
    from sqlalchemy import select

    from backstrong.adapters.db.accounts.tables import UserRow

    client.post("/api/v1/users", json={"email": "ivy@example.org", "password": PASSWORD})
    with container.engine.connect() as conn:
        hashed = conn.execute(select(UserRow.password_hash)).scalar_one()
    assert hashed.startswith("$argon2id$")


def test_repeated_wrong_passwords_are_rate_limited_with_429(client):
    client.post("/api/v1/users", json={"email": "jo@example.org", "password": PASSWORD})
    codes = [
        client.post(
            "/api/v1/tokens", json={"email": "jo@example.org", "password": "wrong password"}
        ).status_code
        for _ in range(6)
    ]
    assert codes[:5] == [401] * 5
    assert codes[5] == 429
    # even the right password waits out the minute
    blocked = client.post("/api/v1/tokens", json={"email": "jo@example.org", "password": PASSWORD})
    assert blocked.status_code == 429
    assert blocked.headers["retry-after"] == "60"


def test_the_openapi_document_and_docs_are_served_without_a_cdn(client):
    spec = client.get("/api/openapi.json").json()
    assert "/api/v1/me" in spec["paths"]
    docs = client.get("/api/docs").text
    assert "/api/docs-assets/swagger-ui-bundle.js" in docs
    assert "cdn" not in docs.lower()
    assert client.get("/api/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_unknown_api_paths_answer_json_404(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


def test_the_openapi_document_holds_the_api_only_not_the_html_pages(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/v1/weights/import" in paths and "/api/v1/programs/current/handout.pdf" in paths
    assert [path for path in paths if not path.startswith("/api/")] == []
    barcode = paths["/api/v1/foods/barcode/{code}"]["get"]["responses"]
    assert {"404", "503"} <= set(barcode)
