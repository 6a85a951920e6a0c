"""`backstrong account`: the CLI user's settings and API tokens."""

from __future__ import annotations

import typer

from backstrong.entrypoints.cli.runtime import acting_user, console, container, fail, print_json

app = typer.Typer(help="Your account: who the CLI acts as, display unit, API tokens.")


@app.command("show")
def show(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Show who the CLI acts as."""
    user = acting_user()
    data = {"id": user.id, "email": user.email, "local": user.is_local, "unit": user.unit}
    if as_json:
        print_json(data)
        return
    who = user.email or "the local user (no web login yet)"
    console().print(f"Acting as {who}; weights in {user.unit}.", highlight=False)


@app.command("unit")
def unit(value: str = typer.Argument(..., help="kg or lb")) -> None:
    """Set the unit weights are shown in (and assumed when you type none)."""
    from backstrong.domain.accounts import AccountError
    from backstrong.services.accounts import service as accounts

    try:
        updated = accounts.set_unit(container().uow(), acting_user(), value)
    except AccountError as exc:
        fail(exc.message)
    console().print(f"Weights now in {updated.unit}.", highlight=False)


@app.command("token")
def token(name: str = typer.Option("cli", help="A label for the token.")) -> None:
    """Create a personal API token (printed once; use it as `Authorization: Bearer <token>`)."""
    from backstrong.services.accounts import service as accounts

    print(accounts.create_api_token(container().uow(), acting_user(), name))
