"""Pages as a person meets them: first start, sign up, log in and out, CSRF, errors."""

from __future__ import annotations

import logging

from tests.e2e.conftest import PASSWORD, csrf_from, sign_up_in_browser


def test_the_first_start_asks_for_the_first_account(web):
    home = web.get("/")
    assert home.status_code == 200
    assert "new installation" in home.text and 'href="/signup"' in home.text
    page = web.get("/signup")
    assert "first account" in page.text


def test_the_first_start_banner_goes_once_an_account_exists(web):
    sign_up_in_browser(web, "first@example.org")
    web.cookies.clear()
    assert "new installation" not in web.get("/").text


def test_signing_up_logs_you_in_with_a_safe_cookie(web):
    page = web.get("/signup")
    response = web.post(
        "/signup",
        data={
            "email": "kim@example.org",
            "password": PASSWORD,
            "password_confirm": PASSWORD,
            "csrf_token": csrf_from(page.text),
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    cookie = response.headers["set-cookie"]
    assert "bs_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie  # plain http in the test; Secure over https
    assert "Hello, kim" in web.get("/").text


def test_a_form_without_its_csrf_token_is_refused(web):
    web.get("/signup")
    response = web.post(
        "/signup",
        data={"email": "lee@example.org", "password": PASSWORD, "password_confirm": PASSWORD},
    )
    assert response.status_code == 403
    assert "another site" in response.text


def test_a_rejected_form_keeps_what_you_typed_and_says_what_to_fix(web):
    page = web.get("/signup")
    response = web.post(
        "/signup",
        data={
            "email": "max@example.org",
            "password": "short",
            "password_confirm": "short",
            "csrf_token": csrf_from(page.text),
        },
    )
    assert response.status_code == 422
    assert 'value="max@example.org"' in response.text
    assert "at least 12 characters" in response.text
    assert 'aria-invalid="true"' in response.text


def test_logging_out_and_back_in(web):
    sign_up_in_browser(web, "ned@example.org")
    home = web.get("/")
    out = web.post("/logout", data={"csrf_token": csrf_from(home.text)}, follow_redirects=False)
    assert out.status_code == 303
    assert web.get("/settings", follow_redirects=False).headers["location"].startswith("/login")
    login = web.get("/login")
    bad = web.post(
        "/login",
        data={
            "email": "ned@example.org",
            "password": "wrong one here",
            "csrf_token": csrf_from(login.text),
        },
    )
    assert bad.status_code == 401
    assert 'value="ned@example.org"' in bad.text
    good = web.post(
        "/login",
        data={
            "email": "ned@example.org",
            "password": PASSWORD,
            "next": "/settings",
            "csrf_token": csrf_from(login.text),
        },
    )
    assert good.status_code == 200
    assert "API tokens" in good.text


def test_login_never_redirects_off_site(web):
    sign_up_in_browser(web, "oz@example.org")
    login = web.get("/login")
    response = web.post(
        "/login",
        data={
            "email": "oz@example.org",
            "password": PASSWORD,
            "next": "//evil.example/",
            "csrf_token": csrf_from(login.text),
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_pages_carry_security_headers_and_a_request_id(web):
    response = web.get("/signup")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert len(response.headers["x-request-id"]) == 16


def test_an_unknown_page_is_a_friendly_404(web):
    response = web.get("/no/such/page")
    assert response.status_code == 404
    assert "could not find that page" in response.text


def test_a_crash_shows_a_friendly_500_and_logs_the_request_id(web, caplog):
    from fastapi import APIRouter

    router = APIRouter()

    @router.get("/boom")
    def boom() -> None:
        raise RuntimeError("kaput")

    web.app.include_router(router)
    with caplog.at_level(logging.ERROR, logger="backstrong.web"):
        response = web.get("/boom")
    assert response.status_code == 500
    request_id = response.headers["x-request-id"]
    assert request_id in response.text
    assert any(request_id in r.getMessage() for r in caplog.records)


def test_creating_an_api_token_in_settings_shows_it_once(web):
    sign_up_in_browser(web, "pia@example.org")
    page = web.get("/settings")
    created = web.post(
        "/settings/tokens", data={"name": "phone", "csrf_token": csrf_from(page.text)}
    )
    assert created.status_code == 200
    assert 'id="new-token">bs_' in created.text
    again = web.get("/settings")
    assert "phone" in again.text and 'id="new-token"' not in again.text


def test_the_browser_session_can_call_the_api_but_writes_need_the_csrf_header(web):
    sign_up_in_browser(web, "quin@example.org")
    assert web.get("/api/v1/me").json()["email"] == "quin@example.org"


def test_the_navigation_reaches_every_area_once_logged_in(web):
    sign_up_in_browser(web, "ray@example.org")
    home = web.get("/").text
    for label, href in [
        ("Exercises", "/exercises"),
        ("Program", "/program"),
        ("Today", "/today"),
        ("History", "/history"),
        ("Nutrition", "/nutrition"),
        ("Body", "/body"),
        ("Settings", "/settings"),
    ]:
        assert f'href="{href}"' in home and label in home
        assert web.get(href).status_code == 200, href
