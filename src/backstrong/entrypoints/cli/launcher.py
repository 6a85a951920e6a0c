"""The console entry point. `backstrong --help` prints the top-level help that Typer itself
rendered (stored in root_help.txt by `make docs`; a test fails when it is stale) without importing
Typer, so the commonest first command starts at Python's own speed. Everything else, and any
terminal narrower than Click's 80 columns, goes to the full Typer app."""

from __future__ import annotations

import os
import sys

HELP_FILE = os.path.join(os.path.dirname(__file__), "root_help.txt")
HELP_ARGS = (["--help"], ["-h"])
CLICK_MAX_WIDTH = 80  # Click wraps help at min(terminal columns, 80)


def _columns() -> int:
    """Terminal width as shutil.get_terminal_size (which Click uses) would see it."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return CLICK_MAX_WIDTH


def run() -> None:
    if sys.argv[1:] in HELP_ARGS and _columns() >= CLICK_MAX_WIDTH:
        try:
            with open(HELP_FILE, encoding="utf-8") as stored:
                sys.stdout.write(stored.read())
            return
        except OSError:
            pass  # not generated: fall back to Typer
    from backstrong.entrypoints.cli.main import run as run_typer

    run_typer()
