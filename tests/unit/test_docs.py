"""Docs generated from code stay true: the CLI reference matches `--help`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_cli_reference_matches_the_commands(tmp_path):
    typer_bin = Path(sys.executable).with_name("typer")
    out = tmp_path / "cli.md"
    subprocess.run(
        [
            str(typer_bin),
            "backstrong.entrypoints.cli.main",
            "utils",
            "docs",
            "--name",
            "backstrong",
            "--output",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    assert out.read_text() == (ROOT / "docs" / "cli.md").read_text(), "run `make docs`"


def test_every_package_folder_has_a_readme():
    src = ROOT / "src" / "backstrong"
    for folder in ("domain", "services", "adapters", "entrypoints"):
        assert (src / folder / "README.md").exists(), f"{folder}/README.md missing"
