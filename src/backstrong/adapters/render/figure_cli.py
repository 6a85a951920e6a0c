"""Preview an exercise file's keyframes: ``python -m backstrong.adapters.render.figure_svg IN OUT``.

Reads the ``[keyframes]`` table of one exercise TOML file and writes the picture as SVG; an output
name ending in ``.png`` also writes the SVG beside it and screenshots it with Chromium.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from backstrong.adapters.render.figure_svg import render_keyframes_svg
from backstrong.domain.pose.parse import KeyframesFormatError, keyframes_from_mapping

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
PREVIEW_WIDTH_PX = 480


class PreviewError(ValueError):
    """The exercise file cannot be previewed; the message says which file and why."""


def render_file(source: Path, *, width: int = PREVIEW_WIDTH_PX) -> str:
    """The SVG for the ``[keyframes]`` of one exercise TOML file."""
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise PreviewError(f"{source}: cannot read TOML: {err}") from err
    table = data.get("keyframes")
    if not isinstance(table, dict):
        raise PreviewError(f"{source}: keyframes: missing; add a [keyframes] table")
    try:
        keyframes = keyframes_from_mapping(table)
    except KeyframesFormatError as err:
        raise PreviewError(f"{source}: {err}") from err
    title = data.get("name")
    return render_keyframes_svg(
        keyframes, title=title if isinstance(title, str) else source.stem, width=width
    )


def screenshot(svg_path: Path, png_path: Path, *, width: int, height: int) -> None:
    """Take a PNG of an SVG file with headless Chromium."""
    browser = next((b for b in map(shutil.which, CHROMIUM_CANDIDATES) if b), None)
    if browser is None:
        raise PreviewError(f"{png_path}: no Chromium found to take a PNG; write an .svg instead")
    subprocess.run(  # noqa: S603 - fixed program, arguments are our own paths
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--hide-scrollbars",
            f"--screenshot={png_path.resolve()}",
            f"--window-size={width},{height}",
            svg_path.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m backstrong.adapters.render.figure_svg",
        description="Draw the start and end keyframes of an exercise TOML file.",
    )
    parser.add_argument("source", type=Path, help="exercise file, e.g. exercises/bridge.toml")
    parser.add_argument("out", type=Path, help="picture to write: .svg (or .png via Chromium)")
    parser.add_argument("--width", type=int, default=PREVIEW_WIDTH_PX, help="pixels")
    args = parser.parse_args(argv)
    try:
        svg = render_file(args.source, width=args.width)
        svg_path = args.out.with_suffix(".svg")
        svg_path.write_text(svg, encoding="utf-8")
        if args.out.suffix.lower() == ".png":
            height = int(svg.split('height="', 1)[1].split('"', 1)[0].split(".")[0])
            screenshot(svg_path, args.out, width=args.width, height=height)
    except PreviewError as err:
        print(err, file=sys.stderr)
        return 1
    print(args.out)
    return 0
