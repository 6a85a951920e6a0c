"""The backup over the API: download everything, restore it into an empty account (JSON body or
multipart upload) and download the same bytes again; refusals name the record and write nothing."""

from __future__ import annotations

import json

from tests.e2e.backup_builders import assert_every_section_filled, fill_every_section, user_of
from tests.e2e.conftest import api_token, bearer


def filled(client, container, email="ada@example.org"):
    token = api_token(client, email)
    fill_every_section(container, user_of(container, email))
    return bearer(token)


def test_download_restore_download_gives_the_same_bytes_with_every_section_filled(
    client, container
):
    ada = filled(client, container)
    first = client.get("/api/v1/backup", headers=ada)
    assert first.status_code == 200
    assert first.headers["content-disposition"].startswith('attachment; filename="backstrong-')
    assert_every_section_filled(first.json())
    assert '"weeks_since_birth": 5' in first.text  # later intake answers are in the backup too
    carol = bearer(api_token(client, "carol@example.org"))
    restored = client.post("/api/v1/backup", headers=carol, content=first.content)
    assert restored.status_code == 200, restored.text
    assert restored.json()["restored"]["nutrition"] == 2
    second = client.get("/api/v1/backup", headers=carol).json()
    # carol's own token (made to call the API) comes before ada's restored one (a name only)
    assert [t["name"] for t in second["sections"]["api_tokens"]] == ["api", "api"]
    second["sections"]["api_tokens"] = second["sections"]["api_tokens"][1:]
    assert json.dumps(second, indent=2, ensure_ascii=False) + "\n" == first.text


def test_a_restored_token_name_does_not_let_anyone_in(client, container):
    ada = filled(client, container)
    document = client.get("/api/v1/backup", headers=ada).text
    assert ada["Authorization"].split()[1] not in document
    assert "token_hash" not in document


def test_a_multipart_upload_restores_too_and_twice_is_a_conflict(client, container):
    ada = filled(client, container)
    content = client.get("/api/v1/backup", headers=ada).content
    carol = bearer(api_token(client, "carol@example.org"))
    files = {"file": ("backup.json", content, "application/json")}
    assert client.post("/api/v1/backup", headers=carol, files=files).status_code == 200
    again = client.post("/api/v1/backup", headers=carol, files=files)
    assert again.status_code == 409
    assert "needs an empty account" in again.text


def test_a_set_of_an_unknown_exercise_is_refused_naming_it_and_nothing_is_written(
    client, container
):
    ada = filled(client, container)
    document = client.get("/api/v1/backup", headers=ada).json()
    document["sections"]["training"]["sessions"][0]["sets"][1]["exercise_id"] = "foo"
    carol = bearer(api_token(client, "carol@example.org"))
    refused = client.post("/api/v1/backup", headers=carol, json=document)
    assert refused.status_code == 422
    assert "training.sessions[0].sets[1].exercise_id 'foo'" in refused.text
    assert "no such exercise in the library or the backup" in refused.text
    empty = client.get("/api/v1/backup", headers=carol).json()["sections"]
    assert empty["training"] == {"sessions": []} and empty["custom_foods"] == []


def test_a_bad_value_late_in_the_backup_leaves_nothing_behind(client, container):
    ada = filled(client, container)
    document = client.get("/api/v1/backup", headers=ada).json()
    document["sections"]["body"]["weigh_ins"][0]["weight_kg"] = -3
    carol = bearer(api_token(client, "carol@example.org"))
    refused = client.post("/api/v1/backup", headers=carol, json=document)
    assert refused.status_code == 422
    assert "body.weigh_ins[0]" in refused.text
    empty = client.get("/api/v1/backup", headers=carol).json()["sections"]
    assert empty["training"] == {"sessions": []} and empty["nutrition"]["diary"] == []


def test_a_newer_version_and_a_non_backup_are_refused(client, container):
    carol = bearer(api_token(client, "carol@example.org"))
    newer = {"format": "backstrong-backup", "version": 99, "sections": {}}
    refused = client.post("/api/v1/backup", headers=carol, json=newer)
    assert refused.status_code == 422 and "newer Backstrong" in refused.text
    junk = client.post("/api/v1/backup", headers=carol, content=b"not json at all")
    assert junk.status_code == 422 and "not JSON" in junk.text


def test_the_backup_needs_a_login(client):
    assert client.get("/api/v1/backup").status_code == 401


def test_the_openapi_document_describes_both_bodies_and_every_answer(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    restore = paths["/api/v1/backup"]["post"]
    assert set(restore["requestBody"]["content"]) == {"application/json", "multipart/form-data"}
    assert {"200", "401", "403", "409", "413", "422"} <= set(restore["responses"])
    assert {"200", "401"} <= set(paths["/api/v1/backup"]["get"]["responses"])
