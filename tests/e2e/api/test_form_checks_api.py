"""Form checks over HTTP: landmarks in, the analysis out, kept for their owner only."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import api_token, bearer
from tests.unit.form.builders import squat_set
from tests.unit.form.synthetic import generate


@pytest.fixture(scope="module")
def squats() -> dict:
    return generate(squat_set(3))[0]


def test_a_check_is_analysed_kept_and_another_person_gets_404(client, squats):
    ada = bearer(api_token(client, "ada@example.org"))
    bob = bearer(api_token(client, "bob@example.org"))
    created = client.post(
        "/api/v1/form-checks", json={"exercise": "squat", "landmarks": squats}, headers=ada
    )
    assert created.status_code == 201
    check = created.json()
    assert check["analysis"]["reps"] == 3 and check["analysis"]["verdict"] == "good"
    assert {"start_t", "end_t", "faults"} <= set(check["analysis"]["rep_details"][0])
    assert client.get(f"/api/v1/form-checks/{check['id']}", headers=ada).json() == check
    assert client.get(f"/api/v1/form-checks/{check['id']}", headers=bob).status_code == 404
    landmarks = client.get(f"/api/v1/form-checks/{check['id']}/landmarks", headers=bob)
    assert landmarks.status_code == 404
    assert client.get("/api/v1/form-checks", headers=bob).json()["total"] == 0
    assert client.delete(f"/api/v1/form-checks/{check['id']}", headers=bob).status_code == 404


def test_checks_are_paged_newest_first(client, squats):
    ada = bearer(api_token(client, "ada@example.org"))
    body = {"exercise": "squat", "landmarks": squats}
    ids = [client.post("/api/v1/form-checks", json=body, headers=ada).json()["id"] for _ in "abc"]
    first = client.get("/api/v1/form-checks?limit=2", headers=ada).json()
    assert [c["id"] for c in first["items"]] == ids[:0:-1] and first["total"] == 3
    rest = client.get("/api/v1/form-checks?limit=2&offset=2", headers=ada).json()
    assert [c["id"] for c in rest["items"]] == [ids[0]]
    assert client.get("/api/v1/form-checks?limit=0", headers=ada).status_code == 422


def test_a_broken_landmarks_file_is_a_422_naming_the_rule(client, squats):
    ada = bearer(api_token(client, "ada@example.org"))
    broken = {**squats, "fps": -30}
    response = client.post(
        "/api/v1/form-checks", json={"exercise": "squat", "landmarks": broken}, headers=ada
    )
    assert response.status_code == 422
    assert "fps must be a number > 0" in response.json()["detail"][0]["msg"]
    plank = client.post(
        "/api/v1/form-checks", json={"exercise": "plank", "landmarks": squats}, headers=ada
    )
    assert plank.status_code == 422 and plank.json()["detail"][0]["loc"] == ["body", "exercise"]
    assert client.get("/api/v1/form-checks", headers=ada).json()["total"] == 0


def test_a_body_over_the_limit_is_refused_before_parsing(client):
    ada = bearer(api_token(client, "ada@example.org"))
    huge = b'{"exercise": "squat", "landmarks": {"pad": "' + b"x" * 8_100_000 + b'"}}'
    response = client.post(
        "/api/v1/form-checks",
        content=huge,
        headers={**ada, "content-type": "application/json"},
    )
    assert response.status_code == 413 and "8 MB" in response.json()["detail"]


def test_a_marked_reference_and_the_trend(client, squats):
    ada = bearer(api_token(client, "ada@example.org"))
    body = {"exercise": "squat", "landmarks": squats}
    check = client.post("/api/v1/form-checks", json=body, headers=ada).json()
    marked = client.put(
        "/api/v1/form-references/squat", json={"check_id": check["id"], "rep": 2}, headers=ada
    )
    assert marked.status_code == 200 and marked.json()["movement"] == "squat"
    wrong = client.put(
        "/api/v1/form-references/bridge", json={"check_id": check["id"], "rep": 1}, headers=ada
    )
    assert wrong.status_code == 404
    trend = client.get("/api/v1/form-trends/squat", headers=ada).json()
    assert trend["measure"] == "thigh_above_parallel_deg" and len(trend["points"]) == 1
    preview = client.post("/api/v1/form-checks/preview", json=body, headers=ada).json()
    assert preview["reps"] == 3
    assert client.get("/api/v1/form-checks", headers=ada).json()["total"] == 1


def test_a_check_kept_with_a_set_needs_one_of_your_sets(client, squats):
    ada = bearer(api_token(client, "ada@example.org"))
    body = {"exercise": "squat", "landmarks": squats, "set_id": "no-such-set"}
    assert client.post("/api/v1/form-checks", json=body, headers=ada).status_code == 404
