"""The Backup card on a phone: download everything, then a refused upload shows its reason beside
the file field."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from tests.e2e.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser

PASSWORD = "a long enough passphrase"


def _sign_up(page, live_server) -> None:
    page.goto(live_server + "/signup")
    page.get_by_label("Email").fill(f"b-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(live_server + "/")


def test_download_everything_and_a_refused_restore_on_a_phone(page, live_server):
    _sign_up(page, live_server)
    page.goto(live_server + "/settings#backup")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download everything").click()
    saved = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert saved["format"] == "backstrong-backup"
    newer = json.dumps({**saved, "version": saved["version"] + 1}).encode()
    page.get_by_label("Backup file to restore").set_input_files(
        {"name": "backup.json", "mimeType": "application/json", "buffer": newer}
    )
    page.get_by_role("button", name="Restore", exact=True).click()
    error = page.locator("#e-backup_file")
    assert "written by a newer Backstrong" in error.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#backup").screenshot(path=str(ARTIFACTS / "settings-backup-phone.png"))
