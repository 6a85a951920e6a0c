"""Importing a food diary over the API: a dry run, all or nothing, duplicates skipped, per
person, and the imported meals counted in the day's diary."""

from __future__ import annotations

from tests import diary_files as files
from tests.e2e.conftest import api_token, bearer


def _upload(client, headers, data: bytes, **params):
    return client.post(
        "/api/v1/diary/import",
        params=params,
        files={"file": ("Nutrition-Summary.csv", data, "text/csv")},
        headers=headers,
    )


def test_a_dry_run_stores_nothing_and_a_second_import_adds_nothing(client):
    ana = bearer(api_token(client, "ana@example.org"))
    preview = _upload(client, ana, files.MFP, dry_run="true")
    assert preview.status_code == 200, preview.text
    body = preview.json()
    assert (body["source"], body["added"], body["days"]) == ("myfitnesspal", 5, 2)
    assert body["kcal"] == 2808 and body["first"] == "2026-01-05" and body["last"] == "2026-01-06"
    assert body["warnings"] == [
        "row 7, Meal 'Pre-workout': not breakfast, lunch, dinner or snacks: kept as snacks"
    ]
    day = {"date": "2026-01-05"}
    assert client.get("/api/v1/diary", params=day, headers=ana).json()["items"] == []
    assert _upload(client, ana, files.MFP).json()["added"] == 5
    logged = client.get("/api/v1/diary", params=day, headers=ana).json()["items"]
    assert sorted((e["meal"], e["kcal"], e["protein_g"], e["food_name"]) for e in logged) == [
        ("breakfast", 412, 22.1, "MyFitnessPal breakfast"),
        ("dinner", 1010, 52.0, "MyFitnessPal dinner"),  # kcal shown to the unit
        ("lunch", 655, 35.0, "MyFitnessPal lunch"),
    ]
    again = _upload(client, ana, files.MFP).json()
    assert (again["added"], again["duplicates"]) == (0, 5)
    bea = bearer(api_token(client, "bea@example.org"))
    assert client.get("/api/v1/diary", params=day, headers=bea).json()["items"] == []
    assert _upload(client, bea, files.MFP).json()["added"] == 5  # hers, not Ana's


def test_unreadable_rows_are_a_422_naming_each_and_nothing_is_stored(client):
    ana = bearer(api_token(client, "ana@example.org"))
    refused = _upload(client, ana, files.MFP_WITH_A_BAD_ROW)
    assert refused.status_code == 422
    assert [row["msg"] for row in refused.json()["detail"]] == [
        "row 3, Date '05/01/2026': a date like 2026-01-05",
        "row 4, Calories 'lots': a number from 0 to 20,000",
    ]
    day = {"date": "2026-01-05"}
    assert client.get("/api/v1/diary", params=day, headers=ana).json()["items"] == []
    skipped = _upload(client, ana, files.MFP_WITH_A_BAD_ROW, skip_invalid="true").json()
    assert skipped["added"] == 2 and len(skipped["skipped_rows"]) == 2
    unknown = _upload(client, ana, files.GENERIC, format="loseit")
    assert unknown.status_code == 422 and "format 'loseit'" in unknown.text
    stranger = _upload(client, ana, b"Exercise,Minutes\nRun,30\n")
    assert stranger.status_code == 422 and "not a known food diary layout" in stranger.text
