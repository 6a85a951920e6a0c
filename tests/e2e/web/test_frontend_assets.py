"""The built front end as the app serves it: hashed modules cached for good, the service worker
at the root, and the Today page loading its module through asset()."""

from __future__ import annotations

import re

from backstrong.entrypoints.web.assets import IMMUTABLE, asset
from tests.e2e.conftest import sign_up_in_browser


def test_asset_names_a_built_file_the_app_serves_as_immutable(web):
    url = asset("training/today.js")
    assert re.fullmatch(r"/static/dist/training/today-[A-Z0-9]{8}\.js", url)
    response = web.get(url)
    assert response.status_code == 200
    assert response.headers["cache-control"] == IMMUTABLE
    assert "javascript" in response.headers["content-type"]
    assert "endsAt" in response.text and "localStorage" in response.text
    again = web.get(url, headers={"if-none-match": response.headers["etag"]})
    assert again.status_code == 304 and again.headers["cache-control"] == IMMUTABLE


def test_vendor_runtime_files_are_served_from_their_versioned_folder(web):
    zxing = web.get(asset("vendor/zxing-wasm/") + "zxing_reader.wasm")
    assert zxing.status_code == 200 and zxing.content[:4] == b"\0asm"
    assert zxing.headers["cache-control"] == IMMUTABLE
    pose = web.get(asset("vendor/@mediapipe/pose/") + "pose_solution_simd_wasm_bin.wasm")
    assert pose.status_code == 200 and pose.content[:4] == b"\0asm"


def test_the_manifest_and_hand_written_static_files_are_not_immutable(web):
    assert "immutable" not in web.get("/static/dist/manifest.json").headers.get("cache-control", "")
    assert "immutable" not in web.get("/static/app.css").headers.get("cache-control", "")


def test_the_service_worker_is_served_at_the_root_and_always_revalidated(web):
    response = web.get("/sw.js")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["service-worker-allowed"] == "/"
    assert response.headers["content-type"].startswith("text/javascript")
    # The precache list build.mjs injected names this build's hashed module.
    assert f'"{asset("training/today.js")}"' in response.text


def test_the_today_page_loads_its_module_by_hashed_name(web):
    sign_up_in_browser(web, "ada@example.org")
    page = web.get("/today").text
    assert f'<script type="module" src="{asset("training/today.js")}"></script>' in page
    assert "/static/training.js" not in page


def test_pages_link_the_stylesheets_by_hashed_name_so_browsers_keep_them(web):
    sign_up_in_browser(web, "ada@example.org")
    page = web.get("/today").text
    for name in ["styles/app.css", "styles/training.css"]:
        url = asset(name)
        assert re.fullmatch(r"/static/dist/styles/\w+-[A-Z0-9]{8}\.css", url)
        assert f'<link rel="stylesheet" href="{url}">' in page
        response = web.get(url)
        assert response.headers["cache-control"] == IMMUTABLE and "--" in response.text
    assert 'href="/static/app.css"' not in page


def test_the_today_page_preloads_the_chunks_its_modules_import_in_the_head(web):
    sign_up_in_browser(web, "ada@example.org")
    page = web.get("/today").text
    head = page[: page.index("</head>")]
    preloaded = re.findall(r'<link rel="modulepreload" href="(/static/dist/chunks/[^"]+)">', head)
    assert preloaded and all(web.get(url).status_code == 200 for url in set(preloaded))
    for entry in ["shared/shell.js", "training/workout.js"]:
        assert f'src="{asset(entry)}"' in head
