"""`backstrong serve` prints a claim code only while no account exists and local data does."""

from __future__ import annotations

from backstrong.entrypoints.cli.serve import _offer_claim_code
from tests.e2e.conftest import PASSWORD


def test_serve_offers_a_claim_code_that_hands_over_the_local_data(sqlite_container, capsys):
    local = sqlite_container.accounts.local_user()
    _offer_claim_code(sqlite_container)
    code = capsys.readouterr().out.strip().rsplit(" ", 1)[-1]
    user = sqlite_container.accounts.register("me@example.org", PASSWORD, claim_code=code)
    assert user.id == local.id
    _offer_claim_code(sqlite_container)
    assert capsys.readouterr().out == ""


def test_serve_runs_uvicorn_without_a_server_banner(cli, monkeypatch):
    import uvicorn

    options: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: options.update(kwargs))
    cli("serve", "--port", "8123")
    assert options["server_header"] is False and options["port"] == 8123
