"""What the browser tests of the one-entry-a-row imports (weigh-ins, meals) share: a new account
and an export sent through the page's upload form."""

from __future__ import annotations

import uuid

PASSWORD = "a long enough passphrase"


def sign_up(page, live_server: str) -> None:
    page.goto(live_server + "/signup")
    page.get_by_label("Email").fill(f"u-{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(live_server + "/")


def upload(page, name: str, data: bytes) -> None:
    """Choose the export and ask for its review (the page's script sends it with progress)."""
    page.get_by_label("Export file").set_input_files(
        {"name": name, "mimeType": "text/csv", "buffer": data}
    )
    page.get_by_role("button", name="Check the file").click()
