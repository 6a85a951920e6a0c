"""Run the CLI in-process against a throwaway SQLite database."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from typer.testing import CliRunner


@pytest.fixture
def cli(tmp_path, monkeypatch) -> Iterator[Callable[..., object]]:
    from backstrong.entrypoints.cli import runtime
    from backstrong.entrypoints.cli.main import app

    monkeypatch.setenv("BACKSTRONG_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("BACKSTRONG_DATABASE_URL", raising=False)
    monkeypatch.delenv("BACKSTRONG_CLI_USER", raising=False)
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        for cached in (runtime.container, runtime.acting_user):
            cached.cache_clear()
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    yield invoke
    for cached in (runtime.container, runtime.acting_user):
        cached.cache_clear()
