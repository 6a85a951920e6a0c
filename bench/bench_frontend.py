"""Front-end weight: the workout screen's own JS and CSS, gzipped, as a phone downloads them.

Reads the build (static/dist/manifest.json, made by `make frontend`): the Today page's modules
(today.js, workout.js) with every chunk they import statically, plus their stylesheets
(static/training.css, the built workout.css). The shared layout
(app.css) and dynamically imported code (loaded later, on demand) are not counted."""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import figure

STATIC = Path(__file__).resolve().parents[1] / "src/backstrong/entrypoints/web/static"
DIST = STATIC / "dist"
TARGET_KB = 60.0
WORKOUT_JS = ["training/today.js", "training/workout.js"]  # the rest timer, the workout screen
WORKOUT_CSS = [STATIC / "training.css"]
WORKOUT_BUILT_CSS = ["training/workout.css"]
STATIC_IMPORT = re.compile(r'(?:\bfrom\s*|\bimport\s*)"(\.{1,2}/[^"]+\.js)"')


def module_closure(entry: Path) -> list[Path]:
    """The entry and every module it imports statically (esbuild's relative chunk imports)."""
    seen: list[Path] = []
    todo = [entry]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.append(path)
        text = path.read_text(encoding="utf-8")
        todo.extend((path.parent / found).resolve() for found in STATIC_IMPORT.findall(text))
    return seen


def gzipped(paths: list[Path]) -> int:
    """Bytes over the wire: each file compressed on its own, as it is served."""
    return sum(len(gzip.compress(p.read_bytes(), 9)) for p in paths)


def main() -> None:
    manifest_path = DIST / "manifest.json"
    if not manifest_path.exists():
        raise SystemExit(f"{manifest_path} is missing: run `make frontend` first")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    scripts = [p for name in WORKOUT_JS for p in module_closure((DIST / manifest[name]).resolve())]
    styles = [*WORKOUT_CSS, *((DIST / manifest[name]).resolve() for name in WORKOUT_BUILT_CSS)]
    js_gz, css_gz = gzipped(scripts), gzipped(styles)
    figure(
        "workout_screen_js_css_gzip",
        (js_gz + css_gz) / 1024,
        "KB",
        TARGET_KB,
        js_files=len(scripts),
        js_gzip_bytes=js_gz,
        css_gzip_bytes=css_gz,
        raw_bytes=sum(p.stat().st_size for p in [*scripts, *styles]),
    )


if __name__ == "__main__":
    main()
