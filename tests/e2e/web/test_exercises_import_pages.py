"""free-exercise-db JSON by upload: on /exercises/import and over the API, into one's own library;
a malformed file names the field and stores nothing."""

from __future__ import annotations

import json

from tests.e2e.conftest import api_token, bearer, csrf_from, sign_up_in_browser

ENTRY = {
    "id": "Wobble_Board_Hinge",
    "name": "Wobble Board Hinge",
    "force": "pull",
    "level": "beginner",
    "mechanic": "compound",
    "equipment": "body only",
    "primaryMuscles": ["hamstrings"],
    "secondaryMuscles": ["lower back"],
    "instructions": ["Stand on the board.", "Hinge at the hips."],
    "category": "strength",
    "images": [],
}


def _post(web, name: str, data: bytes):
    token = csrf_from(web.get("/exercises/import").text)
    files = {"file": (name, data, "application/json")}
    return web.post("/exercises/import", data={"csrf_token": token}, files=files)


def test_an_upload_adds_exercises_to_my_library_once(web):
    sign_up_in_browser(web, "ana@example.org")
    assert 'href="/exercises/import"' in web.get("/exercises").text
    first = _post(web, "exercises.json", json.dumps([ENTRY]).encode())
    assert first.status_code == 200, first.text
    assert "1 exercise added" in first.text
    again = _post(web, "exercises.json", json.dumps([ENTRY]).encode())
    assert "0 exercises added; 1 already in your library" in again.text
    assert "Wobble" in web.get("/exercises?q=wobble").text


def test_a_file_that_is_not_json_is_refused_beside_the_field(web):
    sign_up_in_browser(web, "ana@example.org")
    refused = _post(web, "exercises.json", b"{not json")
    assert refused.status_code == 422 and 'id="e-file"' in refused.text
    wrong_shape = _post(web, "exercises.json", b'{"a": 1}')
    assert wrong_shape.status_code == 422 and "expected a list" in wrong_shape.text


def test_the_api_imports_into_the_callers_library_only(client):
    ada = bearer(api_token(client, "ada@example.org"))
    eve = bearer(api_token(client, "eve@example.org"))
    files = {"file": ("exercises.json", json.dumps([ENTRY]).encode(), "application/json")}
    response = client.post("/api/v1/exercises/import", files=files, headers=ada)
    assert response.status_code == 200, response.text
    added = response.json()["added"]
    assert len(added) == 1
    mine = client.get(f"/api/v1/exercises/{added[0]}", headers=ada)
    assert mine.status_code == 200, (added, mine.text)
    assert client.get(f"/api/v1/exercises/{added[0]}", headers=eve).status_code == 404
    bad = client.post(
        "/api/v1/exercises/import",
        files={"file": ("x.json", b"[", "application/json")},
        headers=ada,
    )
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"][-1] == "file"


def test_the_upload_form_needs_a_login_and_its_csrf_token(web):
    assert web.get("/exercises/import", follow_redirects=False).status_code == 303
    sign_up_in_browser(web, "ana@example.org")
    files = {"file": ("exercises.json", b"[]", "application/json")}
    assert web.post("/exercises/import", files=files).status_code == 403


def test_an_upload_in_utf_16_is_read_and_one_over_the_limit_is_413(web):
    sign_up_in_browser(web, "ana@example.org")
    entry = {**ENTRY, "name": "Wöbble Board Hinge"}
    read = _post(web, "exercises.json", json.dumps([entry], ensure_ascii=False).encode("utf-16"))
    assert read.status_code == 200, read.text
    assert "1 exercise added" in read.text
    web.app.state.container.settings.import_max_mb = 1
    big = _post(web, "big.json", b" " * 1_300_000 + json.dumps([ENTRY]).encode())
    assert big.status_code == 413
    assert "1.2 MB" in big.text and "at most 1 MB" in big.text
