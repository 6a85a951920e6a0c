"""`backstrong account`: the CLI user's settings and API tokens."""

from __future__ import annotations

import typer

from backstrong.entrypoints.cli.accounts import admin
from backstrong.entrypoints.cli.runtime import acting_user, console, container, print_json

app = typer.Typer(
    help="Your account and this server's accounts: unit, tokens, invites, passwords, admin."
)


@app.command("show")
def show(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Show who the CLI acts as, the display unit and the time zone."""
    from backstrong.entrypoints.cli.accounts.schemas import AccountJson

    user = acting_user()
    if as_json:
        print_json(AccountJson.model_validate(user).model_dump(mode="json"))
        return
    who = user.email or "the local user (no web login yet)"
    zone = user.time_zone or "not set (this computer's zone is used)"
    console().print(f"Acting as {who}; weights in {user.unit}.", highlight=False)
    console().print(f"Time zone: {zone}.", highlight=False)


@app.command("unit")
def unit(value: str = typer.Argument(..., help="kg or lb")) -> None:
    """Set the unit weights are shown in (and assumed when you type none)."""
    updated = container().accounts.set_unit(acting_user(), value)
    console().print(f"Weights now in {updated.unit}.", highlight=False)


@app.command("time-zone")
def time_zone(
    name: str = typer.Argument(..., help="An IANA time zone such as Europe/Berlin, or UTC."),
) -> None:
    """Set your time zone: "today" (for logging, diaries and weeks) is the day there."""
    updated = container().accounts.set_time_zone(acting_user(), name)
    console().print(f"Time zone now {updated.time_zone}.", highlight=False)


@app.command("token")
def token(
    name: str = typer.Option("cli", help="A label for the token."),
    expires_days: int | None = typer.Option(None, help="Days until it stops working."),
) -> None:
    """Create a personal API token (printed once; use it as `Authorization: Bearer <token>`)."""
    print(container().accounts.create_api_token(acting_user(), name, expires_in_days=expires_days))


admin.register(app)
