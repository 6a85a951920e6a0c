"""Importing weigh-ins over the API: a dry run, all or nothing, duplicates skipped, per person."""

from __future__ import annotations

from tests import weigh_in_files as files
from tests.e2e.conftest import api_token, bearer


def _upload(client, headers, data: bytes, **params):
    return client.post(
        "/api/v1/weights/import",
        params=params,
        files={"file": ("export.xml", data, "application/octet-stream")},
        headers=headers,
    )


def test_a_dry_run_stores_nothing_and_a_second_import_adds_nothing(client):
    ana = bearer(api_token(client, "ana@example.org"))
    preview = _upload(client, ana, files.APPLE_HEALTH, dry_run="true")
    assert preview.status_code == 200, preview.text
    assert preview.json()["added"] == 2 and preview.json()["source"] == "apple-health"
    assert client.get("/api/v1/weights", headers=ana).json()["items"] == []
    assert _upload(client, ana, files.APPLE_HEALTH).json()["added"] == 2
    again = _upload(client, ana, files.APPLE_HEALTH).json()
    assert again["added"] == 0 and again["duplicates"] == 2
    bea = bearer(api_token(client, "bea@example.org"))
    assert client.get("/api/v1/weights", headers=bea).json()["items"] == []
    assert _upload(client, bea, files.APPLE_HEALTH).json()["added"] == 2  # hers, not Ana's


def test_a_preview_names_what_the_import_had_to_guess(client):
    ana = bearer(api_token(client, "ana@example.org"))
    ambiguous = b"Date,Weight\n03/11/2025,74.9\n04/11/2025,74.6\n"
    preview = _upload(client, ana, ambiguous, dry_run="true").json()
    [warning] = preview["warnings"]
    assert "03/11/2025" in warning and "day or month first" in warning
    assert _upload(client, ana, files.APPLE_HEALTH, dry_run="true").json()["warnings"] == []


def test_unreadable_rows_are_a_422_naming_each_and_nothing_is_stored(client):
    ana = bearer(api_token(client, "ana@example.org"))
    refused = _upload(client, ana, files.GENERIC_WITH_A_BAD_ROW)
    assert refused.status_code == 422
    [row] = refused.json()["detail"]
    assert row["msg"] == "row 3, weight 'eighty': not a number"
    assert client.get("/api/v1/weights", headers=ana).json()["items"] == []
    unknown = _upload(client, ana, files.WITHINGS, format="garmin")
    assert unknown.status_code == 422 and "format 'garmin'" in unknown.text


def test_a_file_over_the_import_limit_is_413_naming_its_size_and_the_limit(client):
    client.app.state.container.settings.import_max_mb = 1
    ana = bearer(api_token(client, "ana@example.org"))
    big = b"date,weight\n" + b"2026-01-01 07:00,80\n" * 70_000
    refused = _upload(client, ana, big)
    assert refused.status_code == 413
    assert "1.3 MB" in refused.text and "at most 1 MB" in refused.text
    assert client.get("/api/v1/weights", headers=ana).json()["items"] == []
