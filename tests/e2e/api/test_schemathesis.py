"""Schemathesis over the whole API, in process: every operation, with a bearer token and with a
cookie session, answers without a server error, with a status and a body its OpenAPI document
declares, and refuses data that breaks its schema.

The operations are walked in a loop rather than with ``schema.parametrize()``: schemathesis's
pytest plugin for lazily loaded schemas does not run on pytest 9 (it sets a node attribute pytest
no longer has), and loading the schema at collection time would build an app for every run."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.failures import FailureGroup

from backstrong.bootstrap import Container
from backstrong.entrypoints.web import csrf
from backstrong.entrypoints.web.app import create_app
from tests.conftest import make_settings
from tests.e2e.conftest import PASSWORD, api_token, csrf_from, make_client

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
# Operations that end the caller's session or account mid-run; each has its own tests in
# test_api_account_lifecycle.py and test_api_accounts.py.
SESSION_ENDING = "|".join(
    (
        r"^/api/v1/me/deletion$",  # deletes the account
        r"^/api/v1/me/sign-out-everywhere$",  # revokes every token and session
        r"^/api/v1/me/password$",  # a changed password signs other sessions out
        r"^/api/v1/tokens/\{token_id\}$",  # may revoke the token the run uses
    )
)
# Examples per operation and generation mode, so both runs together stay under a minute: the
# cookie run proves the session and CSRF path on every operation, so it needs fewer.
BEARER_EXAMPLES, COOKIE_EXAMPLES = 4, 2


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder: Path = tmp_path_factory.mktemp("schemathesis")
    container = Container(make_settings(folder), fast_password_hashing=True)
    container.migrate()
    app = create_app(container=container)
    with make_client(container) as client:
        token = api_token(client, "bearer@example.org")
        page = client.get("/signup")
        form = {"email": "cookie@example.org", "password": PASSWORD, "password_confirm": PASSWORD}
        client.post("/signup", data={**form, "csrf_token": csrf_from(page.text)})
        cookies = {name: client.cookies[name] for name in ("bs_session", csrf.CSRF_COOKIE)}
        header = csrf_from(client.get("/settings").text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    schema = schema.include(path_regex=r"^/api/v1/").exclude(path_regex=SESSION_ENDING)
    yield {"schema": schema, "token": token, "cookies": cookies, "csrf": header}
    container.engine.dispose()


def _run(schema: Any, examples: int, **auth: Any) -> list[str]:
    """Every operation in both generation modes; the failures, one line each."""
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @settings(
                max_examples=examples,
                deadline=None,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
                derandomize=True,
                database=None,
            )
            @given(case=operation.as_strategy(generation_mode=mode))
            def check(case: Any) -> None:
                case.call_and_validate(checks=CHECKS, **auth)

            try:
                check()
            except Unsatisfiable:
                continue  # no request can break this operation's schema (no parameters)
            except FailureGroup as group:
                failures.append(f"{operation.label} ({mode.value}): {group}")
            except Exception as exc:  # one operation's failure must not hide the others'
                failures.append(f"{operation.label} ({mode.value}): {exc!r}")
    return failures


def test_every_operation_with_a_bearer_token(fuzzed):
    headers = {"Authorization": f"Bearer {fuzzed['token']}"}
    failures = _run(fuzzed["schema"], BEARER_EXAMPLES, headers=headers)
    assert not failures, "\n\n".join(failures)


def test_every_operation_with_a_cookie_session(fuzzed):
    headers = {csrf.CSRF_HEADER: fuzzed["csrf"]}
    failures = _run(fuzzed["schema"], COOKIE_EXAMPLES, headers=headers, cookies=fuzzed["cookies"])
    assert not failures, "\n\n".join(failures)
