"""Random and hostile input never crashes the API: every answer is a 2xx or a clear 4xx."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.e2e.conftest import make_client

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
bodies = st.dictionaries(
    st.sampled_from(
        [
            "email",
            "password",
            "name",
            "kind",
            "pattern",
            "level",
            "dosage",
            "primary_muscles",
            "id",
            "equipment",
            "faults",
        ]
    )
    | st.text(max_size=10),
    json_values,
    max_size=8,
)
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(body=bodies | json_values)
def test_posting_anything_to_the_account_endpoints_never_crashes(sqlite_container, body):
    client = make_client(sqlite_container)
    for path in ("/api/v1/users", "/api/v1/tokens"):
        response = client.post(path, json=body)
        assert response.status_code < 500, (path, body, response.text)
        assert response.status_code in (201, 401, 409, 422, 429)


@FUZZ
@given(body=bodies | json_values)
def test_posting_anything_as_a_custom_exercise_never_crashes(sqlite_container, body):
    client = make_client(sqlite_container)
    accounts = sqlite_container.accounts
    token = accounts.create_api_token(accounts.local_user(), "fuzz")
    response = client.post(
        "/api/v1/exercises", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code in (201, 409, 422), (body, response.text)


@FUZZ
@given(
    params=st.dictionaries(
        st.sampled_from(["q", "muscle", "pattern", "kind", "level", "equipment", "exclude_tag"]),
        st.text(max_size=30),
        max_size=5,
    )
)
def test_any_library_query_answers_200_or_a_clear_422(sqlite_container, params):
    response = make_client(sqlite_container).get("/api/v1/exercises", params=params)
    assert response.status_code in (200, 422), (params, response.text)
    if response.status_code == 422:
        detail = response.json()["detail"]
        if isinstance(detail, list):  # text no field can hold (a NUL): the parameter is named
            assert detail[0]["loc"][0] == "query" and detail[0]["loc"][1] in params
        else:
            assert "closest" in detail or "accepted" in detail
