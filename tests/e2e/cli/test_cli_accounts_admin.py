"""The server's CLI manages accounts: create on a closed server, invites, claim codes, password
resets, listing, disabling and deleting accounts."""

from __future__ import annotations

PASSWORD = "a long enough passphrase"
NEW_PASSWORD = "another quite long phrase"


def _twice(password: str) -> str:
    return f"{password}\n{password}\n"


def test_create_makes_the_first_account_the_admin_and_users_lists_it(cli, monkeypatch):
    monkeypatch.setenv("BACKSTRONG_SIGNUP", "closed")
    created = cli("account", "create", "admin@example.org", input=_twice(PASSWORD))
    assert created.exit_code == 0, created.output
    assert "admin" in created.output
    listed = cli("account", "users")
    assert "admin@example.org  (admin)" in listed.output


def test_a_guessable_password_is_refused_with_a_reason(cli):
    result = cli("account", "create", "me@example.org", input=_twice("qwertyuiop123"))
    assert result.exit_code == 2
    assert "too easy to guess" in result.output


def test_reset_password_disable_and_delete_user(cli):
    cli("account", "create", "admin@example.org", input=_twice(PASSWORD))
    cli("account", "create", "guest@example.org", input=_twice(PASSWORD))
    reset = cli("account", "reset-password", "guest@example.org", input=_twice(NEW_PASSWORD))
    assert reset.exit_code == 0, reset.output
    disabled = cli("account", "disable", "guest@example.org")
    assert "guest@example.org disabled" in disabled.output
    assert "disabled" in cli("account", "users").output
    refused = cli("account", "delete-user", "guest@example.org", input="someone@else.org\n")
    assert refused.exit_code == 2
    deleted = cli("account", "delete-user", "guest@example.org", input="guest@example.org\n")
    assert deleted.exit_code == 0, deleted.output
    assert "guest@example.org" not in cli("account", "users").output


def test_invite_and_claim_codes_are_printed(cli):
    cli("account", "show")  # makes the local user
    claim = cli("account", "claim-code")
    assert claim.exit_code == 0 and len(claim.output.strip()) > 30
    invite = cli("account", "invite")
    assert invite.exit_code == 0
    assert "/signup?invite=" in invite.output


def test_an_unknown_account_cannot_be_reset(cli):
    result = cli("account", "reset-password", "nobody@example.org", input=_twice(NEW_PASSWORD))
    assert result.exit_code == 2
    assert "not found" in result.output
