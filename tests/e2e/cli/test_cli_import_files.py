"""Files the import commands read: any common encoding, refused over the import limit before they
are read, and a progress bar for big files on a terminal that never mixes into --json output."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from tests.e2e.cli.test_cli_training import STRONG, history_json


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_an_export_in_any_common_encoding_is_imported_as_written(cli, tmp_path, encoding):
    export = tmp_path / "strong.csv"
    export.write_bytes(STRONG.replace("Back", "Rücken").encode(encoding))
    result = cli("import", "strong", str(export), "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sets_imported"] == 3
    assert len(history_json(cli)) == 3


def test_a_file_over_the_limit_is_refused_before_it_is_read(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKSTRONG_IMPORT_MAX_MB", "1")
    export = tmp_path / "strong.csv"
    export.write_text(STRONG + "x" * 1_300_000)
    result = cli("import", "strong", str(export), "--yes")
    assert result.exit_code == 2
    assert "'1.2 MB': must be at most 1 MB" in result.stderr
    assert "BACKSTRONG_IMPORT_MAX_MB" in result.stderr


def test_broken_bytes_refuse_the_file_and_store_nothing(cli, tmp_path):
    export = tmp_path / "strong.csv"
    export.write_bytes(STRONG.encode() * 400 + b'2026-03-09 18:00:00;"Back";"Sq\xfcat";1;1;kg;5\n')
    result = cli("import", "strong", str(export), "--yes")
    assert result.exit_code == 2 and "UTF-8" in result.stderr and "fc" in result.stderr
    assert history_json(cli) == []


@pytest.fixture
def terminal(monkeypatch):
    """A terminal on stderr, and every file big enough for the progress bar."""
    from backstrong.entrypoints.cli import import_files

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=80)
    monkeypatch.setattr(import_files, "error_console", lambda: console)
    monkeypatch.setattr(import_files, "BIG_FILE_BYTES", 0)
    return screen


def test_a_big_import_shows_progress_on_the_terminal(cli, tmp_path, terminal):
    export = tmp_path / "strong.csv"
    export.write_text(STRONG)
    result = cli("import", "strong", str(export), "--yes")
    assert result.exit_code == 0, result.stderr
    assert "Reading strong.csv" in terminal.getvalue()


def test_json_output_stays_clean_of_progress(cli, tmp_path, terminal):
    export = tmp_path / "strong.csv"
    export.write_text(STRONG)
    result = cli("import", "strong", str(export), "--yes", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sets_imported"] == 3
    assert terminal.getvalue() == ""
