"""`backstrong account` commands for the account's life and the server's admin: invites, the
claim code, creating accounts on a closed server, passwords, disabling and deleting accounts.
Whoever runs these on the server owns its database, so the admin commands need no login."""

from __future__ import annotations

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container, print_json


def _new_password() -> str:
    return str(typer.prompt("New password", hide_input=True, confirmation_prompt=True))


def invite() -> None:
    """Create a single-use invite code (valid a week) for someone to sign up with."""
    code = container().accounts.create_invite(acting_user())
    console().print("Invite code (works once, for a week):", highlight=False)
    print(code)
    console().print("They sign up at /signup?invite=<code>.", highlight=False)


def claim_code() -> None:
    """Create a one-time code (valid an hour) that lets the first web account take this
    computer's local data; without it the first account starts empty."""
    print(container().accounts.create_claim_code())


def create(email: str = typer.Argument(..., help="The new person's email.")) -> None:
    """Create an account on this server whatever the sign-up mode (the first one is the admin)."""
    user = container().accounts.register(email, _new_password(), by_server=True)
    role = "admin" if user.is_admin else "user"
    console().print(f"Created {user.email} ({role}).", highlight=False)


def password() -> None:
    """Change the password of the account the CLI acts as (BACKSTRONG_CLI_USER)."""
    current = str(typer.prompt("Current password", hide_input=True))
    container().accounts.change_password(acting_user(), current, _new_password())
    console().print("Password changed; web logins on other devices have ended.", highlight=False)


def reset_password(email: str = typer.Argument(..., help="The account's email.")) -> None:
    """Set a forgotten password (on the server; no mail needed). Ends the account's web logins."""
    user = container().accounts.reset_password(email, _new_password())
    console().print(f"Password for {user.email} reset.", highlight=False)


def users(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List the accounts on this server."""
    people = container().accounts.list_users(None)
    if as_json:
        print_json(
            [{"email": u.email, "admin": u.is_admin, "disabled": u.disabled} for u in people]
        )
        return
    for u in people:
        flags = ", ".join(f for f, on in (("admin", u.is_admin), ("disabled", u.disabled)) if on)
        console().print(f"{u.email}" + (f"  ({flags})" if flags else ""), highlight=False)


def disable(
    email: str = typer.Argument(..., help="The account's email."),
    enable: bool = typer.Option(False, "--enable", help="Switch the account back on."),
) -> None:
    """Switch an account off (no login, no API token) or back on with --enable."""
    user = container().accounts.set_user_disabled(None, email, not enable)
    state = "disabled" if user.disabled else "enabled"
    console().print(f"{user.email} {state}.", highlight=False)


def delete_user(
    email: str = typer.Argument(..., help="The account's email."),
    confirm: str = typer.Option(..., prompt="Type the email again to confirm"),
) -> None:
    """Delete an account and everything it holds."""
    if confirm.strip().lower() != email.strip().lower():
        from backstrong.entrypoints.cli.runtime import fail

        fail("the confirmation differs from the email; nothing was deleted")
    container().accounts.delete_user(None, email)
    console().print(f"Deleted {email} and all of its data.", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("invite")(invite)
    app.command("claim-code")(claim_code)
    app.command("create")(create)
    app.command("password")(password)
    app.command("reset-password")(reset_password)
    app.command("users")(users)
    app.command("disable")(disable)
    app.command("delete-user")(delete_user)
