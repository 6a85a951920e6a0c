"""Sign-up modes, invites, password change, sign-out everywhere, deletion and the admin's list of
people, through the web pages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from backstrong.bootstrap import Container
from tests.conftest import make_settings
from tests.e2e.conftest import PASSWORD, csrf_from, make_client, sign_up_in_browser

NEW_PASSWORD = "another quite long phrase"


@pytest.fixture
def default_mode(tmp_path: Path, migrated_sqlite_template: Path) -> Container:
    shutil.copy(migrated_sqlite_template, tmp_path / "backstrong.sqlite3")
    return Container(make_settings(tmp_path, signup=None), fast_password_hashing=True)


def _post(client, path: str, data: dict[str, str], page: str = "/settings"):
    token = csrf_from(client.get(page).text)
    return client.post(path, data={**data, "csrf_token": token})


def test_an_invite_link_from_settings_lets_one_person_in(default_mode):
    with make_client(default_mode) as admin, make_client(default_mode) as guest:
        sign_up_in_browser(admin, "admin@example.org")
        page = _post(admin, "/settings/invites", {})
        link = re.search(r'id="new-invite">([^<]+)<', page.text).group(1)
        assert "/signup?invite=" in link
        closed = guest.get("/signup")
        assert 'name="invite"' in closed.text
        refused = _post(
            guest,
            "/signup",
            {"email": "g@example.org", "password": PASSWORD, "password_confirm": PASSWORD},
            page="/signup",
        )
        assert refused.status_code == 403
        code = link.split("invite=")[1]
        form = guest.get(f"/signup?invite={code}")
        assert code in form.text
        data = {
            "email": "g@example.org",
            "password": PASSWORD,
            "password_confirm": PASSWORD,
            "invite": code,
            "csrf_token": csrf_from(form.text),
        }
        assert guest.post("/signup", data=data).status_code == 200
        people = admin.get("/settings").text
        assert "People on this server" in people and "g@example.org" in people
        assert "People on this server" not in guest.get("/settings").text


def test_a_mistyped_claim_code_is_shown_beside_its_field(default_mode):
    default_mode.accounts.local_user()
    default_mode.accounts.create_claim_code()
    with make_client(default_mode) as person:
        data = {"email": "me@example.org", "password": PASSWORD, "password_confirm": PASSWORD}
        refused = _post(person, "/signup", {**data, "claim_code": "guessed"}, page="/signup")
        assert refused.status_code == 403
        field = re.search(r'id="e-claim_code"[^>]*>([^<]+)<', refused.text)
        assert field is not None and "claim code" in field.group(1)
        assert 'id="e-invite"' not in refused.text


def test_the_admin_switches_a_person_off_and_deletes_them(default_mode):
    with make_client(default_mode) as admin, make_client(default_mode) as guest:
        sign_up_in_browser(admin, "admin@example.org")
        default_mode.accounts.register("g@example.org", PASSWORD, by_server=True)
        _post(admin, "/settings/people/disable", {"email": "g@example.org"})
        assert "switched off" in admin.get("/settings").text
        login = {"email": "g@example.org", "password": PASSWORD}
        assert _post(guest, "/login", login, page="/login").status_code == 401
        kept = _post(
            admin, "/settings/people/delete", {"email": "g@example.org", "confirmation": ""}
        )
        assert kept.status_code == 422
        _post(
            admin,
            "/settings/people/delete",
            {"email": "g@example.org", "confirmation": "g@example.org"},
        )
        assert "g@example.org" not in admin.get("/settings").text


def test_a_password_change_keeps_this_device_and_signs_out_the_others(web, sqlite_container):
    sign_up_in_browser(web, "ada@example.org")
    with make_client(sqlite_container) as other:
        login = csrf_from(other.get("/login").text)
        data = {"email": "ada@example.org", "password": PASSWORD, "csrf_token": login}
        other.post("/login", data=data)
        assert other.get("/settings").status_code == 200
        weak = {"current_password": PASSWORD, "new_password": "qwertyuiop123"}
        refused = _post(
            web, "/settings/password", {**weak, "new_password_confirm": "qwertyuiop123"}
        )
        assert refused.status_code == 422 and "too easy to guess" in refused.text
        strong = {"current_password": PASSWORD, "new_password": NEW_PASSWORD}
        _post(web, "/settings/password", {**strong, "new_password_confirm": NEW_PASSWORD})
        assert web.get("/settings").status_code == 200
        assert other.get("/settings", follow_redirects=False).status_code == 303


def test_deleting_the_account_from_settings_needs_the_email(web):
    sign_up_in_browser(web, "ada@example.org")
    refused = _post(web, "/settings/delete", {"confirmation": "yes please"})
    assert refused.status_code == 422
    _post(web, "/settings/delete", {"confirmation": "ada@example.org"})
    assert web.get("/settings", follow_redirects=False).status_code == 303
    login = csrf_from(web.get("/login").text)
    data = {"email": "ada@example.org", "password": PASSWORD, "csrf_token": login}
    assert web.post("/login", data=data).status_code == 401
