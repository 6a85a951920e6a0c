"""The OpenAPI document says how to sign in and what each operation can answer; OPTIONS and TRACE
answer with the methods a path takes; the operations schemathesis leaves out (they end the run's
own session) do what they say."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.e2e.conftest import PASSWORD, bearer, sign_up_in_browser


def test_the_document_declares_bearer_and_cookie_sign_in_per_operation(client):
    document = client.get("/api/openapi.json").json()
    schemes = document["components"]["securitySchemes"]
    assert schemes["bearer"] == {**schemes["bearer"], "type": "http", "scheme": "bearer"}
    assert schemes["session"]["in"] == "cookie" and schemes["session"]["name"] == "bs_session"
    sets = document["paths"]["/api/v1/sets"]["post"]
    assert sets["security"] == [{"bearer": []}, {"session": []}]
    assert document["paths"]["/api/v1/users"]["post"]["security"] == []  # signing up is open


def test_every_operation_declares_its_error_statuses_with_a_body(client):
    document = client.get("/api/openapi.json").json()
    paths = document["paths"]
    assert all(path.startswith("/api/") for path in paths)  # the pages are not the API
    for path, operations in paths.items():
        for method, operation in operations.items():
            responses = operation["responses"]
            assert "422" in responses, (method, path)
            if operation["security"] and {} not in operation["security"]:  # a sign-in needed
                assert {"401", "403"} <= set(responses), (method, path)
            elif operation["security"]:  # open, but a bad token is still refused
                assert "401" in responses, (method, path)
            if "requestBody" in operation:
                assert "413" in responses, (method, path)
            if "{" in path:
                assert "404" in responses, (method, path)
            for status, response in responses.items():
                if int(status) >= 400:
                    assert "schema" in response["content"]["application/json"], (status, path)
    limited = paths["/api/v1/calories/target"]["get"]["responses"]
    assert "429" in limited


def test_options_lists_the_methods_a_path_takes(client):
    response = client.options("/api/v1/sets")
    assert response.status_code == 204
    assert response.headers["allow"] == "GET, HEAD, OPTIONS, POST"


def test_trace_is_refused_with_the_allowed_methods(client):
    for path in ("/api/v1/sets", "/login"):
        response = client.request("TRACE", path)
        assert response.status_code == 405
        assert "POST" in response.headers["allow"] and "TRACE" not in response.headers["allow"]


def test_a_method_a_path_does_not_take_lists_every_method_it_does(client):
    response = client.put("/api/v1/sets", json={})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, OPTIONS, POST"


def test_options_on_an_unknown_path_is_a_404(client):
    assert client.options("/api/v1/nothing-here").status_code == 404


def test_signing_out_everywhere_ends_the_web_logins(client):
    sign_up_in_browser(client, "ada@example.org")
    assert client.get("/settings", follow_redirects=False).status_code == 200
    token = client.post(
        "/api/v1/tokens", json={"email": "ada@example.org", "password": PASSWORD}
    ).json()["token"]
    assert client.post("/api/v1/me/sign-out-everywhere", headers=bearer(token)).status_code == 204
    assert client.get("/settings", follow_redirects=False).status_code == 303


def test_the_document_is_the_same_text_whatever_the_string_hash_seed(tmp_path):
    """Clients generated from the document (and its review in diffs) see one order of answers."""
    script = (
        "import json; from backstrong.entrypoints.web.asgi import create; "
        "print(json.dumps(create().openapi()))"
    )
    documents = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "BACKSTRONG_DATA_DIR": str(tmp_path / seed)}
        run = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        documents.add(run.stdout)
    assert len(documents) == 1
