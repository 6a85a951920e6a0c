"""HTTP clients for the in-process app, and small helpers to sign up and log in."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

import pytest

from backstrong.bootstrap import Container

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "a long enough passphrase"


def make_client(container: Container) -> TestClient:
    from backstrong.entrypoints.web.app import create_app

    return TestClient(create_app(container=container), raise_server_exceptions=False)


@pytest.fixture
def client(container: Container) -> Iterator[TestClient]:
    with make_client(container) as c:
        yield c


@pytest.fixture
def web(sqlite_container: Container) -> Iterator[TestClient]:
    with make_client(sqlite_container) as c:
        yield c


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF field"
    return match.group(1)


def api_token(client: TestClient, email: str, password: str = PASSWORD) -> str:
    created = client.post("/api/v1/users", json={"email": email, "password": password})
    assert created.status_code == 201, created.text
    issued = client.post("/api/v1/tokens", json={"email": email, "password": password})
    assert issued.status_code == 201, issued.text
    return str(issued.json()["token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def sign_up_in_browser(client: TestClient, email: str, password: str = PASSWORD) -> None:
    page = client.get("/signup")
    data = {"email": email, "password": password, "password_confirm": password}
    response = client.post("/signup", data={**data, "csrf_token": csrf_from(page.text)})
    assert response.status_code == 200, response.text
