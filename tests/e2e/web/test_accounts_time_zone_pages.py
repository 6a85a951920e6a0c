"""The time zone in the browser: reported once on a first visit, editable in Settings."""

from __future__ import annotations

from tests.e2e.conftest import csrf_from, sign_up_in_browser

SCRIPT = '<script src="/static/time_zone.js"'


def _me(web) -> dict:
    return web.get("/api/v1/me").json()


def test_pages_carry_the_time_zone_script_only_while_the_person_has_none(web):
    sign_up_in_browser(web, "ada@example.org")
    home = web.get("/")
    assert SCRIPT in home.text
    reported = web.post(
        "/settings/time-zone/detected",
        data={"time_zone": "Europe/Berlin", "csrf_token": csrf_from(home.text)},
    )
    assert reported.status_code == 204
    assert _me(web)["time_zone"] == "Europe/Berlin"
    assert SCRIPT not in web.get("/").text
    assert web.get("/static/time_zone.js").status_code == 200


def test_a_report_from_the_browser_never_overrides_a_chosen_zone(web):
    sign_up_in_browser(web, "bea@example.org")
    page = web.get("/settings")
    token = csrf_from(page.text)
    web.post("/settings/time-zone", data={"time_zone": "Asia/Tokyo", "csrf_token": token})
    web.post(
        "/settings/time-zone/detected", data={"time_zone": "Europe/Lisbon", "csrf_token": token}
    )
    assert _me(web)["time_zone"] == "Asia/Tokyo"


def test_the_reported_zone_needs_the_csrf_token(web):
    sign_up_in_browser(web, "cal@example.org")
    refused = web.post("/settings/time-zone/detected", data={"time_zone": "Europe/Berlin"})
    assert refused.status_code == 403
    assert _me(web)["time_zone"] is None


def test_settings_show_and_change_the_time_zone(web):
    sign_up_in_browser(web, "dee@example.org")
    page = web.get("/settings")
    assert "Not set yet" in page.text and '<option value="Europe/Berlin">' in page.text
    saved = web.post(
        "/settings/time-zone",
        data={"time_zone": "America/Sao_Paulo", "csrf_token": csrf_from(page.text)},
        follow_redirects=False,
    )
    assert saved.status_code == 303
    again = web.get("/settings")
    assert 'id="current-time-zone">America/Sao_Paulo<' in again.text


def test_an_unknown_zone_in_settings_is_shown_beside_the_field_with_what_was_typed(web):
    sign_up_in_browser(web, "eli@example.org")
    page = web.get("/settings")
    refused = web.post(
        "/settings/time-zone",
        data={"time_zone": "Atlantis/Capital", "csrf_token": csrf_from(page.text)},
    )
    assert refused.status_code == 422
    assert 'id="e-time_zone"' in refused.text and "IANA time zone" in refused.text
    assert 'value="Atlantis/Capital"' in refused.text
    assert _me(web)["time_zone"] is None
