"""The backup on the Settings page: download everything, restore it by upload into an empty
account, refusals shown beside the file field, and the form guarded by the CSRF token."""

from __future__ import annotations

import json

from tests.e2e.backup_builders import assert_every_section_filled, fill_every_section, user_of
from tests.e2e.conftest import csrf_from, make_client, sign_up_in_browser


def upload(client, content: bytes, token: str | None = None):
    page = client.get("/settings")
    data = {"csrf_token": token if token is not None else csrf_from(page.text)}
    files = {"backup_file": ("backup.json", content, "application/json")}
    return client.post("/settings/backup", data=data, files=files)


def test_download_everything_then_restore_it_into_a_new_account(web, sqlite_container):
    sign_up_in_browser(web, "ada@example.org")
    ada = user_of(sqlite_container, "ada@example.org")
    fill_every_section(sqlite_container, ada)
    sqlite_container.accounts.create_api_token(ada, "phone")
    settings = web.get("/settings")
    assert 'href="/settings/backup"' in settings.text and "Download everything" in settings.text
    first = web.get("/settings/backup")
    assert first.status_code == 200
    assert first.headers["content-disposition"].startswith('attachment; filename="backstrong-')
    assert_every_section_filled(json.loads(first.content))
    with make_client(sqlite_container) as other:
        sign_up_in_browser(other, "carol@example.org")
        restored = upload(other, first.content)
        assert restored.status_code == 200, restored.text
        assert "Backup restored" in restored.text and "custom foods 2" in restored.text
        assert other.get("/settings/backup").content == first.content
        again = upload(other, first.content)
        assert again.status_code == 422
        assert 'id="e-backup_file"' in again.text and "needs an empty account" in again.text


def test_a_refused_backup_is_explained_beside_the_field(web):
    sign_up_in_browser(web, "bea@example.org")
    newer = json.dumps({"format": "backstrong-backup", "version": 7, "sections": {}})
    refused = upload(web, newer.encode())
    assert refused.status_code == 422
    assert 'aria-invalid="true" aria-describedby="e-backup_file"' in refused.text
    assert "written by a newer Backstrong" in refused.text
    assert "not JSON" in upload(web, b"\x00\x01 garbage").text


def test_the_restore_form_needs_its_csrf_token(web):
    sign_up_in_browser(web, "cal@example.org")
    backup = web.get("/settings/backup").content
    assert upload(web, backup, token="forged").status_code == 403
