"""The installable app over HTTP: the web app manifest, its icons, the offline page, the
service worker's precache list and the shell every page links."""

from __future__ import annotations

import json
import re

from backstrong.entrypoints.web.assets import asset
from tests.e2e.conftest import sign_up_in_browser


def test_the_manifest_makes_an_installable_app(web):
    response = web.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/manifest+json")
    data = response.json()
    assert data["start_url"] == "/today" and data["scope"] == "/"
    assert data["display"] == "standalone"
    assert data["name"] == "Backstrong" and data["short_name"]
    assert re.fullmatch(r"#[0-9a-f]{6}", data["theme_color"])
    sizes = {icon["sizes"]: icon for icon in data["icons"] if icon["type"] == "image/png"}
    assert {"192x192", "512x512"} <= set(sizes)
    png = web.get(sizes["512x512"]["src"])
    assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png.content[16:20], "big") == 512  # IHDR width


def test_every_page_links_the_manifest_and_the_shell(web):
    page = web.get("/login").text
    assert '<link rel="manifest" href="/manifest.webmanifest">' in page
    assert 'name="theme-color"' in page and 'rel="apple-touch-icon"' in page
    assert re.search(r'<script type="module" src="/static/dist/shared/shell-\w+\.js">', page)


def test_the_offline_page_is_precached_by_the_service_worker(web):
    assert web.get("/offline").status_code == 200
    worker = web.get("/sw.js").text
    for url in ["/offline", asset("styles/app.css"), "/static/dist/icons/icon-192-"]:
        assert json.dumps(url)[:-1] in worker, url


def test_phones_get_five_tabs_and_the_rest_behind_more(web):
    sign_up_in_browser(web, "tabby@example.org")
    page = web.get("/today").text
    tabs = re.findall(r'<li class="tab"><a href="([^"]+)"', page)
    assert tabs == ["/today", "/program", "/history", "/nutrition"]
    more = page[page.index("<summary") :]
    assert all(f'href="{href}"' in more for href in ["/exercises", "/body", "/settings"])
    assert '<span class="short" aria-hidden="true">Food</span>' in page


def test_a_required_field_keeps_required_next_to_its_hint(web):
    sign_up_in_browser(web, "req@example.org")
    page = web.get("/body").text
    field = re.search(r'<input id="f-weight"[^>]*>', page)
    assert field is not None
    assert " required " in field.group(0) or field.group(0).endswith(" required>")
    assert 'aria-describedby="h-weight"' in field.group(0)
    assert "requiredaria" not in page


def test_the_offline_forms_are_marked_for_the_queue(web):
    sign_up_in_browser(web, "queue@example.org")
    assert 'data-offline="weigh-in"' in web.get("/body").text
    assert 'data-offline="quick-entry"' in web.get("/today").text
