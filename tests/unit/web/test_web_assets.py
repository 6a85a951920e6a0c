"""asset(): logical names to the build's hashed URLs, and what it says when the build is missing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from backstrong.entrypoints.web.assets import AssetNotFound, asset, is_immutable, module_script


def build(static: Path, manifest: dict[str, str]) -> Path:
    path = static / "dist" / "manifest.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(manifest))
    return path


def test_a_logical_name_becomes_the_hashed_url(tmp_path):
    build(tmp_path, {"training/today.js": "training/today-AB12CD34.js"})
    assert asset("training/today.js", static=tmp_path) == "/static/dist/training/today-AB12CD34.js"


def test_a_vendor_folder_is_pinned_by_its_version(tmp_path):
    build(tmp_path, {"vendor/zxing-wasm/": "vendor/zxing-wasm/3.1.3/"})
    assert asset("vendor/zxing-wasm/", static=tmp_path) == "/static/dist/vendor/zxing-wasm/3.1.3/"


def test_a_missing_build_says_to_run_make(tmp_path):
    with pytest.raises(AssetNotFound, match=r"manifest\.json is missing.*make run"):
        asset("training/today.js", static=tmp_path)


def test_an_unknown_name_is_named_with_what_was_built(tmp_path):
    build(tmp_path, {"training/today.js": "training/today-AB12CD34.js"})
    with pytest.raises(AssetNotFound) as caught:
        asset("form/check.js", static=tmp_path)
    message = str(caught.value)
    assert "'form/check.js'" in message and "training/today.js" in message
    assert "ENTRIES in frontend/build.mjs" in message and "make frontend" in message


def test_a_rebuild_is_picked_up_without_a_restart(tmp_path):
    path = build(tmp_path, {"training/today.js": "training/today-AB12CD34.js"})
    assert asset("training/today.js", static=tmp_path).endswith("today-AB12CD34.js")
    build(tmp_path, {"training/today.js": "training/today-EF56GH78.js"})
    later = path.stat().st_mtime_ns + 1_000_000
    os.utime(path, ns=(later, later))
    assert asset("training/today.js", static=tmp_path).endswith("today-EF56GH78.js")


@pytest.mark.parametrize(
    ("path", "immutable"),
    [
        ("dist/training/today-AB12CD34.js", True),
        ("dist/chunks/chunk-AB12CD34.js", True),
        ("dist/vendor/zxing-wasm/3.1.3/zxing_reader.wasm", True),
        ("dist/styles/app-AB12CD34.css", True),
        ("dist/manifest.json", False),
        ("dist/imports.json", False),
        ("dist/sw.js", False),
        ("app.css", False),
        ("training.css", False),
    ],
)
def test_only_versioned_build_files_are_immutable(path, immutable):
    assert is_immutable(path) is immutable


def test_a_module_script_preloads_the_chunks_it_imports_before_itself(tmp_path):
    build(tmp_path, {"training/workout.js": "training/workout-AB.js", "shared/upload.js": "u-X.js"})
    chunks = ["chunks/chunk-AAAAAAAA.js", "chunks/chunk-BBBBBBBB.js"]
    (tmp_path / "dist" / "imports.json").write_text(json.dumps({"training/workout.js": chunks}))
    assert str(module_script("training/workout.js", static=tmp_path)) == (
        '<link rel="modulepreload" href="/static/dist/chunks/chunk-AAAAAAAA.js">'
        '<link rel="modulepreload" href="/static/dist/chunks/chunk-BBBBBBBB.js">'
        '<script type="module" src="/static/dist/training/workout-AB.js"></script>'
    )
    alone = str(module_script("shared/upload.js", static=tmp_path))
    assert alone == '<script type="module" src="/static/dist/u-X.js"></script>'
