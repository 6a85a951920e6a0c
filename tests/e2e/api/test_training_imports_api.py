"""Workout imports over the API: upload → pending import with its matching report → apply with
the confirmed matches; all or nothing, the caller's alone, errors naming the field."""

from __future__ import annotations

from tests.e2e.conftest import api_token, bearer

STRONG = (
    "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;"
    "Seconds;Notes;Workout Notes;Workout Duration\n"
    '2026-03-09 18:00:00;"Back";"Deadlift (Barbell)";1;100;kg;5;8;0;km;0;"";"";1h 5m\n'
    '2026-03-09 18:00:00;"Back";"Deadlift (Barbell)";2;100;kg;5;8;0;km;0;"";"";1h 5m\n'
    '2026-03-09 18:00:00;"Back";"Zercher Wobble Thing";1;40;kg;8;;0;km;0;"";"";1h 5m\n'
)


def _upload(client, auth, text: str = STRONG, **form: str):
    files = {"file": ("strong.csv", text.encode(), "text/csv")}
    return client.post("/api/v1/imports", files=files, data=form, headers=auth)


def _name(report: dict, name: str) -> dict:
    return next(n for n in report["names"] if n["name"] == name)


def test_an_upload_reports_each_name_with_its_match_and_candidates(client):
    auth = bearer(api_token(client, "ada@example.org"))
    response = _upload(client, auth)
    assert response.status_code == 201, response.text
    report = response.json()
    assert report["source"] == "strong" and report["format"] == "auto"
    assert report["new_sets"] == 3 and report["duplicate_sets"] == 0
    deadlift = _name(report, "Deadlift (Barbell)")
    assert deadlift["matched"] and deadlift["sets"] == 2
    assert deadlift["proposed"]["score"] >= 80 and deadlift["candidates"]
    odd = _name(report, "Zercher Wobble Thing")
    assert not odd["matched"] and odd["new_exercise_id"]
    again = client.get(f"/api/v1/imports/{report['id']}", headers=auth)
    assert again.status_code == 200 and again.json()["names"] == report["names"]


def test_apply_uses_the_confirmed_matches_and_a_second_import_adds_nothing(client):
    auth = bearer(api_token(client, "ada@example.org"))
    report = _upload(client, auth).json()
    other = next(
        c["exercise_id"]
        for c in _name(report, "Deadlift (Barbell)")["candidates"]
        if c["exercise_id"] != _name(report, "Deadlift (Barbell)")["proposed"]["exercise_id"]
    )
    body = {"matches": {"Deadlift (Barbell)": other, "Zercher Wobble Thing": "new"}}
    applied = client.post(f"/api/v1/imports/{report['id']}/apply", json=body, headers=auth)
    assert applied.status_code == 200, applied.text
    result = applied.json()
    assert result["sets_added"] == 3 and result["skipped_as_already_imported"] == 0
    assert len(result["exercises_created"]) == 1
    sets = client.get(f"/api/v1/sets?exercise_id={other}", headers=auth).json()["items"]
    assert len(sets) == 2
    assert client.get(f"/api/v1/imports/{report['id']}", headers=auth).status_code == 404
    second = _upload(client, auth).json()
    assert second["new_sets"] == 0 and second["duplicate_sets"] == 3
    done = client.post(f"/api/v1/imports/{second['id']}/apply", json={}, headers=auth).json()
    assert done["sets_added"] == 0 and done["skipped_as_already_imported"] == 3


def test_an_unknown_exercise_in_the_matches_stores_nothing(client):
    auth = bearer(api_token(client, "ada@example.org"))
    report = _upload(client, auth).json()
    body = {"matches": {"Deadlift (Barbell)": "no-such-exercise"}}
    refused = client.post(f"/api/v1/imports/{report['id']}/apply", json=body, headers=auth)
    assert refused.status_code == 422
    assert "no-such-exercise" in refused.text and "match" in refused.text
    assert client.get("/api/v1/sessions", headers=auth).json()["items"] == []
    assert client.get(f"/api/v1/imports/{report['id']}", headers=auth).status_code == 200


def test_bad_files_and_fields_are_422_naming_the_field(client):
    auth = bearer(api_token(client, "ada@example.org"))
    empty = _upload(client, auth, "")
    assert empty.status_code == 422 and empty.json()["detail"][0]["loc"][-1] == "file"
    binary = client.post(
        "/api/v1/imports", files={"file": ("x.csv", b"\xff\xfe\x00", "text/csv")}, headers=auth
    )
    assert binary.status_code == 422 and "UTF-8" in binary.text
    fmt = _upload(client, auth, format="numbers")
    assert fmt.status_code == 422 and fmt.json()["detail"][0]["loc"][-1] == "format"
    broken = _upload(client, auth, STRONG + '2026-03-09 18:00:00;"Back";"Squat";1;heavy;kg;5\n')
    assert broken.status_code == 422 and "row 5" in broken.text


def test_a_file_over_the_import_limit_is_413_naming_its_size_and_the_limit(client):
    client.app.state.container.settings.import_max_mb = 1
    auth = bearer(api_token(client, "ada@example.org"))
    response = _upload(client, auth, STRONG + "x" * 1_300_000)
    assert response.status_code == 413
    assert "1.2 MB" in response.text and "at most 1 MB" in response.text
    assert client.get("/api/v1/sets", headers=auth).json()["items"] == []


def test_an_upload_in_utf_16_is_read_as_written(client):
    auth = bearer(api_token(client, "ada@example.org"))
    files = {"file": ("strong.csv", STRONG.replace("Wobble", "Wöbble").encode("utf-16"))}
    response = client.post("/api/v1/imports", files=files, headers=auth)
    assert response.status_code == 201, response.text
    assert "Zercher Wöbble Thing" in [n["name"] for n in response.json()["names"]]


def test_another_persons_pending_import_is_a_404(client):
    ada = bearer(api_token(client, "ada@example.org"))
    eve = bearer(api_token(client, "eve@example.org"))
    report = _upload(client, ada).json()
    assert client.get(f"/api/v1/imports/{report['id']}", headers=eve).status_code == 404
    stolen = client.post(f"/api/v1/imports/{report['id']}/apply", json={}, headers=eve)
    assert stolen.status_code == 404
    assert client.get("/api/v1/sessions", headers=ada).json()["items"] == []


def test_the_import_endpoints_are_documented(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "multipart/form-data" in str(paths["/api/v1/imports"]["post"])
    assert "/api/v1/imports/{import_id}/apply" in paths
