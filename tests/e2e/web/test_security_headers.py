"""Headers every response carries: no caching of personal pages and JSON, HSTS over https, a
Permissions-Policy, and no server banner from the app."""

from __future__ import annotations

from tests.e2e.conftest import api_token, bearer, sign_up_in_browser


def test_logged_in_pages_and_api_json_are_not_stored(web):
    sign_up_in_browser(web, "ada@example.org")
    assert web.get("/settings").headers["cache-control"] == "no-store"
    token = api_token(web, "bo@example.org")
    assert web.get("/api/v1/me", headers=bearer(token)).headers["cache-control"] == "no-store"


def test_permissions_policy_allows_the_camera_only_on_our_pages(web):
    policy = web.get("/login").headers["permissions-policy"]
    assert "camera=(self)" in policy and "geolocation=()" in policy


def test_hsts_only_over_https(web):
    assert "strict-transport-security" not in web.get("/login").headers
    secure = web.get("https://testserver/login")
    assert secure.headers["strict-transport-security"].startswith("max-age=")


def test_the_csrf_nonce_changes_at_login(web):
    from tests.e2e.conftest import csrf_from

    before = csrf_from(web.get("/signup").text)
    nonce_before = web.cookies.get("bs_csrf")
    sign_up_in_browser(web, "ada@example.org")
    assert web.cookies.get("bs_csrf") != nonce_before
    stale = web.post("/settings/unit", data={"unit": "lb", "csrf_token": before})
    assert stale.status_code == 403
